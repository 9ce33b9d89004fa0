-- What the monthly assessment charged voluntary SI participants, households and the budgets, per person and
-- contribution month: the SI book of voluntary participants and the basis of household and budget-paid HI cards.
-- A paid period is due in its first month (due_month, the ledger period of its journals) and covers the months
-- listed here. Written only in the statement that books the ledger journals of the same period, for periods none of
-- whose journals was booked before: the journals' unique source references keep a period from being written twice,
-- so this table carries no key of its own (in a trial booking 1.9 million person-months, a unique index made the
-- run about a third slower). Never updated.

create table participant_contribution (
    scheme          varchar(12) not null check (scheme in ('VOLUNTARY_SI', 'HOUSEHOLD_HI', 'BUDGET_HI')),
    enrolment_id    bigint      not null,
    person_id       bigint      not null,
    -- The contribution month covered, and the month the period was due and assessed in.
    month           date        not null check (extract(day from month) = 1),
    due_month       date        not null check (extract(day from due_month) = 1),
    -- The chosen income (voluntary SI) or the base salary (HI).
    base            bigint      not null,
    -- Household members in paying order for the month; null for the other schemes.
    member_rank     smallint,
    support_group   varchar(32),
    -- The participant's (or the household's) share, the state budget's and the province's, whole VND per month.
    participant     bigint      not null,
    state_budget    bigint      not null,
    province_budget bigint      not null,
    -- The ledger event: its journals' source references start with it.
    event_ref       text        not null
);
create index participant_contribution_person_idx on participant_contribution (person_id, month);
