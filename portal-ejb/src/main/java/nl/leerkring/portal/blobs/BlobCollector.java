package nl.leerkring.portal.blobs;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import nl.leerkring.tenants.cluster.OncePerCluster;
import org.eclipse.persistence.config.QueryHints;

/**
 * Removes blobs that no row refers to, once an hour. Only blobs older than a day are considered, so
 * an upload whose row is still being written is never collected. One node of a cluster runs it
 * ({@link OncePerCluster}): they share the blob store.
 *
 * <p>It reads the blob names of every tenant's files with one native query: maintenance that learns
 * only content hashes, never content, and exposes nothing.
 */
@Singleton
public class BlobCollector {

  private static final Logger LOG = Logger.getLogger(BlobCollector.class.getName());
  static final Duration GRACE = Duration.ofDays(1);

  @PersistenceContext EntityManager em;

  @Inject BlobStore blobs;

  @Inject OncePerCluster once;

  @Schedule(hour = "*", minute = "17", persistent = false)
  public void collect() {
    if (!once.claim("blob-collection", Duration.ofHours(1))) {
      return;
    }
    Set<BlobId> referenced = new HashSet<>();
    @SuppressWarnings("unchecked")
    List<Object> names =
        em.createNativeQuery(
                "select blob_sha256 from document_file union select text_sha256 from document_file"
                    // a gemeente's export ZIPs stay while their export row does
                    + " union select file_sha256 from tenant_export where file_sha256 is not null")
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    for (Object name : names) {
      referenced.add(new BlobId(String.valueOf(name).strip()));
    }
    int deleted = blobs.collectOrphans(referenced, GRACE);
    if (deleted > 0) {
      LOG.info(() -> "Removed " + deleted + " unreferenced blobs.");
    }
  }
}
