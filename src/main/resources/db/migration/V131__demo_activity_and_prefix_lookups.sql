-- The demo province's year of activity (assessments, payments, interest, plans, cards) runs after its load and is
-- marked done here; a start that finds a load without this mark finishes the activity.
alter table demo_load add column activity_done_at timestamptz;

-- Journal source references are machine keys ('allocation:EMPLOYER:TS00001:3'), looked up by prefix. Under the
-- database's linguistic collation a prefix search cannot use the unique index and read every journal; under "C"
-- (byte order, the same for these ASCII keys) starts_with() and LIKE 'prefix%' are index range scans.
alter table ledger_journal alter column source_ref type text collate "C";
