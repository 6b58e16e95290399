-- F8 saved searches: a search page (query and filters) a person saved to be told of new material.
-- filters holds the page's own filter parameters, URL-encoded (type=nota&gemeente=duiven), so the
-- search can be opened again exactly as it was saved. checked_at is null until the first check,
-- which takes what the search finds then as known (saving it does not alert about old material).
create table saved_search (
  id          varchar(36)    not null primary key,
  account_id  varchar(36)    not null references account (id),
  name        varchar(200)   not null,
  query       varchar(1000)  not null,
  filters     varchar(2000)  not null,
  created_at  timestamp with time zone not null,
  checked_at  timestamp with time zone,
  matched_at  timestamp with time zone
);
create index saved_search_account on saved_search (account_id, created_at);

-- What a saved search has already found (and told of): a new match is a hit without a row here.
create table saved_search_hit (
  saved_search_id  varchar(36)  not null references saved_search (id) on delete cascade,
  item_id          varchar(64)  not null,
  primary key (saved_search_id, item_id)
);
