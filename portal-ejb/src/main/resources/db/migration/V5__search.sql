-- F3: the index reads a changed workspace item in its own tenant, so the change log says which tenant.
-- Null for items outside any workspace (publications).
alter table change_log add column tenant_id varchar(36);
