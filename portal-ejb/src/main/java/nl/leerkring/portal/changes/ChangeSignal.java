package nl.leerkring.portal.changes;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.tenants.cluster.Grid;

/**
 * Tells followers that the change log grew, so they read it now instead of at their next poll: once
 * per committed transaction that wrote an entry, on this node directly and on the other nodes
 * through the cluster's topic. Only a hint: it carries no entries, and a follower that misses it (a
 * lost message, a node that was busy) still finds the entries at its next poll.
 *
 * <p>NOTE: thread-safe. Listeners are called on the committing thread or on one of Hazelcast's, so
 * they must only hand the work on.
 */
@ApplicationScoped
public class ChangeSignal {

  private static final Logger LOG = Logger.getLogger(ChangeSignal.class.getName());

  /** The topic on which a node tells the others that its transaction added to the change log. */
  static final String TOPIC = "leerkring.change-log";

  /** Marks a transaction whose commit is already announced. */
  private static final Object ANNOUNCED = ChangeSignal.class.getName() + ".announced";

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject Grid grid;

  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
  private final List<Runnable> subscriptions = new CopyOnWriteArrayList<>();

  /**
   * Calls {@code wake} whenever a transaction that wrote to the change log has committed, here or
   * on another node. Returns what stops it.
   */
  public Runnable listen(Runnable wake) {
    listeners.add(wake);
    Runnable remote = grid == null ? () -> {} : grid.subscribe(TOPIC, node -> wake.run());
    subscriptions.add(remote);
    return () -> {
      listeners.remove(wake);
      subscriptions.remove(remote);
      remote.run();
    };
  }

  @PreDestroy
  void stop() {
    subscriptions.forEach(Runnable::run);
  }

  /** The current transaction wrote an entry: announce it once, after it commits. */
  void written() {
    if (transactions == null || transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      return; // no transaction of ours to wait for: the pollers find it
    }
    if (transactions.getResource(ANNOUNCED) != null) {
      return;
    }
    try {
      transactions.putResource(ANNOUNCED, Boolean.TRUE);
      transactions.registerInterposedSynchronization(new OnCommit(this::committed));
    } catch (IllegalStateException completing) {
      LOG.fine("Change signal: the transaction is completing; the pollers find its entries");
    }
  }

  /** Runs its work after the transaction committed; nothing after a rollback. */
  private record OnCommit(Runnable work) implements Synchronization {
    @Override
    public void beforeCompletion() {}

    @Override
    public void afterCompletion(int status) {
      if (status == Status.STATUS_COMMITTED) {
        work.run();
      }
    }
  }

  /** Wakes the followers of this node and of the others. */
  void committed() {
    for (Runnable listener : listeners) {
      try {
        listener.run();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Change signal: a listener failed", e);
      }
    }
    if (grid != null) {
      try {
        grid.publish(TOPIC, grid.node());
      } catch (RuntimeException lost) {
        // Committed all the same; the other nodes find the entries at their next poll.
        LOG.log(Level.WARNING, "Change signal: not announced to the cluster", lost);
      }
    }
  }
}
