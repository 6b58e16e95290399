-- F2: publications. Not tenant-owned: a publication is what the owner chose to show outside its workspace.
create table publication (
  id               varchar(36)    not null primary key,
  subject_kind     varchar(20)    not null,
  subject_id       varchar(36)    not null,
  owner_tenant_id  varchar(36)    not null references tenant (id),
  circle_id        varchar(36)    not null references circle (id),
  scope            varchar(10)    not null,
  status           varchar(12)    not null,
  title            varchar(300)   not null,
  snapshot         varchar(32000) not null,
  submitted_by     varchar(100)   not null,
  submitted_at     timestamp with time zone not null,
  decided_by       varchar(100),
  decided_at       timestamp with time zone,
  reason           varchar(2000),
  version          bigint         not null
);
create index publication_subject on publication (subject_id);
create index publication_circle on publication (circle_id, status);
