package nl.leerkring.tenants.accounts;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Logger;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link Viewer} of recently seen usernames, so that a request does not look its account and
 * circles up again. Looking them up cost about a quarter of a search request's time.
 *
 * <p>On this node, a change to any account or circle ({@link ViewerChanges}) forgets every entry
 * twice: when it is flushed, and again when its transaction has ended. A lookup that reads the
 * database between the two stores its answer under the old generation, so it is never served. On
 * the other nodes of a cluster a change takes effect after at most {@code
 * portal.viewer-cache.seconds}; 0 turns the cache off.
 */
@ApplicationScoped
public class ViewerCache {

  private static final Logger LOG = Logger.getLogger(ViewerCache.class.getName());

  /** Beyond this many usernames the cache starts again from empty rather than grow. */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(Viewer viewer, long generation, long loadedAt) {}

  @Inject
  @ConfigProperty(name = "portal.viewer-cache.seconds", defaultValue = "2")
  int seconds;

  @Resource TransactionSynchronizationRegistry transactions;

  LongSupplier clock = System::nanoTime;

  private final AtomicLong generation = new AtomicLong();
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  /**
   * The viewer of a username: remembered if it was looked up under the current generation within
   * the last {@code portal.viewer-cache.seconds}, else from {@code lookUp}. A lookup that throws
   * (an account that is gone) is not remembered.
   */
  public Viewer viewerOf(String username, Function<String, Viewer> lookUp) {
    long now = clock.getAsLong();
    long current = generation.get(); // read before the lookup: see the class comment
    Entry entry = entries.get(username);
    if (entry != null
        && entry.generation() == current
        && now - entry.loadedAt() < TimeUnit.SECONDS.toNanos(seconds)) {
      return entry.viewer();
    }
    Viewer viewer = lookUp.apply(username);
    if (seconds > 0) {
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
      entries.put(username, new Entry(viewer, current, now));
    }
    return viewer;
  }

  /**
   * An account or circle is being changed: forget every viewer now, and again when the change's
   * transaction has ended (committed or not).
   */
  void changed() {
    forget();
    if (transactions != null && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
      try {
        transactions.registerInterposedSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                forget();
              }
            });
      } catch (IllegalStateException completing) {
        // Flushed while the transaction is already completing: the commit must not fail for a
        // cache. A lookup racing this commit may then keep the old viewer, for at most the TTL.
        LOG.fine("Viewer cache: no after-commit callback; entries expire by time");
      }
    }
  }

  private void forget() {
    generation.incrementAndGet();
    entries.clear();
  }
}
