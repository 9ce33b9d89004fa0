package vn.ansinh.collection;

/** Why a person-month of tax data is an evasion lead. */
public enum LeadKind {
    /** Taxed as an employee of the employer in a month no employment at that employer covers, even in part. */
    NOT_REGISTERED,
    /** Registered, but on an SI salary below the taxed income (capped at the SI ceiling) by more than the tolerance. */
    UNDER_DECLARED
}
