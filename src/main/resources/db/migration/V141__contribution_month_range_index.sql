-- Contributions are insert-only and arrive month by month, so a block-range index on the month finds a month's rows
-- (what the assessment re-reads) as well as the primary key did, at almost no cost per insert: the b-tree on
-- (month, employment, run) was one of the two index entries every assessed employee-month paid for (about a tenth
-- of the assessment's database time, measured). A run inserts at most one row per employment, so nothing is lost
-- by not enforcing it. Readers by person keep their index.
alter table contribution drop constraint contribution_pkey;
create index contribution_month_range_idx on contribution using brin (month);
