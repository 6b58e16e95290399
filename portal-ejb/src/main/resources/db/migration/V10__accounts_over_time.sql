-- F9: people over time. Accounts get an e-mail address of their own (reset links will be mailed to
-- it); members' contact addresses are its first value. Platform admins and tenant admins issue
-- one-time password-reset links: only the SHA-256 of a link's token is stored.
alter table account add column email varchar(200);
update account set email = (select max(m.email) from tenant_member m where m.account_id = account.id);

create table password_reset (
  id varchar(36) not null primary key,
  account_id varchar(36) not null references account (id),
  token_hash varchar(64) not null unique,
  issued_by varchar(100) not null,
  issued_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone
);
create index password_reset_account on password_reset (account_id);
