package nl.leerkring.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leerkring.portal.search.SearchService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when a search index is live; DOWN while the first one is being built. UP or DOWN only: the
 * number of documents and the change-log position move when any gemeente adds a private document,
 * and health is anonymous. Platform admins see them on the admin page and at {@code
 * /api/admin/search/rebuild}.
 */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchService search;

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("search").status(search.status().live()).build();
  }
}
