package nl.leerkring.tenants.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

/**
 * Decides which node runs a piece of scheduled work, so that it runs once per cluster although
 * every node's timer fires. Use it first thing in a {@code @Schedule} method:
 *
 * <pre>{@code
 * @Schedule(hour = "*", minute = "17", persistent = false)
 * public void collect() {
 *   if (!once.claim("blob-collection", Duration.ofHours(1))) return;
 *   ...
 * }
 * }</pre>
 *
 * The period is how often the work is due: the first node to claim the task within a period (the
 * period's slot counted from the epoch, UTC) runs it, the others skip it. Nodes whose clocks differ
 * by less than the schedule's distance from a slot's edge (17 minutes above) agree on the slot. A
 * node that dies after claiming leaves that run undone; the next period runs it again, so use it
 * for work that catches up (purges, collections, digests that remember what they sent). Without a
 * cluster every claim succeeds.
 *
 * <p>NOTE: thread-safe; the claims are a grid map whose entries expire after two periods.
 */
@ApplicationScoped
public class OncePerCluster {

  static final String MAP = "leerkring.scheduled-runs";

  @Inject Grid grid;

  Clock clock = Clock.systemUTC();

  /** Whether this node runs {@code task} for the current slot of {@code period}. */
  public boolean claim(String task, Duration period) {
    if (!grid.clustered()) {
      return true;
    }
    ConcurrentMap<String, String> claims = grid.map(MAP, Duration.ofDays(2));
    return claim(claims, task, period, grid.node());
  }

  boolean claim(ConcurrentMap<String, String> claims, String task, Duration period, String node) {
    String key = task + "@" + slot(period);
    String winner = claims.putIfAbsent(key, node);
    return winner == null || winner.equals(node);
  }

  /** The number of the period that holds now, counted from the epoch. */
  long slot(Duration period) {
    return clock.millis() / period.toMillis();
  }
}
