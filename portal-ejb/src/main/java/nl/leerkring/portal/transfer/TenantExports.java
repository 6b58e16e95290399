package nl.leerkring.portal.transfer;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.cluster.Grid;
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

  /**
   * What a caller sees of an export.
   *
   * @param failure why it failed; null unless FAILED
   */
  public record ExportStatus(
      String id,
      String status,
      int progress,
      boolean ready,
      TransferCode failure,
      String requestedBy,
      Instant startedAt,
      Instant finishedAt,
      long size) {
    static ExportStatus of(TenantExport e) {
      return new ExportStatus(
          e.id(),
          e.status().name(),
          e.progress(),
          e.status() == TenantExport.Status.DONE,
          e.failure(),
          e.requestedBy(),
          e.startedAt(),
          e.finishedAt(),
          e.size());
    }
  }

  /** How many of a gemeente's exports {@link #of} lists, at most. */
  static final int LISTED = 20;

  @PersistenceContext EntityManager em;

  @Inject Tenants tenants;

  @Inject ExportJobs jobs;

  @Inject ExportRunner runner;

  @Inject BlobStore blobs;

  @Inject Audit audit;

  @Inject Grid grid;

  @Inject
  @ConfigProperty(name = "portal.version", defaultValue = "onbekend")
  String portalVersion;

  @Inject ExportLimits limits;

  /**
   * Starts an export of the gemeente; it runs in the background. While one of its exports runs
   * (with a recent sign of life), that one is the answer: a second click starts no second export.
   *
   * @throws PortalException {@code FORBIDDEN} for anyone but its tenant admins and platform admins
   */
  public ExportStatus start(Viewer viewer, String slug) {
    TenantView gemeente = gemeente(viewer, slug);
    TenantId tenant = new TenantId(gemeente.id());
    TenantExport running = jobs.running(tenant, limits.silence());
    if (running != null) {
      return ExportStatus.of(running);
    }
    TenantExport export = jobs.create(tenant, viewer.username(), grid.node());
    // in the platform's audit, not the gemeente's: an export does not change what it exports
    audit.record(viewer, null, "tenant.exported", "tenant:" + tenant.value(), export.id());
    runner.run(export.id(), gemeente, portalVersion);
    return ExportStatus.of(export);
  }

  /**
   * The gemeente's latest exports, newest first, for its admins.
   *
   * @throws PortalException {@code FORBIDDEN} as {@link #start}
   */
  public List<ExportStatus> of(Viewer viewer, String slug) {
    TenantView gemeente = gemeente(viewer, slug);
    return jobs.of(new TenantId(gemeente.id()), LISTED).stream().map(ExportStatus::of).toList();
  }

  private TenantView gemeente(Viewer viewer, String slug) {
    TenantView gemeente = tenants.bySlug(slug);
    if (!viewer.mayAdminister(new TenantId(gemeente.id()))) {
      throw PortalException.forbidden(TransferCode.TENANT_ADMINS_ONLY);
    }
    return gemeente;
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
