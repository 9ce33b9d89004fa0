package vn.ansinh.collection;

/**
 * HI participants whose contribution the state budget pays in full or supports (RULES.md §5); the name is the
 * qualifier of HI_BUDGET_SUPPORT_SHARE, which holds the share. The card group codes are given for orientation.
 */
public enum HiSupportGroup {
    /** Poor households (card group HN): paid in full. */
    POOR,
    /** Children under 6 (TE): paid in full. */
    CHILD_UNDER_6,
    /** Near-poor living in poor communes: paid in full. */
    NEAR_POOR_IN_POOR_COMMUNE,
    /** Social protection recipients (BT): paid in full. */
    SOCIAL_PROTECTION,
    /** People with meritorious service and their relatives (CC, CK): paid in full. */
    MERITORIOUS_SERVICE,
    /** Near-poor households (CN): supported at least 70 %. */
    NEAR_POOR,
    /** Pupils and students (HS, SV): supported at least 30 %, 50 % from 2025-08-15. */
    PUPIL_STUDENT,
    /** Farm, forestry, fishery and salt households of average living standard (GB): supported at least 30 %. */
    FARM_AVERAGE,
    /** People aged 70 to 80: no national share (0 %); a province may support them (seed 002: 70 %). */
    AGED_70_TO_80
}
