-- Mail without a process instance per message (issue 20): the outbox row carries its own delivery state. A node
-- claims a due row by setting locked_by/locked_until in a transaction of its own (one update; a row another node
-- holds, or that is sent, is not claimed), sends it, and records the outcome: sent, or the next attempt after a
-- back-off (next_attempt_at), or FAILED when the retry cycle has run out. notification/OutboxDelivery.
alter table notification add column next_attempt_at timestamp with time zone;
alter table notification add column locked_by varchar(64);
alter table notification add column locked_until timestamp with time zone;
create index notification_due_idx on notification (status, next_attempt_at);
