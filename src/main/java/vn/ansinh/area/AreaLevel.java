package vn.ansinh.area;

public enum AreaLevel {
    PROVINCE, DISTRICT, COMMUNE
}
