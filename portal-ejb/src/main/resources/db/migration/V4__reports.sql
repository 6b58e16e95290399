-- F2: reports on published items, for the circle's coordinators.
create table publication_report (
  id              varchar(36)   not null primary key,
  publication_id  varchar(36)   not null references publication (id),
  reported_by     varchar(100)  not null,
  reason          varchar(2000) not null,
  at              timestamp with time zone not null
);
create index publication_report_publication on publication_report (publication_id);
