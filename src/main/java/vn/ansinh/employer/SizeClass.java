package vn.ansinh.employer;

/** Enterprise size class (Decree 80/2021/ND-CP). */
public enum SizeClass {
    MICRO, SMALL, MEDIUM, LARGE
}
