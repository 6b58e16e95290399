-- F7: a circle's meetings (bijeenkomsten). They belong to the circle, not to a gemeente's workspace: no
-- tenant_id. Registrations are per account; the agenda's materials are catalog ids, checked when added.

create table meeting (
  id                  varchar(36)    not null primary key,
  circle_id           varchar(36)    not null references circle (id),
  title               varchar(200)   not null,
  -- Local date-times in Europe/Amsterdam, as people plan them.
  starts_at           timestamp      not null,
  ends_at             timestamp      not null,
  place               varchar(500),
  online_url          varchar(1000),
  host_tenant         varchar(36)    references tenant (id),
  capacity            integer,
  description         varchar(8000),
  status              varchar(12)    not null,
  cancel_reason       varchar(2000),
  sequence            integer        not null,
  yes_turns           integer        not null,
  minutes_state       varchar(8),
  minutes_text        varchar(100000),
  minutes_version     integer        not null,
  minutes_open_until  timestamp with time zone,
  minutes_final_at    timestamp with time zone,
  created_by          varchar(100)   not null,
  created_at          timestamp with time zone not null,
  updated_at          timestamp with time zone not null,
  version             bigint         not null,
  constraint meeting_capacity check (capacity is null or capacity >= 0),
  constraint meeting_ends_after_start check (ends_at > starts_at)
);
create index meeting_circle on meeting (circle_id, starts_at);

create table meeting_agenda_item (
  id          varchar(36)   not null primary key,
  meeting_id  varchar(36)   not null references meeting (id),
  position    integer       not null,
  title       varchar(200)  not null,
  kind        varchar(12)   not null,
  minutes     integer,
  presenter   varchar(200),
  -- Catalog ids as a JSON array, in the order given.
  materials   varchar(8000) not null,
  constraint meeting_agenda_position unique (meeting_id, position)
);

create table meeting_registration (
  id           varchar(36)  not null primary key,
  meeting_id   varchar(36)  not null references meeting (id),
  account_id   varchar(36)  not null references account (id),
  name         varchar(200) not null,
  tenant_id    varchar(36),
  answer       varchar(5)   not null,
  waitlisted   boolean      not null,
  turn         integer      not null,
  answered_at  timestamp with time zone not null,
  constraint meeting_registration_once unique (meeting_id, account_id)
);

create table meeting_attendance (
  meeting_id  varchar(36) not null references meeting (id),
  account_id  varchar(36) not null references account (id),
  primary key (meeting_id, account_id)
);

create table meeting_minutes_version (
  id          varchar(36)     not null primary key,
  meeting_id  varchar(36)     not null references meeting (id),
  number      integer         not null,
  text        varchar(100000) not null,
  saved_by    varchar(100)    not null,
  saved_at    timestamp with time zone not null,
  constraint meeting_minutes_number unique (meeting_id, number)
);

create table meeting_action (
  id             varchar(36)   not null primary key,
  meeting_id     varchar(36)   not null references meeting (id),
  circle_id      varchar(36)   not null references circle (id),
  title          varchar(300)  not null,
  owner_tenant   varchar(36)   references tenant (id),
  owner_account  varchar(36)   references account (id),
  owner_name     varchar(200)  not null,
  due            date,
  status         varchar(8)    not null,
  note           varchar(2000),
  created_at     timestamp with time zone not null,
  updated_at     timestamp with time zone not null,
  updated_by     varchar(100)  not null,
  version        bigint        not null,
  constraint meeting_action_one_owner check ((owner_tenant is null) <> (owner_account is null))
);
create index meeting_action_circle on meeting_action (circle_id, status);
create index meeting_action_meeting on meeting_action (meeting_id);

-- A person's calendar feed behind a secret link (renewed or revoked by the person).
create table meeting_calendar_feed (
  account_id  varchar(36) not null primary key references account (id),
  secret      varchar(64) not null unique,
  created_at  timestamp with time zone not null
);
