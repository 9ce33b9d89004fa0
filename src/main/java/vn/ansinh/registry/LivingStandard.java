package vn.ansinh.registry;

/** A household's living standard, which decides budget-paid or supported HI (RULES.md section 5). */
public enum LivingStandard {
    ORDINARY, POOR, NEAR_POOR, FARM_AVERAGE
}
