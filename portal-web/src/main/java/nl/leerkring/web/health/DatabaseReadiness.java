package nl.leerkring.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import nl.leerkring.portal.database.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the database is reachable and its schema up to date. The answer is UP or DOWN only:
 * health is anonymous, and the reason for DOWN is written to the log for the operator.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

  @Inject SchemaMigrator schema;

  @Override
  public HealthCheckResponse call() {
    SchemaMigrator.Status s = schema.status();
    boolean up = s.reachable() && s.migrated();
    if (!up) {
      LOG.warning("Database not ready: " + s.detail());
    }
    return HealthCheckResponse.named("database").status(up).build();
  }
}
