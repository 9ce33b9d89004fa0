-- Claim intake: the code lists a claim is validated against, the look-up of files already received, and a claim
-- table that keeps refused encounters too (a claim with errors is stored as INVALID, as it came).

-- ICD-10 chapters (WHO ICD-10 as adopted by the Ministry of Health, Decision 4469/QD-BYT of 2020-10-28). The valid
-- three-character categories are derived from the chapters' ranges less the numbers WHO leaves unused inside them;
-- subcodes (J06.9) are checked by their shape against a known category.
create table icd10_chapter (
    chapter         varchar(5) primary key,
    first_code      char(3)    not null,
    last_code       char(3)    not null,
    title           text       not null,
    legal_reference text       not null,
    check (first_code <= last_code)
);
insert into icd10_chapter (chapter, first_code, last_code, title, legal_reference)
select c.*, 'ICD-10 (WHO), Decision 4469/QD-BYT of 2020-10-28' from (values
    ('I', 'A00', 'B99', 'Certain infectious and parasitic diseases'),
    ('II', 'C00', 'D48', 'Neoplasms'),
    ('III', 'D50', 'D89', 'Diseases of the blood and immune mechanism'),
    ('IV', 'E00', 'E90', 'Endocrine, nutritional and metabolic diseases'),
    ('V', 'F00', 'F99', 'Mental and behavioural disorders'),
    ('VI', 'G00', 'G99', 'Diseases of the nervous system'),
    ('VII', 'H00', 'H59', 'Diseases of the eye and adnexa'),
    ('VIII', 'H60', 'H95', 'Diseases of the ear and mastoid process'),
    ('IX', 'I00', 'I99', 'Diseases of the circulatory system'),
    ('X', 'J00', 'J99', 'Diseases of the respiratory system'),
    ('XI', 'K00', 'K93', 'Diseases of the digestive system'),
    ('XII', 'L00', 'L99', 'Diseases of the skin and subcutaneous tissue'),
    ('XIII', 'M00', 'M99', 'Diseases of the musculoskeletal system and connective tissue'),
    ('XIV', 'N00', 'N99', 'Diseases of the genitourinary system'),
    ('XV', 'O00', 'O99', 'Pregnancy, childbirth and the puerperium'),
    ('XVI', 'P00', 'P96', 'Certain conditions originating in the perinatal period'),
    ('XVII', 'Q00', 'Q99', 'Congenital malformations and chromosomal abnormalities'),
    ('XVIII', 'R00', 'R99', 'Symptoms, signs and abnormal findings not elsewhere classified'),
    ('XIX', 'S00', 'T98', 'Injury, poisoning and other consequences of external causes'),
    ('XX', 'V01', 'Y98', 'External causes of morbidity and mortality'),
    ('XXI', 'Z00', 'Z99', 'Factors influencing health status and contact with health services'),
    ('XXII', 'U00', 'U85', 'Codes for special purposes')) c(chapter, first_code, last_code, title);

create table icd10_category (
    code    char(3)    primary key check (code ~ '^[A-Z][0-9]{2}$'),
    chapter varchar(5) not null references icd10_chapter (chapter)
);
insert into icd10_category (code, chapter)
select k.code, c.chapter
from icd10_chapter c
cross join lateral (
    select l || lpad(n::text, 2, '0') as code
    from unnest(string_to_array('A B C D E F G H I J K L M N O P Q R S T U V W X Y Z', ' ')) l,
         generate_series(0, 99) n) k
where k.code between c.first_code and c.last_code
  -- Numbers inside a chapter's range that ICD-10 does not use.
  and k.code not in ('A10', 'A11', 'A12', 'A13', 'A14', 'A29', 'B10', 'B11', 'B12', 'B13', 'B14', 'B84', 'C98', 'C99',
                     'E17', 'E18', 'E19');

-- Patient categories (MA_DOITUONG_KCB): 1.x registered or in-route, 2 emergency, 3.x self-referred or out-of-route,
-- 4 and later other arrangements. Conf. C: the sub-numbers are taken as ranges; verify against Decision 4750 annex.
create table claim_patient_category (
    code            varchar(5) primary key,
    description     text       not null,
    valid_from      date       not null,
    valid_to        date,
    legal_reference text       not null
);
insert into claim_patient_category (code, description, valid_from, valid_to, legal_reference)
select code, description, date '2018-01-01', cast(null as date), 'Decision 4210/QD-BYT, Decision 130/QD-BYT and 4750/QD-BYT'
from (select '1' as code, 'Registered or in-route' as description
      union all select '1.' || n, 'Registered or in-route, case ' || n from generate_series(1, 10) n
      union all select '2', 'Emergency'
      union all select '3', 'Self-referred or out-of-route'
      union all select '3.' || n, 'Self-referred or out-of-route, case ' || n from generate_series(1, 10) n
      union all select n::text, 'Other arrangement ' || n from generate_series(4, 9) n
      union all select '7.' || n, 'Referral, case ' || n from generate_series(1, 10) n) c;

-- Idempotent intake: a file already read is recognised by its digest.
create index claim_file_sha256_idx on claim_file (sha256) where accepted;

-- A claim refused by validation is kept as it came, so its fields may be missing or wrong; only a claim that passed
-- validation must be complete and consistent.
alter table claim drop constraint if exists claim_check;
alter table claim drop constraint if exists claim_sex_check;
alter table claim alter column full_name drop not null, alter column date_of_birth drop not null,
    alter column main_diagnosis drop not null, alter column patient_category drop not null,
    alter column encounter_type drop not null, alter column admitted_at drop not null,
    alter column discharged_at drop not null, alter column settlement_month drop not null,
    alter column drugs drop not null, alter column supplies drop not null, alter column hospital_total drop not null,
    alter column hi_total drop not null, alter column patient_out_of_scope drop not null,
    alter column patient_co_payment drop not null, alter column fund_pays drop not null,
    alter column other_sources drop not null;
alter table claim add constraint claim_valid_is_complete check (status = 'INVALID' or (
    full_name is not null and date_of_birth is not null and sex in (1, 2, 3) and main_diagnosis is not null
    and patient_category is not null and encounter_type is not null and admitted_at is not null
    and discharged_at >= admitted_at and settlement_month is not null and drugs is not null and supplies is not null
    and hospital_total is not null and hi_total is not null and patient_out_of_scope is not null
    and patient_co_payment is not null and fund_pays is not null and other_sources is not null));

-- Lines of an INVALID claim may be incomplete too; a valid claim's lines were checked before storing.
alter table claim_line drop constraint if exists claim_line_scope_check;
alter table claim_line alter column item_code drop not null, alter column item_name drop not null,
    alter column hi_payment_ratio drop not null, alter column quantity drop not null,
    alter column hospital_unit_price drop not null, alter column hi_unit_price drop not null,
    alter column hospital_amount drop not null, alter column hi_amount drop not null,
    alter column other_sources drop not null, alter column benefit_percent drop not null,
    alter column patient_out_of_scope drop not null, alter column patient_co_payment drop not null,
    alter column fund_pays drop not null;

-- Raw files are kept as received without compression: compressing millions of envelopes on arrival costs more CPU
-- than the disk it saves is worth to intake (base64 inside XML compresses poorly anyway).
alter table claim_file alter column content set storage external;
