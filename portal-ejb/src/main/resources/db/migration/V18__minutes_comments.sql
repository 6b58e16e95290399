-- F7: comments of the attendees on a meeting's minutes while they are open (see meetings.Meeting).
create table meeting_minutes_comment (
  id               varchar(36)   not null primary key,
  meeting_id       varchar(36)   not null references meeting (id),
  account_id       varchar(36)   not null references account (id),
  name             varchar(200)  not null,
  -- the version of the minutes the comment was written on
  minutes_version  integer       not null,
  text             varchar(4000) not null,
  written_at       timestamp with time zone not null
);
create index meeting_minutes_comment_meeting on meeting_minutes_comment (meeting_id, written_at);
