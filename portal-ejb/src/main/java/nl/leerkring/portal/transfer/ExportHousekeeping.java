package nl.leerkring.portal.transfer;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.tenants.cluster.Grid;
import nl.leerkring.tenants.cluster.OncePerCluster;
import org.eclipse.persistence.config.QueryHints;

/**
 * Keeps the export rows true and few. Every minute, a running export whose node has been silent for
 * {@code portal.exports.stale-minutes} is given up ({@link TenantExport#abandonIfSilent}); at
 * start-up of a node without a cluster every running export is, since no other node can be running
 * it. Every hour, exports finished more than {@code portal.exports.keep-days} ago are removed with
 * their ZIPs. One node of a cluster runs each ({@link OncePerCluster}).
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ExportHousekeeping {

  private static final Logger LOG = Logger.getLogger(ExportHousekeeping.class.getName());

  @PersistenceContext EntityManager em;

  @Inject ExportJobs jobs;

  @Inject BlobStore blobs;

  @Inject OncePerCluster once;

  @Inject Grid grid;

  @Inject ExportLimits limits;

  @PostConstruct
  void afterStart() {
    if (!grid.clustered()) {
      try {
        report(jobs.abandonSilent(Duration.ZERO));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not give up the exports of the last run", e);
      }
    }
  }

  @Schedule(hour = "*", minute = "*", persistent = false)
  public void watch() {
    if (once.claim("export-watch", Duration.ofMinutes(1))) {
      report(jobs.abandonSilent(limits.silence()));
    }
  }

  @Schedule(hour = "*", minute = "23", persistent = false)
  public void purge() {
    if (once.claim("export-purge", Duration.ofHours(1))) {
      purge(limits.keep());
    }
  }

  /** Removes exports finished at least {@code keep} ago, and their ZIPs; answers how many. */
  int purge(Duration keep) {
    var zips = jobs.purge(keep);
    int deleted = 0;
    for (BlobId zip : zips) {
      // content-addressed: the same bytes may also be a document's file or another export's ZIP
      if (!referenced(zip) && blobs.delete(zip)) {
        deleted++;
      }
    }
    int files = deleted;
    if (!zips.isEmpty()) {
      LOG.info(() -> "Purged old exports; removed " + files + " of their ZIPs.");
    }
    return deleted;
  }

  private boolean referenced(BlobId blob) {
    Object found =
        em.createNativeQuery(
                "select count(*) from ("
                    + "select id from document_file where blob_sha256 = ?1 or text_sha256 = ?1"
                    + " union all select id from tenant_export where file_sha256 = ?1) r")
            .setParameter(1, blob.sha256())
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getSingleResult();
    return ((Number) found).longValue() > 0;
  }

  private static void report(int given) {
    if (given > 0) {
      LOG.warning(() -> "Gave up " + given + " export(s) whose node stopped giving signs of life.");
    }
  }
}
