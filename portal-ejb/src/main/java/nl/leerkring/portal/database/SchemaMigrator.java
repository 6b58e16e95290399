package nl.leerkring.portal.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Declares the portal's datasource and brings its schema up to date before anything else starts. If
 * the migration fails the portal keeps running but reports DOWN on readiness, with the reason in
 * the log.
 */
@DataSourceDefinition(
    name = SchemaMigrator.DATASOURCE,
    className = "nl.leerkring.portal.database.PortalDataSource",
    minPoolSize = 1,
    maxPoolSize = 30,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=meta-data",
      "fish.payara.fail-all-connections=true"
    })
@Singleton
@Startup
@Lock(LockType.READ)
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigrator {

  public static final String DATASOURCE = "java:app/jdbc/portal";

  private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

  @Resource(lookup = DATASOURCE)
  DataSource dataSource;

  private volatile String failure;

  /** What readiness reports about the database. */
  public record Status(boolean reachable, boolean migrated, String version, String detail) {}

  @PostConstruct
  void migrate() {
    try {
      Flyway flyway = flyway();
      MigrateResult result = flyway.migrate();
      MigrationInfo current = flyway.info().current();
      LOG.info(
          () ->
              "Database "
                  + new PortalDataSource().settings().safeUrl()
                  + " at schema version "
                  + (current == null ? "none" : current.getVersion())
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
    } catch (RuntimeException e) {
      failure = e.getMessage();
      LOG.log(Level.SEVERE, "Database migration failed; the portal is not ready.", e);
    }
  }

  public Status status() {
    try (Connection c = dataSource.getConnection()) {
      if (!c.isValid(2)) {
        return new Status(false, false, null, "The database does not answer.");
      }
    } catch (SQLException e) {
      return new Status(false, false, null, "The database is unreachable: " + e.getMessage());
    }
    if (failure != null) {
      return new Status(true, false, null, "Migration failed: " + failure);
    }
    var info = flyway().info();
    MigrationInfo current = info.current();
    String version = current == null ? null : current.getVersion().getVersion();
    int pending = info.pending().length;
    return new Status(
        true,
        pending == 0 && current != null,
        version,
        pending == 0 ? "Schema at version " + version : pending + " migrations pending");
  }

  private Flyway flyway() {
    return Flyway.configure(SchemaMigrator.class.getClassLoader())
        .dataSource(dataSource)
        .locations("classpath:db/migration")
        .failOnMissingLocations(true)
        .load();
  }
}
