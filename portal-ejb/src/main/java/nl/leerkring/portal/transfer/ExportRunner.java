package nl.leerkring.portal.transfer;

import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
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
 * export done, or failed with the reason in the log.
 */
@Stateless
public class ExportRunner {

  private static final Logger LOG = Logger.getLogger(ExportRunner.class.getName());

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
      AtomicInteger told = new AtomicInteger();
      try (Connection connection = dataSource.getConnection();
          OutputStream out = Files.newOutputStream(zip)) {
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try {
          new ExportWriter(connection, blobs)
              .write(
                  gemeente,
                  contributions.tables(),
                  portalVersion,
                  Instant.now(),
                  out,
                  p -> {
                    if (p - told.get() >= 5) {
                      told.set(p);
                      jobs.progress(exportId, p);
                    }
                  });
        } finally {
          connection.rollback();
          connection.setAutoCommit(true);
        }
      }
      StoredBlob stored;
      try (InputStream in = Files.newInputStream(zip)) {
        stored = blobs.store(in, Long.MAX_VALUE);
      }
      jobs.done(exportId, stored, fileName(gemeente));
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

  static String fileName(TenantView gemeente) {
    return "export-" + gemeente.slug() + "-" + java.time.LocalDate.now() + ".zip";
  }
}
