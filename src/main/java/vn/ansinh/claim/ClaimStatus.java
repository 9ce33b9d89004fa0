package vn.ansinh.claim;

/** Where an encounter's current version stands. */
public enum ClaimStatus {
    /** Stored, valid in form, waiting for appraisal. */
    RECEIVED,
    /** Refused by validation: errors in form, codes or arithmetic; the facility must resend. */
    INVALID,
    ACCEPTED,
    ACCEPTED_WITH_DEDUCTIONS,
    REJECTED,
    /** Sent to an appraiser by a rule or by its risk. */
    IN_REVIEW
}
