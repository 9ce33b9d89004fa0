-- Health facilities (co so KCB) that examine HI card holders and may be a card's registered primary-care facility
-- (MA_DKBD). Levels are data: the route levels used until 2024 and the technical levels used from 2025.
create table health_facility (
    code         char(5)     primary key check (code ~ '^[0-9]{5}$'),
    name         text        not null,
    name_search  text        not null,
    level        varchar(12) not null
        check (level in ('CENTRAL', 'PROVINCIAL', 'DISTRICT', 'COMMUNE', 'INITIAL', 'BASIC', 'SPECIALISED')),
    commune_id   bigint      not null references area (id),
    -- Whether card holders may register here for primary care.
    primary_care boolean     not null default true,
    valid_from   date        not null,
    valid_to     date,
    check (valid_to is null or valid_to >= valid_from)
);
create index health_facility_commune_idx on health_facility (commune_id);
