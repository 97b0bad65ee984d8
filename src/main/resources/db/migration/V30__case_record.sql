-- The records a case owns (issue 14): each row says that the record with this id, carried in the
-- named process variable, was created or found for the case whose root process instance this is,
-- and for which school's tenant (null for district-wide cases). Steps load a record by an id from a
-- variable only when such a row exists (system.CaseRecords): a variable a caller set or overwrote
-- points at no record. Ids only, no personal data; rows go when the root instance ends.
create table case_record (
  root_instance_id varchar(64) not null,
  variable_name    varchar(64) not null,
  record_id        bigint      not null,
  school_code      varchar(16),
  primary key (root_instance_id, variable_name, record_id)
);
