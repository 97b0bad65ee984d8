-- A referral's threat case is a record id like every other, a number: it was kept as text (String.valueOf
-- of the case's id, so every value converts). Added, copied and renamed rather than altered in place,
-- because H2 and PostgreSQL spell a type change with a conversion differently. Running cases need nothing:
-- the threatCaseId variable has always been a Long (CaseRecords.bind), only this column was text.
alter table referral add column threat_case bigint;
update referral set threat_case = cast(threat_case_id as bigint) where threat_case_id is not null;
alter table referral drop column threat_case_id;
alter table referral rename column threat_case to threat_case_id;
