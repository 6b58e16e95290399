-- F5: a gemeente's programmes (themes → goals → actions, partners, milestones, notes, links) and their
-- cofinancing ledgers are tenant-owned. A cofinancing statement is what a gemeente chose to submit to its
-- circle's coordinators: a copy of the ledger, outside the workspace, like a publication (F2).

create table programme (
  id                          varchar(36)    not null primary key,
  tenant_id                   varchar(36)    not null references tenant (id),
  name                        varchar(200)   not null,
  description                 varchar(4000),
  period_start                date           not null,
  period_end                  date           not null,
  phase                       varchar(20)    not null,
  -- Short lists kept as JSON arrays (the order is the user's).
  wijken                      varchar(4000)  not null,
  stated_own_share            numeric(7,4),
  stated_contributions        numeric(19,2),
  stated_contributions_where  varchar(500),
  stated_budget               numeric(19,2),
  stated_budget_where         varchar(500),
  created_at                  timestamp with time zone not null,
  created_by                  varchar(100)   not null,
  updated_at                  timestamp with time zone not null,
  updated_by                  varchar(100)   not null,
  version                     bigint         not null
);
create index programme_tenant on programme (tenant_id);

create table programme_partner (
  id                   varchar(36)   not null primary key,
  tenant_id            varchar(36)   not null references tenant (id),
  programme_id         varchar(36)   not null references programme (id),
  organisation         varchar(200)  not null,
  role                 varchar(500),
  core_group           boolean       not null,
  yearly_contribution  numeric(19,2),
  status               varchar(20)   not null,
  version              bigint        not null
);
create index programme_partner_programme on programme_partner (programme_id);

create table programme_theme (
  id            varchar(36)   not null primary key,
  tenant_id     varchar(36)   not null references tenant (id),
  programme_id  varchar(36)   not null references programme (id),
  name          varchar(200)  not null,
  sort_order    integer       not null,
  version       bigint        not null
);
create index programme_theme_programme on programme_theme (programme_id);

create table programme_goal (
  id            varchar(36)   not null primary key,
  tenant_id     varchar(36)   not null references tenant (id),
  programme_id  varchar(36)   not null references programme (id),
  theme_id      varchar(36)   not null references programme_theme (id),
  title         varchar(500)  not null,
  sort_order    integer       not null,
  version       bigint        not null
);
create index programme_goal_programme on programme_goal (programme_id);

create table programme_action (
  id               varchar(36)    not null primary key,
  tenant_id        varchar(36)    not null references tenant (id),
  programme_id     varchar(36)    not null references programme (id),
  goal_id          varchar(36)    not null references programme_goal (id),
  title            varchar(500)   not null,
  owner_name       varchar(200),
  partners         varchar(4000)  not null,
  status           varchar(20)    not null,
  phase            varchar(20)    not null,
  planned_year     integer        not null,
  planned_quarter  integer        not null,
  method_id        varchar(36),
  sort_order       integer        not null,
  version          bigint         not null
);
create index programme_action_programme on programme_action (programme_id);

create table programme_milestone (
  id            varchar(36)   not null primary key,
  tenant_id     varchar(36)   not null references tenant (id),
  programme_id  varchar(36)   not null references programme (id),
  action_id     varchar(36)   references programme_action (id),
  title         varchar(500)  not null,
  due_date      date          not null,
  indicator     varchar(500),
  target        varchar(200),
  achieved      varchar(200),
  done_on       date,
  version       bigint        not null
);
create index programme_milestone_programme on programme_milestone (programme_id);

create table programme_note (
  id            varchar(36)    not null primary key,
  tenant_id     varchar(36)    not null references tenant (id),
  programme_id  varchar(36)    not null references programme (id),
  body          varchar(8000)  not null,
  written_at    timestamp with time zone not null,
  written_by    varchar(100)   not null,
  version       bigint         not null
);
create index programme_note_programme on programme_note (programme_id);

-- A document (F2) or a method card (F4) of the same gemeente that belongs with the programme.
create table programme_link (
  id            varchar(36)   not null primary key,
  tenant_id     varchar(36)   not null references tenant (id),
  programme_id  varchar(36)   not null references programme (id),
  kind          varchar(20)   not null,
  target_id     varchar(36)   not null,
  title         varchar(300)  not null,
  version       bigint        not null
);
create index programme_link_programme on programme_link (programme_id);

create table ledger_source (
  id                varchar(36)    not null primary key,
  tenant_id         varchar(36)    not null references tenant (id),
  programme_id      varchar(36)    not null references programme (id),
  name              varchar(200)   not null,
  grantor           varchar(300),
  kind              varchar(20)    not null,
  decision_number   varchar(100),
  decision_date     date,
  awarded           numeric(19,2)  not null,
  eligible_from     date           not null,
  eligible_until    date           not null,
  status            varchar(20)    not null,
  rate              numeric(7,4)   not null,
  in_kind_allowed   boolean        not null,
  min_own_share     numeric(7,4)   not null,
  stated_award      numeric(19,2),
  stated_where      varchar(500),
  -- [{"year":2024,"amount":"27000.00"}] and [{"line":"materiaalkosten","amount":"38000.00"}]
  yearly_amounts    varchar(4000)  not null,
  allocations       varchar(8000)  not null,
  version           bigint         not null
);
create index ledger_source_programme on ledger_source (programme_id);

create table ledger_contribution (
  id                 varchar(36)    not null primary key,
  tenant_id          varchar(36)    not null references tenant (id),
  programme_id       varchar(36)    not null references programme (id),
  partner            varchar(200)   not null,
  form               varchar(10)    not null,
  cash               numeric(19,2),
  hours              numeric(12,2),
  hourly_rate        numeric(19,2),
  rate_valid_from    date,
  already_budgeted   boolean        not null,
  line_code          varchar(60),
  version            bigint         not null
);
create index ledger_contribution_programme on ledger_contribution (programme_id);

create table ledger_version (
  id            varchar(36)   not null primary key,
  tenant_id     varchar(36)   not null references tenant (id),
  programme_id  varchar(36)   not null references programme (id),
  version_no    integer       not null,
  kind          varchar(10)   not null,
  valid_from    date          not null,
  valid_until   date,
  note          varchar(1000),
  version       bigint        not null,
  unique (programme_id, version_no)
);

-- A cost line of one budget version. The code stays the same across versions, so contributions and
-- allocations keep pointing at "the materials line" when the budget is revised.
create table ledger_line (
  id            varchar(36)     not null primary key,
  tenant_id     varchar(36)     not null references tenant (id),
  programme_id  varchar(36)     not null references programme (id),
  version_id    varchar(36)     not null references ledger_version (id),
  code          varchar(60)     not null,
  category      varchar(20)     not null,
  description   varchar(300)    not null,
  sort_order    integer         not null,
  stated_total  numeric(19,2),
  stated_where  varchar(500),
  -- [{"label":"2025","start":"2025-01-01","end":"2025-12-31","planned":"1.00","actual":null,"forecast":null}]
  amounts       varchar(16000)  not null,
  version       bigint          not null,
  unique (version_id, code)
);
create index ledger_line_programme on ledger_line (programme_id);

create table cofinancing_statement (
  id              varchar(36)     not null primary key,
  tenant_id       varchar(36)     not null references tenant (id),
  circle_id       varchar(36)     not null references circle (id),
  programme_id    varchar(36)     not null,
  programme_name  varchar(200)    not null,
  period_start    date            not null,
  period_end      date            not null,
  status          varchar(20)     not null,
  submitted_at    timestamp with time zone not null,
  submitted_by    varchar(100)    not null,
  decided_at      timestamp with time zone,
  decided_by      varchar(100),
  reason          varchar(2000),
  -- The ledger as submitted (LedgerData as JSON): what the coordinator sees never changes afterwards.
  ledger          varchar(1000000) not null,
  version         bigint          not null
);
create index cofinancing_statement_circle on cofinancing_statement (circle_id, status);
create index cofinancing_statement_tenant on cofinancing_statement (tenant_id);
