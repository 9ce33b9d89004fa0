-- A contribution row is identified by its month, employment and run; a surrogate id added a sequence call and a
-- third index to every one of the 20 million rows a national month inserts.
alter table contribution drop constraint contribution_pkey;
alter table contribution drop column id;
drop index contribution_month_employment_idx;
alter table contribution add primary key (month, employment_id, run_id);
