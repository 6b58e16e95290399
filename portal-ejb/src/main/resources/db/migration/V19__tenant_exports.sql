-- F11: a gemeente's export runs in the background; its state is a row so that every node of a
-- cluster can answer for it. The ZIP itself is a blob of the blob store (shared by the nodes).
create table tenant_export (
  id            varchar(36)   not null primary key,
  tenant_id     varchar(36)   not null references tenant (id),
  requested_by  varchar(100)  not null,
  status        varchar(8)    not null,
  progress      integer       not null,
  started_at    timestamp with time zone not null,
  finished_at   timestamp with time zone,
  file_sha256   varchar(64),
  file_name     varchar(200),
  size_bytes    bigint,
  version       bigint        not null
);
create index tenant_export_tenant on tenant_export (tenant_id, started_at);

-- F11: what an imported gemeente brought along as its record (what it wrote in circles of the
-- portal it came from, its audit log there): one JSON object per row, written again by its exports.
create table tenant_record (
  tenant_id  varchar(36)    not null references tenant (id),
  kind       varchar(60)    not null,
  seq        integer        not null,
  row_json   varchar(1000000) not null,
  primary key (tenant_id, kind, seq)
);
