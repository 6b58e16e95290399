-- F2: case documents in a tenant's workspace, their files (versions and annexes) and the change log.

create table case_document (
  id              varchar(36)   not null primary key,
  tenant_id       varchar(36)   not null references tenant (id),
  title           varchar(300)  not null,
  doc_type        varchar(30)   not null,
  doc_date        date,
  doc_number      varchar(50),
  programme       varchar(200),
  summary         varchar(4000),
  created_at      timestamp with time zone not null,
  created_by      varchar(100)  not null,
  updated_at      timestamp with time zone not null,
  current_version integer       not null,
  version         bigint        not null
);
create index case_document_tenant on case_document (tenant_id, doc_date);

create table document_theme (
  document_id varchar(36)  not null references case_document (id),
  theme       varchar(100) not null,
  primary key (document_id, theme)
);
create table document_tag (
  document_id varchar(36)  not null references case_document (id),
  tag         varchar(100) not null,
  primary key (document_id, tag)
);
create table document_wijk (
  document_id varchar(36)  not null references case_document (id),
  wijk        varchar(100) not null,
  primary key (document_id, wijk)
);

-- Every file of a document: the original in each version, and the annexes (bijlagen). The original and its
-- extracted text are blobs (see BlobStore); the row holds their SHA-256 names.
create table document_file (
  id              varchar(36)   not null primary key,
  tenant_id       varchar(36)   not null references tenant (id),
  document_id     varchar(36)   not null references case_document (id),
  kind            varchar(10)   not null,
  file_version    integer       not null,
  annex_no        integer,
  title           varchar(300),
  blob_sha256     varchar(64)   not null,
  file_name       varchar(200)  not null,
  content_type    varchar(100)  not null,
  size_bytes      bigint        not null,
  text_sha256     varchar(64)   not null,
  text_truncated  boolean       not null,
  characters      integer       not null,
  uploaded_at     timestamp with time zone not null,
  uploaded_by     varchar(100)  not null,
  version         bigint        not null
);
create index document_file_tenant on document_file (tenant_id, document_id);
create index document_file_blob on document_file (blob_sha256);

create sequence change_seq start with 1 increment by 1;

create table change_log (
  seq        bigint       not null primary key,
  at         timestamp with time zone not null,
  entity     varchar(50)  not null,
  entity_id  varchar(36)  not null,
  op         varchar(10)  not null
);
