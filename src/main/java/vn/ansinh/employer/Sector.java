package vn.ansinh.employer;

/** An employer's main activity. */
public enum Sector {
    AGRICULTURE, MANUFACTURING, CONSTRUCTION, TRADE, TRANSPORT, SERVICES, EDUCATION, HEALTH, PUBLIC_ADMINISTRATION;

    /**
     * Decree 80/2021 sets lower headcount limits for trade and services than for agriculture, industry and
     * construction; transport, education, health and public administration are services.
     */
    public boolean tradeOrServices() {
        return this != AGRICULTURE && this != MANUFACTURING && this != CONSTRUCTION;
    }
}
