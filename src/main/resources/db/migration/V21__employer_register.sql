-- Employer register: unit codes allocated per province, the headcount a size class was derived from, and one
-- employment at a time per person and employer.

-- The office allocates unit codes as the province code followed by the province's next number.
create table employer_unit_sequence (
    province_code varchar(10) primary key,
    last_number   integer     not null check (last_number > 0)
);

alter table employer
    add column headcount  integer check (headcount is null or headcount >= 0),
    add column updated_at timestamptz;

-- A person's employments at one employer never overlap; an open one (end_date null) runs to infinity, so this also
-- refuses a second open employment. The application checks first to give a clear reason; this is the backstop.
create extension if not exists btree_gist;
alter table employment
    add constraint employment_no_overlap
        exclude using gist (employer_id with =, person_id with =, daterange(start_date, end_date, '[]') with &&);
create index employment_open_idx on employment (employer_id) where end_date is null;
