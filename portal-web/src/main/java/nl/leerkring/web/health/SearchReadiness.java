package nl.leerkring.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.leerkring.portal.search.IndexStatus;
import nl.leerkring.portal.search.SearchService;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when a search index is live; DOWN while the first one is being built. */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

  @Inject SearchService search;

  @Override
  public HealthCheckResponse call() {
    IndexStatus s = search.status();
    return HealthCheckResponse.named("search")
        .status(s.live())
        .withData("documents", s.documents())
        .withData("changeLogPosition", s.position())
        .withData("rebuild", s.rebuild().state() + " " + s.rebuild().percent() + "%")
        .withData("failure", s.failure() == null ? "none" : s.failure())
        .build();
  }
}
