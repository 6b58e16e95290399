-- F9: a coordinator marks a report handled (who, when); handled reports leave the open list.
alter table publication_report add column handled_by varchar(100);
alter table publication_report add column handled_at timestamp with time zone;
