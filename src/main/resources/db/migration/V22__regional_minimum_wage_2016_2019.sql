-- Regional minimum wages before 2020, so employments and contributions from 2016 on can be recorded and assessed.
-- Not in RULES.md (which starts at 2020-01-01); taken from the decrees named, confidence B until checked against
-- the published texts.
insert into reference_parameter (code, qualifier, valid_from, valid_to, value, unit, legal_reference, confidence, note)
select 'REGIONAL_MINIMUM_WAGE', r.region, d.valid_from, d.valid_to, (array[d.i, d.ii, d.iii, d.iv])[r.n], 'VND',
       d.reference, 'B', 'Before RULES.md coverage; verify against the decree'
from (values ('I', 1), ('II', 2), ('III', 3), ('IV', 4)) as r (region, n),
     (values (date '2016-01-01', date '2016-12-31', 3500000, 3100000, 2700000, 2400000, 'Decree 122/2015/ND-CP'),
             (date '2017-01-01', date '2017-12-31', 3750000, 3320000, 2900000, 2580000, 'Decree 153/2016/ND-CP'),
             (date '2018-01-01', date '2018-12-31', 3980000, 3530000, 3090000, 2760000, 'Decree 141/2017/ND-CP'),
             (date '2019-01-01', date '2019-12-31', 4180000, 3710000, 3250000, 2920000, 'Decree 157/2018/ND-CP'))
         as d (valid_from, valid_to, i, ii, iii, iv, reference);
