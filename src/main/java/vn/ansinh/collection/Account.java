package vn.ansinh.collection;

/** Ledger accounts; see the V40 migration for what each holds. */
public enum Account {
    RECEIVABLE, CONTRIBUTION_REVENUE, BANK, PAYER_CREDIT, INTEREST_RECEIVABLE, INTEREST_REVENUE;

    /** Money accounts are not split by fund; every other account is. */
    public boolean byFund() {
        return this != BANK && this != PAYER_CREDIT;
    }
}
