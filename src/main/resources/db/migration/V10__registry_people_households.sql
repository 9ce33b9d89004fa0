-- Registry: SI code serials, and the household rules the database can hold by itself.

-- Eight-digit serials of the SI codes this platform issues (2-digit office province code + serial, see SiCodes).
create sequence si_code_serial as bigint minvalue 1 maxvalue 99999999 no cycle;

-- A member has a relation to the head, and only members have one.
alter table person
    add constraint person_member_has_relation
        check ((household_id is null) = (household_relation is null));

-- At most one head per household.
create unique index person_one_head_per_household on person (household_id) where household_relation = 'HEAD';

-- The head is a member: the head's person row must point back at the household. Deferred so a head can be
-- changed or a household emptied in any order within one transaction.
alter table person
    add constraint person_id_household_unique unique (id, household_id);
alter table household
    add constraint household_head_is_member foreign key (head_person_id, id) references person (id, household_id)
        deferrable initially deferred;
