-- The monthly assessment credits a fund's contribution revenue once per chunk of employers instead of once per
-- employer: revenue is the fund's account, not a payer's, so its postings may name no payer. Receivables, credit and
-- interest receivable still always name theirs.
alter table ledger_posting alter column payer_code drop not null;
alter table ledger_posting add constraint ledger_posting_payer_named
    check (payer_code is not null or account in ('CONTRIBUTION_REVENUE', 'INTEREST_REVENUE'));
