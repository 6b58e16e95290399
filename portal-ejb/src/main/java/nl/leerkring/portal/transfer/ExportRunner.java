package nl.leerkring.portal.transfer;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.portal.database.SchemaMigrator;
import nl.leerkring.tenants.directory.TenantView;

/**
 * Runs an export in the background (the container's asynchronous EJB executor): reads the
 * gemeente's rows in one repeatable-read transaction, so the ZIP is one consistent moment, writes
 * it to a temporary file, keeps it in the blob store (shared by a cluster's nodes) and marks the
 * export done, or failed (the cause in the log). While it works it beats a heartbeat on the row.
 */
@Stateless
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

  /** How often a working export tells it is alive, at least (far below the stale limit). */
  static final Duration BEAT = Duration.ofSeconds(15);

  @Resource(lookup = SchemaMigrator.DATASOURCE)
  DataSource dataSource;

  @Inject BlobStore blobs;

  @Inject ExportJobs jobs;

  @Inject Contributions contributions;

  @Asynchronous
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void run(String exportId, TenantView gemeente, String portalVersion) {
    Path zip = null;
    try {
      zip = Files.createTempFile("leerkring-export-", ".zip");
      Heartbeat beat = new Heartbeat(exportId);
      try (Connection connection = dataSource.getConnection();
          OutputStream out = new BufferedOutputStream(Files.newOutputStream(zip), 1 << 20)) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
          new ExportWriter(connection, blobs)
              .write(gemeente, contributions.tables(), portalVersion, Instant.now(), out, beat);
        } finally {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      }
      beat.accept(99);
      StoredBlob stored;
      try (InputStream in = Files.newInputStream(zip)) {
        stored = blobs.store(in, Long.MAX_VALUE);
      }
      if (!jobs.done(exportId, stored, fileName(gemeente))) {
        LOG.warning(() -> "Export " + exportId + " finished after it was given up; not kept.");
      }
    } catch (Exception | LinkageError e) {
      LOG.log(Level.WARNING, e, () -> "Export " + exportId + " of " + gemeente.slug() + " failed");
      jobs.failed(exportId);
    } finally {
      if (zip != null) {
        try {
          Files.deleteIfExists(zip);
        } catch (java.io.IOException e) {
          LOG.fine(() -> "Temporary export file stays: " + e);
        }
      }
    }
  }

  /**
   * Tells the export's progress to its row when it moved on 5 points, or at least every {@link
   * #BEAT} while it works: that write is the heartbeat that keeps the export from being given up.
   */
  private final class Heartbeat implements IntConsumer {
    private final String exportId;
    private int told;
    private long toldAt = System.nanoTime();

    Heartbeat(String exportId) {
      this.exportId = exportId;
    }

    @Override
    public void accept(int percent) {
      long now = System.nanoTime();
      if (percent - told >= 5 || now - toldAt >= BEAT.toNanos()) {
        told = percent;
        toldAt = now;
        jobs.progress(exportId, percent);
      }
    }
  }

  static String fileName(TenantView gemeente) {
    return "export-" + gemeente.slug() + "-" + java.time.LocalDate.now() + ".zip";
  }
}
