-- F10: a password change, a role change or a deactivation ends the account's earlier tokens and
-- sessions. Each carries the credential version it was issued under; the account's current one is
-- raised by every such change. Deactivated accounts stay (the audit log and members refer to them).
alter table account add column credential_version bigint default 0 not null;
alter table account add column active boolean default true not null;
