-- F9: a document's description can be edited and the document moved into the prullenbak (trash) and
-- back; both are kept in its history. A document in the prullenbak is purged after
-- portal.documents.trash-days days.
alter table case_document add column deleted_at timestamp with time zone;
alter table case_document add column deleted_by varchar(100);
create index case_document_deleted on case_document (tenant_id, deleted_at);

create table document_event (
  document_id varchar(36)  not null references case_document (id),
  seq         integer      not null,
  at          timestamp with time zone not null,
  by_user     varchar(100) not null,
  what        varchar(10)  not null,
  fields      varchar(200),
  primary key (document_id, seq)
);
