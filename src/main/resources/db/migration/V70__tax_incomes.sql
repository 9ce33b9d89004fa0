-- Taxable incomes reported by the tax authority: who was taxed as an employee of which employer (tax code), for which
-- month and how much. What the evasion leads compare with employments and declared salaries.

-- The upload store keeps files of more than one kind now. A format check rather than a list, so kinds added by other
-- imports do not have to be listed here (and one migration cannot drop another's kind).
alter table upload drop constraint upload_kind_check;
alter table upload add constraint upload_kind_check check (kind ~ '^[A-Z_]{1,12}$');

-- One row per employer tax code, person (CCCD) and month. A later file reporting the same key replaces the income
-- (the tax authority's latest statement wins); the same figure again changes nothing.
create table tax_income (
    tax_code  varchar(13) not null check (tax_code ~ '^([0-9]{10}|[0-9]{13})$'),
    cccd      char(12)    not null check (cccd ~ '^[0-9]{12}$'),
    month     date        not null check (extract(day from month) = 1),
    income    bigint      not null check (income >= 0),
    -- The file and line the figure came from. No foreign key: rows are written only by the import, in the
    -- transaction that stores the file, and a check per row would cost more than the rest of a million-row merge.
    upload_id bigint      not null,
    line      integer     not null check (line > 0),
    primary key (tax_code, cccd, month)
);
create index tax_income_month_idx on tax_income (month);

-- What became of each tax file, beyond the generic counts of the upload row.
create table tax_import (
    upload_id  bigint  primary key references upload (id),
    row_count  integer not null check (row_count >= 0),
    -- New keys, keys whose income changed, keys reported before with the same income.
    added      integer not null check (added >= 0),
    replaced   integer not null check (replaced >= 0),
    unchanged  integer not null check (unchanged >= 0),
    -- Rows repeating an earlier row of the same file exactly: ignored.
    repeated   integer not null check (repeated >= 0),
    bad_rows   integer not null check (bad_rows >= 0)
);
