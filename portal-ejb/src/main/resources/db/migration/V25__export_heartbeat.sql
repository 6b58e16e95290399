-- F11: an export whose node dies must not stay RUNNING for ever. The node running it writes a heartbeat while it
-- works; a RUNNING export whose heartbeat is older than portal.exports.stale-minutes is failed with a reason, so its
-- admins can start another. Finished exports are purged after portal.exports.keep-days (ExportHousekeeping).
alter table tenant_export add column node varchar(100);
alter table tenant_export add column heartbeat_at timestamp with time zone;
alter table tenant_export add column failure varchar(40);
create index tenant_export_status on tenant_export (status, heartbeat_at);
