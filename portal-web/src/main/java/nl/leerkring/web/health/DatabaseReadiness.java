package nl.leerkring.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leerkring.portal.database.SchemaMigrator;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the database is reachable and its schema up to date. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject SchemaMigrator schema;

  @Override
  public HealthCheckResponse call() {
    SchemaMigrator.Status s = schema.status();
    return HealthCheckResponse.named("database")
        .status(s.reachable() && s.migrated())
        .withData("reachable", s.reachable())
        .withData("migrated", s.migrated())
        .withData("schemaVersion", s.version() == null ? "none" : s.version())
        .withData("detail", s.detail())
        .build();
  }
}
