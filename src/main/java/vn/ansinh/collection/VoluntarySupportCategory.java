package vn.ansinh.collection;

/**
 * Who a voluntary SI participant is for the state support (RULES.md §5); the name is the qualifier of
 * VOLUNTARY_SI_SUPPORT_SHARE. ETHNIC_MINORITY has its own share only from 2025-07-01; before, the recorded share
 * is that of OTHER.
 */
public enum VoluntarySupportCategory {
    /** Poor households, and from 2025-07-01 people in island communes. */
    POOR,
    NEAR_POOR,
    ETHNIC_MINORITY,
    OTHER
}
