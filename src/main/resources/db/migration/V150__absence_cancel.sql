-- An SRO absence can be canceled (issue 18, branch sroyear2): by the SRO or their sergeant, before or during it.
-- Canceled during it, its last day becomes the day before it was canceled (the days it really lasted).
alter table sro_absence add column canceled_by varchar(64);
alter table sro_absence add column canceled_at timestamp with time zone;
