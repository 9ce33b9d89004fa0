package vn.ansinh.collection;

/** The funds a contribution is split into (RULES.md section 4). */
public enum Fund {
    RETIREMENT, SICKNESS_MATERNITY, OCCUPATIONAL_ACCIDENT, UNEMPLOYMENT, HEALTH
}
