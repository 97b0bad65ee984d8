-- An SRO absence can be cancelled (issue 18, branch sroyear2): by the SRO or their sergeant, before or during it.
-- Cancelled during it, its last day becomes the day before the cancellation (the days it really lasted).
alter table sro_absence add column cancelled_by varchar(64);
alter table sro_absence add column cancelled_at timestamp with time zone;
