-- The case lists and the student search at district scale (issue 17): a student's name in a searchable form
-- (lower case, accents stripped; the entities keep it, casefile.StudentNames writes it), and indexes for the
-- filters the lists and the search push down: school and opened date, district student id, name prefix.
-- The backfill strips the common Latin accents; every later write goes through StudentNames.
alter table threat_case add column student_name_key varchar(160);
alter table referral add column student_name_key varchar(160);
update threat_case set student_name_key = translate(lower(student_name),
  'áàâäãåāçćčéèêëēěíìîïīñńóòôöõøōúùûüūýÿšžł', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyszl') where student_name is not null;
update referral set student_name_key = translate(lower(student_name),
  'áàâäãåāçćčéèêëēěíìîïīñńóòôöõøōúùûüūýÿšžł', 'aaaaaaaccceeeeeeiiiiinnooooooouuuuuyyszl');

create index threat_case_school_reported_idx on threat_case (school_code, reported_at);
create index threat_case_reported_idx on threat_case (reported_at);
create index threat_case_student_id_idx on threat_case (district_student_id, school_code);
create index threat_case_student_name_idx on threat_case (school_code, student_name_key);

create index referral_school_referred_idx on referral (school_code, referred_at);
create index referral_referred_idx on referral (referred_at);
create index referral_student_id_idx on referral (district_student_id, school_code);
create index referral_student_name_idx on referral (school_code, student_name_key);

create index police_report_school_filed_idx on police_report (school_code, filed_at);
create index police_report_process_idx on police_report (process_instance_id);
