package nl.leerkring.portal.transfer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * The export rows, each change committed at once (its own transaction): a status question from any
 * node sees the progress while the export runs.
 *
 * <p>{@link TenantExport} is a platform row about a gemeente, not the gemeente's own data (a
 * platform admin exports any gemeente, and the row outlives an import elsewhere), so it is not
 * tenant-owned; its {@code tenantId} names the gemeente exported. Who may see an export is decided
 * by the boundary ({@code TenantExports}: the gemeente's admins and platform admins, 404 for
 * everyone else).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportJobs {

  @PersistenceContext EntityManager em;

  public TenantExport create(TenantId tenant, String requestedBy, String node) {
    TenantExport export = new TenantExport(tenant, requestedBy, node, Instant.now());
    em.persist(export);
    return export;
  }

  /** The gemeente's export that runs with a recent sign of life, if any. */
  public TenantExport running(TenantId tenant, Duration silence) {
    Instant now = Instant.now();
    return em.createQuery(
            "select e from TenantExport e where e.tenantId = :tenant and e.status = :running"
                + " order by e.startedAt desc",
            TenantExport.class)
        .setParameter("tenant", tenant.value())
        .setParameter("running", TenantExport.Status.RUNNING)
        .getResultStream()
        .filter(e -> e.alive(now, silence))
        .findFirst()
        .orElse(null);
  }

  /** The gemeente's exports, newest first. */
  public List<TenantExport> of(TenantId tenant, int max) {
    return em.createQuery(
            "select e from TenantExport e where e.tenantId = :tenant order by e.startedAt desc",
            TenantExport.class)
        .setParameter("tenant", tenant.value())
        .setMaxResults(max)
        .getResultList();
  }

  /** Tells how far it is; also the heartbeat that keeps it from being given up. */
  public void progress(String id, int percent) {
    TenantExport export = em.find(TenantExport.class, id);
    if (export != null) {
      export.advance(percent, Instant.now());
    }
  }

  /** Whether the export took its ZIP (false: it was given up meanwhile). */
  public boolean done(String id, StoredBlob file, String name) {
    TenantExport export = em.find(TenantExport.class, id);
    return export != null && export.finish(file.id(), name, file.size(), Instant.now());
  }

  public void failed(String id) {
    TenantExport export = em.find(TenantExport.class, id);
    if (export != null) {
      export.fail(Instant.now(), TransferCode.EXPORT_FAILED);
    }
  }

  /**
   * Gives up running exports silent for longer than {@code silence} (zero: every running export,
   * when this node just started and is the only one).
   *
   * @return how many were given up
   */
  public int abandonSilent(Duration silence) {
    Instant now = Instant.now();
    int given = 0;
    for (TenantExport e :
        em.createQuery("select e from TenantExport e where e.status = :running", TenantExport.class)
            .setParameter("running", TenantExport.Status.RUNNING)
            .getResultList()) {
      if (e.abandonIfSilent(now, silence)) {
        given++;
      }
    }
    return given;
  }

  /**
   * Removes the rows of exports finished at least {@code keep} ago.
   *
   * @return the ZIPs they held, to delete once no row refers to them
   */
  public List<BlobId> purge(Duration keep) {
    Instant now = Instant.now();
    List<TenantExport> expired =
        em.createQuery(
                "select e from TenantExport e where e.finishedAt <= :before", TenantExport.class)
            .setParameter("before", now.minus(keep))
            .getResultStream()
            .filter(e -> e.expired(now, keep))
            .toList();
    expired.forEach(em::remove);
    return expired.stream().map(TenantExport::file).filter(f -> f != null).distinct().toList();
  }
}
