-- The balance check of V40 ran once per posting at commit, summing the posting's whole journal each time: an
-- assessment booking 50,000 postings paid for 50,000 sums. Checking once per statement, over the journals the
-- statement touched, costs one grouped query. The rule that comes with it: a journal's postings are written in
-- one statement (Ledger.book and the assessment do so).
drop trigger ledger_posting_balanced on ledger_posting;
drop function ledger_journal_balances();

create function ledger_journals_balance() returns trigger language plpgsql as $$
declare
    unbalanced record;
begin
    select p.journal_id, sum(p.amount) as total into unbalanced
    from ledger_posting p
    where p.journal_id in (select distinct journal_id from new_postings)
    group by p.journal_id having sum(p.amount) <> 0
    limit 1;
    if found then
        raise exception 'ledger journal % does not balance: postings sum to %', unbalanced.journal_id, unbalanced.total
            using errcode = 'check_violation';
    end if;
    return null;
end $$;

create trigger ledger_posting_balanced
    after insert on ledger_posting
    referencing new table as new_postings
    for each statement execute function ledger_journals_balance();

-- Booked is booked: a correction is a new journal, never an edit.
create function ledger_posting_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'ledger postings cannot be changed or deleted; book a correcting journal'
        using errcode = 'restrict_violation';
end $$;

create trigger ledger_posting_no_change
    before update or delete on ledger_posting
    for each statement execute function ledger_posting_immutable();
