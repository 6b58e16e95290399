/**
 * A gemeente's data in and out (F11): the export of everything it owns as one ZIP, and the import
 * of such a ZIP as a new gemeente. {@link nl.leerkring.portal.transfer.TenantExports} starts,
 * follows and serves exports; {@link nl.leerkring.portal.transfer.TenantImports} imports one.
 *
 * <p>What belongs to a gemeente comes from the components: each {@link
 * nl.leerkring.tenants.tenancy.WorkspaceContributor} lists its tables as {@link
 * nl.leerkring.tenants.tenancy.WorkspaceTable}s, with the condition that selects the gemeente's
 * rows. This package knows no component's tables.
 *
 * <p>Decisions: rows are read and written with JDBC, table by table, because an export is whole
 * tables by one condition and an import is new rows under new ids; JPA would load every entity and
 * its relations for nothing, and an import must not run the entities' rules for "new" (a document
 * imported keeps its history). The export reads in one repeatable-read transaction (one moment);
 * the import writes in the caller's JTA transaction through EclipseLink's own connection, so the
 * gemeente's row, its rows and the change log commit together, and the blobs it added are removed
 * when that transaction does not commit. The ZIP is checked whole (manifest, format version, every
 * checksum, nothing unlisted, counts) before anything is written. What the gemeente wrote in
 * circles comes back as its record ({@code tenant_record}), not into the circles: the new gemeente
 * is in none, and a circle's shared history must not grow copies.
 *
 * <p>Tenant isolation here is not EclipseLink's multitenancy (which guards entity queries): JDBC
 * reads see every row, so the only tenant conditions are the ones each contributor declares on its
 * {@code WorkspaceTable} ({@code tenant_id = ?} and the like), always bound to the gemeente's id as
 * a parameter, never written with a value. They are tested where they are used: every contributor's
 * condition runs, and an export of one gemeente is byte for byte the same whether or not another
 * has data ({@code TenantTransferTest}).
 *
 * <p>An export's row is the truth about it on every node: the node running it beats a heartbeat on
 * it ({@link nl.leerkring.portal.transfer.ExportRunner#BEAT}), a running export silent for longer
 * than {@link nl.leerkring.portal.transfer.ExportLimits#silence} is given up as abandoned, and
 * finished exports are purged with their ZIPs after {@link
 * nl.leerkring.portal.transfer.ExportLimits#keep} ({@link
 * nl.leerkring.portal.transfer.ExportHousekeeping}, once per cluster). A start while one of the
 * gemeente's exports runs answers that export.
 *
 * <p>Out of scope: merging an export into an existing gemeente, and exports of a circle.
 */
package nl.leerkring.portal.transfer;
