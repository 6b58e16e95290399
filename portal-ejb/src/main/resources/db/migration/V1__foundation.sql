-- F1: the directory (tenants, circles), accounts, members, tenant settings and the audit log.
-- Written to run unchanged on H2 2.x and PostgreSQL 15.
-- Every tenant-owned table has tenant_id VARCHAR(36) NOT NULL (EclipseLink's default would be a nullable
-- VARCHAR(31)) and an index that starts with it.

create table tenant (
  id          varchar(36)  not null primary key,
  slug        varchar(63)  not null,
  name        varchar(200) not null,
  cbs_code    varchar(6)   not null,
  created_at  timestamp with time zone not null,
  constraint tenant_slug_unique unique (slug),
  constraint tenant_cbs_code_unique unique (cbs_code)
);

create table circle (
  id              varchar(36)  not null primary key,
  slug            varchar(63)  not null,
  name            varchar(200) not null,
  programme_line  varchar(200),
  period_start    date,
  period_end      date,
  created_at      timestamp with time zone not null,
  constraint circle_slug_unique unique (slug)
);

create table circle_tenant (
  circle_id  varchar(36) not null references circle (id),
  tenant_id  varchar(36) not null references tenant (id),
  primary key (circle_id, tenant_id)
);

create table account (
  id                   varchar(36)  not null primary key,
  username             varchar(100) not null,
  display_name         varchar(200) not null,
  password_hash        varchar(400) not null,
  tenant_id            varchar(36)  references tenant (id),
  created_at           timestamp with time zone not null,
  password_changed_at  timestamp with time zone not null,
  version              bigint not null,
  constraint account_username_unique unique (username)
);

create table account_role (
  account_id  varchar(36) not null references account (id),
  role        varchar(20) not null,
  primary key (account_id, role)
);

create table circle_assignment (
  account_id   varchar(36) not null references account (id),
  circle_id    varchar(36) not null references circle (id),
  circle_role  varchar(20) not null,
  primary key (account_id, circle_id, circle_role)
);

create table tenant_member (
  id          varchar(36)  not null primary key,
  tenant_id   varchar(36)  not null references tenant (id),
  account_id  varchar(36)  not null references account (id),
  email       varchar(200),
  job_title   varchar(200),
  joined_at   timestamp with time zone not null,
  version     bigint not null,
  constraint tenant_member_account_unique unique (account_id)
);
create index tenant_member_tenant on tenant_member (tenant_id);

create table tenant_settings (
  id              varchar(36)  not null primary key,
  tenant_id       varchar(36)  not null references tenant (id),
  contact_email   varchar(200),
  welcome_text    varchar(2000),
  default_locale  varchar(5)   not null,
  version         bigint not null,
  constraint tenant_settings_tenant_unique unique (tenant_id)
);

create sequence audit_seq start with 1 increment by 1;

create table audit_log (
  seq        bigint       not null primary key,
  at         timestamp with time zone not null,
  actor      varchar(100),
  tenant_id  varchar(36),
  action     varchar(100) not null,
  subject    varchar(200) not null,
  summary    varchar(2000)
);
create index audit_log_tenant on audit_log (tenant_id, seq);
