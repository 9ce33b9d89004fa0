-- V1 allows the sector 'PUBLIC_ADMINISTRATION' (21 characters) in a varchar(20) column, so no state body could be
-- stored; widen the column (a catalogue-only change in PostgreSQL, no table rewrite).
alter table employer alter column sector type varchar(30);
