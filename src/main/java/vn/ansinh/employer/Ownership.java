package vn.ansinh.employer;

/** Who owns an employer. */
public enum Ownership {
    STATE, PRIVATE, FOREIGN_INVESTED, COOPERATIVE, HOUSEHOLD_BUSINESS, PUBLIC_SERVICE
}
