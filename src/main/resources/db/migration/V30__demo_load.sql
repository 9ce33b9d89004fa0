-- Generated provinces that were loaded completely, one row per province, written in the load's own transaction:
-- a province without a row here is a partial load and is removed before it is loaded again.
create table demo_load (
    province_code varchar(10)  primary key,
    name          text         not null,
    seed          bigint       not null,
    people        integer      not null check (people > 0),
    rows          bigint       not null check (rows >= 0),
    seconds       numeric(9, 1) not null,
    loaded_at     timestamptz  not null default now()
);
