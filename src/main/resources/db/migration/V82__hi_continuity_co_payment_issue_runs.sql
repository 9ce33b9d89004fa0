-- Five consecutive years of HI, the co-payments of a calendar year, and issuing runs that can be resumed
-- (RULES.md section 7).

-- The start of the holder's current continuous HI (gaps up to HI_CONTINUITY_MAX_GAP_MONTHS bridged) and the day it
-- reached HI_CONTINUITY_YEARS of time actually covered (null until then); written by the issuing run.
alter table hi_card
    add column continuous_since date,
    add column five_years_from  date;

-- The patient's co-payment (T_BNCCT) of each settled claim, recorded by the claims module; one row per claim
-- (source_ref), so settling the same claim twice counts once.
create table hi_co_payment (
    source_ref  text          primary key check (length(trim(source_ref)) > 0),
    person_id   bigint        not null references person (id),
    visit_date  date          not null,
    amount      numeric(15, 2) not null check (amount >= 0),
    recorded_at timestamptz   not null default now(),
    recorded_by text          not null
);
-- The look-up sums one person's year: an index-only scan.
create index hi_co_payment_person_idx on hi_co_payment (person_id, visit_date) include (amount);

-- An issuing run works through people in chunks of person ids, each chunk in its own transaction; the run records
-- how far it got so that a run stopped half-way resumes after the last finished chunk instead of starting again.
create table hi_card_issue_run (
    run_on          date        primary key,
    last_person_id  bigint      not null default 0,
    issued          integer     not null default 0,
    extended        integer     not null default 0,
    reissued        integer     not null default 0,
    held_back       integer     not null default 0,
    ended_by_death  integer     not null default 0,
    started_at      timestamptz not null default now(),
    finished_at     timestamptz,
    started_by      text        not null
);
