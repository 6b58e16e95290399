-- F8 signals: a person's language, e-mail changes confirmed by a link, and the mail queue.

-- The language a person reads the portal's mail in: 'nl' (the default) or 'en'.
alter table account add column language varchar(5) default 'nl' not null;

-- A new e-mail address waits here until the link mailed to it is opened. Only the SHA-256 of the
-- link's token is stored; a newer request of the same account replaces an open one.
create table email_confirmation (
  id          varchar(36)   not null primary key,
  account_id  varchar(36)   not null references account (id),
  email       varchar(200)  not null,
  token_hash  varchar(64)   not null unique,
  issued_at   timestamp with time zone not null,
  expires_at  timestamp with time zone not null,
  used_at     timestamp with time zone
);
create index email_confirmation_account on email_confirmation (account_id);

-- Mail waiting to be sent, written in the transaction that caused it, so a crash loses none. The
-- sender marks each one sent in its own transaction. hold_until delays it (immediate notifications
-- wait portal.mail.hold-minutes); dropped_at ends one that is no longer wanted.
create table mail_queue (
  id                 varchar(36)    not null primary key,
  account_id         varchar(36)    references account (id),
  recipient          varchar(200)   not null,
  language           varchar(5)     not null,
  subject            varchar(300)   not null,
  body               varchar(100000) not null,
  -- A notification mail's kind: its one-click unsubscribe link turns this kind off.
  kind               varchar(40),
  -- The secret of its one-click unsubscribe link (it can only ever turn this kind off).
  unsubscribe_token  varchar(64)    unique,
  created_at         timestamp with time zone not null,
  hold_until         timestamp with time zone not null,
  sent_at            timestamp with time zone,
  dropped_at         timestamp with time zone,
  attempts           integer        not null,
  last_error         varchar(1000)
);
create index mail_queue_due on mail_queue (sent_at, dropped_at, hold_until);

-- What a person wants mailed, per kind of notification; a kind without a row follows the default.
create table notification_setting (
  account_id  varchar(36)  not null references account (id),
  kind        varchar(40)  not null,
  delivery    varchar(10)  not null,
  primary key (account_id, kind)
);

-- Signals: a change that others should know about, written in the transaction of the change and
-- fanned out later into one notification per person who may read its subject.
create table signal_queue (
  id              varchar(36)   not null primary key,
  kind            varchar(40)   not null,
  circle_id       varchar(36),
  owner_tenant    varchar(36),
  subject_id      varchar(36)   not null,
  title           varchar(300)  not null,
  link            varchar(500)  not null,
  actor_id        varchar(36),
  account_id      varchar(36),
  due             date,
  created_at      timestamp with time zone not null,
  fanned_out_at   timestamp with time zone
);
create index signal_queue_pending on signal_queue (fanned_out_at, created_at);

-- A person's inbox. One row per person and signal (the unique key makes a repeated fan-out
-- harmless); done_at ends a to-do when its subject is settled, read_at is only that it was seen.
create table notification (
  id          varchar(36)   not null primary key,
  account_id  varchar(36)   not null references account (id),
  signal_id   varchar(36)   not null references signal_queue (id),
  kind        varchar(40)   not null,
  circle_id   varchar(36),
  subject_id  varchar(36)   not null,
  title       varchar(300)  not null,
  link        varchar(500)  not null,
  due         date,
  created_at  timestamp with time zone not null,
  read_at     timestamp with time zone,
  done_at     timestamp with time zone,
  constraint notification_once unique (account_id, signal_id)
);
create index notification_inbox on notification (account_id, created_at);
create index notification_subject on notification (subject_id, kind);

-- An immediate mail about a notification is dropped when the notification is seen before it goes.
alter table mail_queue add column notification_id varchar(36);
create index mail_queue_notification on mail_queue (notification_id);

-- How closely a person follows a circle: WATCHING, NORMAL (no row) or MUTED (no mail).
create table circle_watch (
  account_id  varchar(36)  not null references account (id),
  circle_id   varchar(36)  not null references circle (id),
  level       varchar(10)  not null,
  primary key (account_id, circle_id)
);

-- One row per person and digest period (D2026-12-07, W2026-50), committed with the batch that
-- queued the digest: a run that crashed resumes without mailing anyone twice.
create table digest_sent (
  account_id  varchar(36)  not null references account (id),
  period      varchar(12)  not null,
  sent_at     timestamp with time zone not null,
  primary key (account_id, period)
);
