package vn.ansinh.card;

/** Route levels (until 2024) and technical levels (from 2025) of a health facility; which applies is data. */
public enum FacilityLevel {
    CENTRAL, PROVINCIAL, DISTRICT, COMMUNE, INITIAL, BASIC, SPECIALISED
}
