-- F8 conversations and activity: threads in a circle, free or about one of its items, their
-- posts with the texts they replaced, per-thread watch levels, and when a person last looked at a
-- circle's activity. The koffer's comments become each card's thread.

create table conversation (
  id               varchar(36)   not null primary key,
  circle_id        varchar(36)   not null references circle (id),
  -- CATALOG, METHOD, MEETING or QUESTION with the item's id; both null for a free thread.
  about_kind       varchar(10),
  about_id         varchar(36),
  about_title      varchar(300),
  title            varchar(200)  not null,
  started_by       varchar(36)   not null,
  started_by_name  varchar(200)  not null,
  started_at       timestamp with time zone not null,
  last_post_at     timestamp with time zone not null,
  posts            integer       not null
);
create index conversation_circle on conversation (circle_id, last_post_at);
create index conversation_about on conversation (about_kind, about_id);

create table conversation_post (
  id               varchar(36)    not null primary key,
  conversation_id  varchar(36)    not null references conversation (id),
  circle_id        varchar(36)    not null references circle (id),
  number           integer        not null,
  author_id        varchar(36)    not null,
  author_name      varchar(200)   not null,
  author_tenant    varchar(36),
  body             varchar(10000) not null,
  written_at       timestamp with time zone not null,
  edited_at        timestamp with time zone,
  edits            integer        not null,
  status           varchar(10)    not null,
  hidden_reason    varchar(2000),
  reports          integer        not null,
  version          bigint         not null,
  constraint conversation_post_number unique (conversation_id, number)
);
create index conversation_post_circle on conversation_post (circle_id, written_at);

-- The text a post had before each change by its author, numbered from 1 (as first written).
create table conversation_post_version (
  id          varchar(36)    not null primary key,
  post_id     varchar(36)    not null references conversation_post (id),
  number      integer        not null,
  body        varchar(10000) not null,
  written_at  timestamp with time zone not null,
  constraint conversation_post_version_number unique (post_id, number)
);

-- A person's level for a thread; chosen = false when it follows from a post of theirs.
create table conversation_watch (
  id               varchar(36)  not null primary key,
  account_id       varchar(36)  not null references account (id),
  conversation_id  varchar(36)  not null references conversation (id),
  level            varchar(10)  not null,
  chosen           boolean      not null,
  constraint conversation_watch_once unique (conversation_id, account_id)
);

create table circle_visit (
  account_id  varchar(36)  not null references account (id),
  circle_id   varchar(36)  not null references circle (id),
  visited_at  timestamp with time zone not null,
  primary key (account_id, circle_id)
);

-- A reply's text travels with its signal and notification, so mail and digests can quote it.
alter table signal_queue add column excerpt varchar(2000);
alter table notification add column excerpt varchar(2000);

-- The koffer's comments become one thread per card and circle, titled by the card, whose posts
-- keep the comments' ids (the comment endpoints go on working on them), authors, texts, times and
-- moderation; each commenter watches the thread, as a poster does.
insert into conversation (id, circle_id, about_kind, about_id, about_title, title, started_by,
                          started_by_name, started_at, last_post_at, posts)
select f.id, f.circle_id, 'METHOD', f.method_id,
       coalesce((select max(p.title) from publication p
                 where p.subject_id = f.method_id and p.circle_id = f.circle_id), 'Methode'),
       coalesce((select max(p.title) from publication p
                 where p.subject_id = f.method_id and p.circle_id = f.circle_id), 'Reacties'),
       coalesce(a.id, f.author), f.author_name, f.at,
       (select max(k.at) from koffer_comment k
        where k.method_id = f.method_id and k.circle_id = f.circle_id),
       (select count(*) from koffer_comment k
        where k.method_id = f.method_id and k.circle_id = f.circle_id)
from (select k.*, row_number() over (partition by k.method_id, k.circle_id
                                     order by k.at, k.id) as rn
      from koffer_comment k) f
left join account a on a.username = f.author
where f.rn = 1;

insert into conversation_post (id, conversation_id, circle_id, number, author_id, author_name,
                               author_tenant, body, written_at, edited_at, edits, status,
                               hidden_reason, reports, version)
select k.id, t.id, k.circle_id,
       row_number() over (partition by k.method_id, k.circle_id order by k.at, k.id),
       coalesce(a.id, k.author), k.author_name, k.author_tenant, k.body, k.at, null, 0, k.status,
       k.hidden_reason, k.reports, k.version
from koffer_comment k
join conversation t on t.about_kind = 'METHOD' and t.about_id = k.method_id
                   and t.circle_id = k.circle_id
left join account a on a.username = k.author;

insert into conversation_watch (id, account_id, conversation_id, level, chosen)
select min(p.id), p.author_id, p.conversation_id, 'WATCHING', false
from conversation_post p
where p.author_id in (select a.id from account a)
group by p.author_id, p.conversation_id;

drop table koffer_comment;
