package nl.leerkring.portal.signals;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.tenants.cluster.OncePerCluster;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks every saved search every {@code portal.saved-searches.check-seconds} (default 300), after
 * the index has applied every committed change ({@link SearchService#catchUp}), each search in its
 * own transaction ({@link SavedSearches#check}). One node of a cluster runs it ({@link
 * OncePerCluster}).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SavedSearchJob {

  private static final Logger LOG = Logger.getLogger(SavedSearchJob.class.getName());

  @Inject OncePerCluster once;

  @Inject SavedSearches savedSearches;

  @Inject SearchService search;

  @Inject
  @ConfigProperty(name = "portal.saved-searches.check-seconds", defaultValue = "300")
  int everySeconds;

  private Instant lastRun = Instant.EPOCH;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  public void check() {
    Instant now = Instant.now();
    if (now.isBefore(lastRun.plusSeconds(everySeconds))
        || !once.claim("saved-searches", Duration.ofSeconds(everySeconds))) {
      return; // not yet, or another node of the cluster has this run
    }
    lastRun = now;
    run(search, savedSearches);
  }

  /** Catches the index up, then checks every saved search; returns how many new hits. */
  static int run(SearchService search, SavedSearches savedSearches) {
    search.catchUp();
    int found = 0;
    for (String id : savedSearches.ids()) {
      try {
        found += savedSearches.check(id);
      } catch (RuntimeException e) {
        // Checked again at the next run; the others go on.
        LOG.log(Level.WARNING, "Saved search " + id + " not checked", e);
      }
    }
    return found;
  }
}
