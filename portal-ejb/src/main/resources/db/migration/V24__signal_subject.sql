-- F8: the fan-out of a new thread to the circle's watchers asks who a post about the same subject
-- already mentioned (they hear the mention only): signals by subject and kind.
create index signal_queue_subject on signal_queue (subject_id, kind);
