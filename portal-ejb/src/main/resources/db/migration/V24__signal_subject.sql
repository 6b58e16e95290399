-- F8: the fan-out of a new thread to the circle's watchers asks who a post about the same subject
-- already mentioned (they hear the mention only): signals by subject and kind.
create index signal_queue_subject on signal_queue (subject_id, kind);

-- F8: an approval writes one signal; the published item it announces to the circle's watchers is
-- queued by the fan-out (the job), not by the approving request.
alter table signal_queue add column announces varchar(36);
