-- F7: a circle's learning agenda (leeragenda), its harvest (oogst) and phase syntheses. Like meetings they
-- belong to the circle, not to a gemeente's workspace: no tenant_id. Sources and citations are ids, checked
-- when written and resolved again when read.

create table learning_question (
  id             varchar(36)   not null primary key,
  circle_id      varchar(36)   not null references circle (id),
  text           varchar(1000) not null,
  phase          varchar(8)    not null,
  owner_tenant   varchar(36)   references tenant (id),
  owner_account  varchar(36)   references account (id),
  owner_name     varchar(200),
  status         varchar(9)    not null,
  explanation    varchar(2000),
  raised_by      varchar(100)  not null,
  raised_at      timestamp with time zone not null,
  updated_at     timestamp with time zone not null,
  version        bigint        not null
);
create index learning_question_circle on learning_question (circle_id, phase);

-- What happened to a question, for its learning history: raised, status changes, meetings linked.
create table learning_question_event (
  id           varchar(36)   not null primary key,
  question_id  varchar(36)   not null references learning_question (id),
  at           timestamp with time zone not null,
  kind         varchar(8)    not null,
  status       varchar(9),
  explanation  varchar(2000),
  meeting_id   varchar(36)   references meeting (id),
  by_name      varchar(200)  not null
);
create index learning_question_event_question on learning_question_event (question_id, at);

create table harvest_item (
  id           varchar(36)   not null primary key,
  question_id  varchar(36)   not null references learning_question (id),
  circle_id    varchar(36)   not null references circle (id),
  kind         varchar(7)    not null,
  text         varchar(4000) not null,
  meeting_id   varchar(36)   references meeting (id),
  author_id    varchar(36)   not null references account (id),
  author_name  varchar(200)  not null,
  author_tenant varchar(36)  references tenant (id),
  -- Catalog ids (publications, method cards, uses) as a JSON array, in the order given.
  sources      varchar(8000) not null,
  recorded_at  timestamp with time zone not null
);
create index harvest_item_question on harvest_item (question_id, recorded_at);
create index harvest_item_circle on harvest_item (circle_id, recorded_at);

create table learning_synthesis (
  id            varchar(36)    not null primary key,
  circle_id     varchar(36)    not null references circle (id),
  phase         varchar(8)     not null,
  -- Its texts are in its versions: number is the newest, published_number the one readers read.
  status        varchar(9)     not null,
  number        integer        not null,
  published_number integer,
  published_at  timestamp with time zone,
  updated_by    varchar(100)   not null,
  updated_at    timestamp with time zone not null,
  version       bigint         not null
);
create index learning_synthesis_circle on learning_synthesis (circle_id);

create table learning_synthesis_version (
  id            varchar(36)     not null primary key,
  synthesis_id  varchar(36)     not null references learning_synthesis (id),
  number        integer         not null,
  title         varchar(200)    not null,
  text          varchar(100000) not null,
  -- Harvest ids as a JSON array.
  citations     varchar(8000)   not null,
  saved_by      varchar(100)    not null,
  saved_at      timestamp with time zone not null,
  constraint learning_synthesis_number unique (synthesis_id, number)
);
