-- The yearly rates the late-payment interest multiplied until 2025-06-30 (RULES.md §10). RULES.md names them but
-- gives no figures, so the values below are ILLUSTRATIVE placeholders with confidence C: the office must load the
-- published figures (the SI fund's average investment rate of each year, announced by VSS; the interbank rate) through
-- the parameter administration before charging interest for months before 2025-07.
--
-- SI_FUND_INVESTMENT_RATE is recorded for the year it was earned (valid 1 Jan to 31 Dec of that year); the interest
-- rule for a month looks up the rate of the previous year.
insert into reference_parameter (code, qualifier, valid_from, valid_to, value, unit, legal_reference, confidence, note)
values
('SI_FUND_INVESTMENT_RATE', '', '2015-01-01', '2024-12-31', 5, 'PERCENT',
 'RULES.md §10: until 2025-06-30, interest of 2 x the SI fund''s average investment rate of the previous year', 'C',
 'ILLUSTRATIVE value, not the published figure: replace with the SI fund''s real average investment rate, one period per year'),
('INTERBANK_RATE', '', '2016-01-01', '2025-06-30', 4, 'PERCENT',
 'RULES.md §10: until 2025-06-30, for HI arrears 2 x the interbank rate', 'C',
 'ILLUSTRATIVE value, not a published figure: replace with the interbank rate the office applies, one period per change');
