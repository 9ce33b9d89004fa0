-- The amount an area is to collect in a year (contributions of every kind), set by managers; collection figures
-- report what was collected against it (RULES.md section 11). Each area's plan is its own: a province's plan is not
-- the sum of its districts'.
create table collection_plan (
    area_id        bigint      not null references area (id),
    year           smallint    not null check (year between 2000 and 2100),
    planned_amount bigint      not null check (planned_amount > 0),
    set_by         text        not null,
    set_at         timestamptz not null default now(),
    primary key (area_id, year)
);
