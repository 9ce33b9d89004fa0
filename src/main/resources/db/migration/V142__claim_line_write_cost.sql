-- Intake writes about nine lines per claim, a million claims at a month-end: every index and per-row trigger on
-- claim_line is paid nine million times. Measured on 168,444 generated lines (COPY in psql, docs/commands.md): 3.2 s
-- with the foreign key and the item index, 2.2 s without the item index, 1.8 s with the statement check below instead
-- of the per-row foreign key.

-- No query finds lines by item code: they are reached through their claim (primary key), and the anomaly leads match
-- item codes by prefix with starts_with, which this index cannot serve (EXPLAIN of the cross-claim checks and leads).
drop index claim_line_item_idx;

-- person_id is never filled (appraisal finds people by card number through claim_insured_idx); the index held only
-- nulls, maintained on every claim written and every status change.
drop index claim_person_idx;

-- The foreign key from lines to their claim checked each line on its own (a look-up and a row lock on the claim). The
-- same guarantee, once per statement: lines must name stored claims, and a stored claim never goes away or changes
-- its id (versions are kept; a resend only makes a newer version current).
alter table claim_line drop constraint claim_line_claim_id_fkey;

create function claim_line_claims_exist() returns trigger language plpgsql as $$
begin
    if exists (select 1 from new_lines n where not exists (select 1 from claim c where c.id = n.claim_id)) then
        raise foreign_key_violation using message = 'claim_line names a claim that is not stored',
            table = 'claim_line', column = 'claim_id';
    end if;
    return null;
end $$;
create trigger claim_line_claims_exist_on_insert after insert on claim_line
    referencing new table as new_lines for each statement execute function claim_line_claims_exist();
create trigger claim_line_claims_exist_on_update after update on claim_line
    referencing new table as new_lines for each statement execute function claim_line_claims_exist();

create function claim_is_kept() returns trigger language plpgsql as $$
begin
    raise restrict_violation using message = 'claims are kept: a claim is never deleted and keeps its id',
        table = 'claim';
end $$;
create trigger claim_is_never_deleted before delete on claim for each row execute function claim_is_kept();
create trigger claim_keeps_its_id before update of id on claim for each row
    when (new.id is distinct from old.id) execute function claim_is_kept();
