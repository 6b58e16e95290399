package nl.leerkring.portal.transfer;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Passwords;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.DirectoryCode;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.tenants.tenancy.WorkspaceTable;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Imports a gemeente's export as a new gemeente, for platform admins: the slug must be free and the
 * ZIP whole (checked before anything is written); then the gemeente, its rows and its blobs are
 * written in one transaction, and the index follows its documents through the change log.
 */
@Stateless
public class TenantImports {

  /** What an import made: the new gemeente's slug and the rows per kind. */
  public record Imported(String slug, Map<String, Integer> counts) {}

  @PersistenceContext EntityManager em;

  @Inject Tenants tenants;

  @Inject Contributions contributions;

  @Inject BlobStore blobs;

  @Inject ChangeLog changes;

  @Inject Passwords passwords;

  @Inject Audit audit;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject
  @ConfigProperty(name = "portal.import.max-bytes", defaultValue = "4294967296")
  long maxBytes;

  /**
   * Imports the ZIP at {@code zip} as the new gemeente {@code slug}.
   *
   * @throws PortalException {@code FORBIDDEN} for anyone but platform admins; {@code INVALID} with
   *     a {@link TransferCode} for a ZIP that is not a whole export of this format
   * @throws TenantsException {@code CONFLICT} when the slug or CBS code is taken
   */
  public Imported importTenant(Viewer viewer, Path zip, String slug, String name, String cbsCode) {
    if (!viewer.isPlatformAdmin()) {
      throw PortalException.forbidden(TransferCode.PLATFORM_ADMINS_ONLY);
    }
    if (tenants.all().stream().anyMatch(t -> t.slug().equals(slug))) {
      throw TenantsException.conflict(DirectoryCode.TENANT_SLUG_TAKEN, slug);
    }
    if (zip == null) {
      throw PortalException.invalidField("file", TransferCode.FILE_REQUIRED);
    }
    var tables = contributions.tables();
    Set<String> kinds = tables.stream().map(WorkspaceTable::kind).collect(Collectors.toSet());
    try (ExportArchive archive = ExportArchive.open(zip, kinds, maxBytes)) {
      TenantView gemeente = tenants.register(viewer, slug, name, cbsCode);
      em.flush(); // the new tenant's row, before the rows that point at it
      Set<BlobId> added = new LinkedHashSet<>();
      removeOnRollback(added);
      WorkspaceLoader.Loaded loaded =
          new WorkspaceLoader(em.unwrap(Connection.class), blobs, added)
              .load(
                  archive,
                  tables,
                  gemeente.id(),
                  slug,
                  Map.of("password_hash", passwords.hash(Passwords.generate())));
      loaded.indexed().forEach(i -> changes.upserted(i.entity(), i.id(), gemeente.id()));
      // in the platform's audit, as the registration: the gemeente's own part is what it brought
      audit.record(
          viewer,
          null,
          "tenant.imported",
          "tenant:" + gemeente.id(),
          archive.manifest().gemeente().slug() + " " + archive.manifest().createdAt());
      return new Imported(slug, loaded.counts());
    } catch (SQLException e) {
      throw new IllegalStateException("The import of " + slug + " could not be written", e);
    }
  }

  /** Blobs the import added go again when its transaction does not commit. */
  private void removeOnRollback(Set<BlobId> added) {
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status != Status.STATUS_COMMITTED && !added.isEmpty()) {
              blobs.collectOrphans(id -> !added.contains(id), Duration.ZERO);
            }
          }
        });
  }
}
