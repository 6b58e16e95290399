-- F4: the koffer. Method cards and their uses are drafted in a tenant's workspace (tenant-owned) and shared
-- through publication (F2); comments belong to a circle's published card; the vocabularies of wijk types and
-- vraagstukken are shared, and coordinators extend them per circle.

create table method_card (
  id                 varchar(36)   not null primary key,
  tenant_id          varchar(36)   not null references tenant (id),
  name               varchar(200)  not null,
  summary            varchar(500)  not null,
  objective          varchar(4000),
  target_group       varchar(2000),
  transferability    varchar(4000),
  evidence_level     varchar(20)   not null,
  evidence_source    varchar(1000),
  contact            varchar(500),
  hours_per_week     numeric(9,2),
  people             integer,
  budget             numeric(19,2),
  preconditions_note varchar(2000),
  -- Ordered lists kept as JSON arrays: the order is the content, and a reordering is one update.
  steps              varchar(64000) not null,
  working_elements   varchar(24000) not null,
  created_at         timestamp with time zone not null,
  created_by         varchar(100)  not null,
  updated_at         timestamp with time zone not null,
  updated_by         varchar(100)  not null,
  version            bigint        not null
);
create index method_card_tenant on method_card (tenant_id);

create table method_theme (
  method_id  varchar(36)  not null references method_card (id),
  theme      varchar(100) not null,
  primary key (method_id, theme)
);
create table method_wijktype (
  method_id  varchar(36)  not null references method_card (id),
  wijktype   varchar(100) not null,
  primary key (method_id, wijktype)
);
create table method_vraagstuk (
  method_id  varchar(36)  not null references method_card (id),
  vraagstuk  varchar(100) not null,
  primary key (method_id, vraagstuk)
);
create table method_material (
  method_id    varchar(36) not null references method_card (id),
  document_id  varchar(36) not null,
  primary key (method_id, document_id)
);

create table method_use (
  id                varchar(36)   not null primary key,
  tenant_id         varchar(36)   not null references tenant (id),
  method_id         varchar(36)   not null,
  method_name       varchar(200)  not null,
  wijk              varchar(100)  not null,
  wijktype          varchar(100),
  used_from         date          not null,
  used_until        date,
  programme_action  varchar(500),
  what_happened     varchar(4000) not null,
  what_worked       varchar(4000),
  what_to_change    varchar(4000),
  rating            integer,
  created_at        timestamp with time zone not null,
  created_by        varchar(100)  not null,
  version           bigint        not null
);
create index method_use_tenant on method_use (tenant_id, method_id);

create table use_document (
  use_id       varchar(36) not null references method_use (id),
  document_id  varchar(36) not null,
  primary key (use_id, document_id)
);

-- What a publication is about, when it is about something else: a use is about a method.
alter table publication add column about_id varchar(36);
create index publication_about on publication (about_id);

create table koffer_comment (
  id             varchar(36)   not null primary key,
  method_id      varchar(36)   not null,
  circle_id      varchar(36)   not null references circle (id),
  author         varchar(100)  not null,
  author_name    varchar(200)  not null,
  author_tenant  varchar(36),
  body           varchar(4000) not null,
  at             timestamp with time zone not null,
  status         varchar(10)   not null,
  hidden_reason  varchar(2000),
  reports        integer       not null,
  version        bigint        not null
);
create index koffer_comment_method on koffer_comment (method_id, circle_id);

create table vocabulary_term (
  id          varchar(36)  not null primary key,
  circle_id   varchar(36)  references circle (id),
  kind        varchar(12)  not null,
  code        varchar(100) not null,
  label       varchar(200) not null,
  created_by  varchar(100) not null
);
create unique index vocabulary_term_code on vocabulary_term (kind, code, circle_id);

-- The shared starting vocabulary (no circle): coordinators add their own per circle.
insert into vocabulary_term (id, circle_id, kind, code, label, created_by) values
  ('0b9c2d1e-0000-4000-8000-000000000001', null, 'WIJKTYPE', 'vergrijsde-krimpwijk', 'Vergrijsde krimpwijk', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000002', null, 'WIJKTYPE', 'groeiwijk-corporatiebezit', 'Groeiwijk met veel corporatiebezit', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000003', null, 'WIJKTYPE', 'dorp', 'Dorp of kern', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000004', null, 'WIJKTYPE', 'herstructureringswijk', 'Herstructureringswijk', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000005', null, 'WIJKTYPE', 'vooroorlogse-stadswijk', 'Vooroorlogse stadswijk', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000006', null, 'WIJKTYPE', 'naoorlogse-wijk', 'Naoorlogse wijk (jaren 50–70)', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000011', null, 'VRAAGSTUK', 'eenzaamheid', 'Eenzaamheid', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000012', null, 'VRAAGSTUK', 'langer-thuis-wonen', 'Langer thuis wonen', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000013', null, 'VRAAGSTUK', 'schuldenproblematiek', 'Schuldenproblematiek', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000014', null, 'VRAAGSTUK', 'vve-beheer', 'VVE-beheer', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000015', null, 'VRAAGSTUK', 'leefbaarheid-openbare-ruimte', 'Leefbaarheid openbare ruimte', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000016', null, 'VRAAGSTUK', 'energiearmoede', 'Energiearmoede', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000017', null, 'VRAAGSTUK', 'gezondheidsverschillen', 'Gezondheidsverschillen', 'system'),
  ('0b9c2d1e-0000-4000-8000-000000000018', null, 'VRAAGSTUK', 'bewonersparticipatie', 'Bewonersparticipatie', 'system');
