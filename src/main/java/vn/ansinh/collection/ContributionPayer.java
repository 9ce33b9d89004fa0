package vn.ansinh.collection;

/**
 * Who bears a line of a contribution. The employee's share is withheld and paid by the employer, and a supported
 * participant's share by the participant; the ledger's {@link PayerKind} says who is invoiced, this says whose money.
 */
public enum ContributionPayer {
    EMPLOYER,
    EMPLOYEE,
    /** A voluntary SI participant, or a budget-supported HI participant paying the rest. */
    PARTICIPANT,
    HOUSEHOLD,
    /** The national minimum support or full payment by the state budget. */
    STATE_BUDGET,
    /** Support a province adds above the national minimum. */
    PROVINCE_BUDGET
}
