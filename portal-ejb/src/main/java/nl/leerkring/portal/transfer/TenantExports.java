package nl.leerkring.portal.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A gemeente's exports: started by its tenant admins or a platform admin, run in the background,
 * followed and fetched by id. Anyone else learns nothing of an export, not even that it exists.
 */
@Stateless
public class TenantExports {

  /** What a caller sees of an export. */
  public record ExportStatus(String id, String status, int progress, boolean ready) {
    static ExportStatus of(TenantExport e) {
      return new ExportStatus(
          e.id(), e.status().name(), e.progress(), e.status() == TenantExport.Status.DONE);
    }
  }

  @PersistenceContext EntityManager em;

  @Inject Tenants tenants;

  @Inject ExportJobs jobs;

  @Inject ExportRunner runner;

  @Inject BlobStore blobs;

  @Inject Audit audit;

  @Inject
  @ConfigProperty(name = "portal.version", defaultValue = "onbekend")
  String portalVersion;

  /**
   * Starts an export of the gemeente; it runs in the background.
   *
   * @throws PortalException {@code FORBIDDEN} for anyone but its tenant admins and platform admins
   */
  public ExportStatus start(Viewer viewer, String slug) {
    TenantView gemeente = tenants.bySlug(slug);
    TenantId tenant = new TenantId(gemeente.id());
    if (!viewer.mayAdminister(tenant)) {
      throw PortalException.forbidden(TransferCode.TENANT_ADMINS_ONLY);
    }
    TenantExport export = jobs.create(tenant, viewer.username());
    // in the platform's audit, not the gemeente's: an export does not change what it exports
    audit.record(viewer, null, "tenant.exported", "tenant:" + tenant.value(), export.id());
    runner.run(export.id(), gemeente, portalVersion);
    return ExportStatus.of(export);
  }

  /** Where the export is; {@code NOT_FOUND} for anyone who may not fetch it. */
  public ExportStatus status(Viewer viewer, String id) {
    return ExportStatus.of(visible(viewer, id));
  }

  /** The finished ZIP; {@code NOT_FOUND} as {@link #status}, {@code CONFLICT} while not done. */
  public Download file(Viewer viewer, String id) {
    TenantExport export = visible(viewer, id);
    if (export.status() != TenantExport.Status.DONE) {
      throw PortalException.conflict(TransferCode.EXPORT_NOT_READY, id, export.status().name());
    }
    return new Download(
        blobs.path(export.file()), export.fileName(), "application/zip", export.size());
  }

  private TenantExport visible(Viewer viewer, String id) {
    TenantExport export = id == null ? null : em.find(TenantExport.class, id);
    if (export == null || !viewer.mayAdminister(export.tenant())) {
      throw PortalException.notFound(TransferCode.EXPORT_NOT_FOUND, id);
    }
    return export;
  }
}
