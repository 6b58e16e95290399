package nl.leerkring.tenants.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.tenants.cluster.Grid;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@link Viewer} of recently seen usernames, so that a request does not look its account and
 * circles up again. Looking them up cost about a quarter of a search request's time. Each entry
 * also holds the account's credential version as the database had it: a token or session issued
 * under another version is refused (it ended with a password, role or circle change or a
 * deactivation).
 *
 * <p>On this node, a change to any account or circle ({@link ViewerChanges}) forgets every entry
 * twice: when it is flushed, and again when its transaction has ended. A lookup that reads the
 * database between the two stores its answer under the old generation, so it is never served. On
 * the other nodes of a cluster a change takes effect after at most {@code
 * portal.viewer-cache.seconds} (default 2): that is the longest an ended token or session can still
 * be used there. A credential newer than the entry (issued on another node after a change) makes
 * the entry be looked up again at once. 0 turns the cache off: every request then compares with the
 * database.
 */
@ApplicationScoped
public class ViewerCache {

  private static final Logger LOG = Logger.getLogger(ViewerCache.class.getName());

  /** Beyond this many usernames the cache starts again from empty rather than grow. */
  static final int MAX_ENTRIES = 10_000;

  private record Entry(SignedIn signedIn, long generation, long loadedAt) {}

  @Inject
  @ConfigProperty(name = "portal.viewer-cache.seconds", defaultValue = "2")
  int seconds;

  /** The topic on which a node tells the others that an account or circle changed. */
  static final String TOPIC = "leerkring.viewer-changes";

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Grid grid;

  private Runnable unsubscribe = () -> {};

  LongSupplier clock = System::nanoTime;

  private final AtomicLong generation = new AtomicLong();
  private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

  @PostConstruct
  void listen() {
    if (grid != null) {
      unsubscribe = grid.subscribe(TOPIC, node -> forget());
    }
  }

  @PreDestroy
  void stopListening() {
    unsubscribe.run();
  }

  /**
   * The viewer of a username for a token or session issued under {@code credentialVersion}; empty
   * when that credential has ended. The account is remembered if it was looked up under the current
   * generation within the last {@code portal.viewer-cache.seconds} and is not older than the
   * credential, else it comes from {@code lookUp}. A lookup that throws (an account that is gone or
   * deactivated) is not remembered.
   */
  public Optional<Viewer> viewerOf(
      String username, long credentialVersion, Function<String, SignedIn> lookUp) {
    long now = clock.getAsLong();
    long current = generation.get(); // read before the lookup: see the class comment
    Entry entry = entries.get(username);
    SignedIn known;
    if (entry != null
        && entry.generation() == current
        && now - entry.loadedAt() < TimeUnit.SECONDS.toNanos(seconds)
        && entry.signedIn().credentialVersion() >= credentialVersion) {
      known = entry.signedIn();
    } else {
      known = lookUp.apply(username);
      if (seconds > 0) {
        if (entries.size() >= MAX_ENTRIES) {
          entries.clear();
        }
        entries.put(username, new Entry(known, current, now));
      }
    }
    return known.credentialVersion() == credentialVersion
        ? Optional.of(known.viewer())
        : Optional.empty();
  }

  /**
   * An account or circle is being changed: forget every viewer now, and again when the change's
   * transaction has ended (committed or not); then tell the other nodes.
   */
  void changed() {
    forget();
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      announce();
    } else {
      try {
        transactions.registerInterposedSynchronization(
            new Synchronization() {
              @Override
              public void beforeCompletion() {}

              @Override
              public void afterCompletion(int status) {
                forget();
                announce();
              }
            });
      } catch (IllegalStateException completing) {
        // Flushed while the transaction is already completing: the commit must not fail for a
        // cache. A lookup racing this commit may then keep the old viewer, for at most the TTL.
        LOG.fine("Viewer cache: no after-commit callback; entries expire by time");
      }
    }
  }

  private void announce() {
    if (grid != null) {
      try {
        grid.publish(TOPIC, grid.node());
      } catch (RuntimeException lost) {
        // The change is committed; the other nodes notice within the time limit.
        LOG.log(Level.WARNING, "Viewer cache: change not announced", lost);
      }
    }
  }

  private void forget() {
    generation.incrementAndGet();
    entries.clear();
  }
}
