-- Failed logins of directory people (profile "ldap", issue 21). Camunda keeps the count and the
-- lock of its own users in ACT_ID_USER; people from the directory have no row there, so the same
-- delay and lockout are kept here. No password is stored: the directory checks it.
create table directory_login (
  username        varchar(64) not null primary key,
  failed_attempts integer     not null,
  locked_until    timestamp with time zone
);
