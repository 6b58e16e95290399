-- F7: harvest is edited or removed by its author or the circle's coordinators and facilitators. An edit is made
-- from the version the editor read; the learning history keeps that it happened (who, when, which kind of harvest
-- by whom), not a removed item's text: what is removed is usually what should not have been there.
alter table harvest_item add column version bigint default 0 not null;
alter table harvest_item add column edited_at timestamp with time zone;
alter table harvest_item add column edited_by varchar(200);
alter table learning_question_event add column harvest_id varchar(36);
alter table learning_question_event add column harvest_kind varchar(7);
alter table learning_question_event add column harvest_author varchar(200);
