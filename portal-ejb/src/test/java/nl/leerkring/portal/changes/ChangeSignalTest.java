package nl.leerkring.portal.changes;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import nl.leerkring.tenants.cluster.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangeSignalTest {

  /** One transaction at a time, as the container runs them on one thread. */
  static class Transaction implements TransactionSynchronizationRegistry {
    int status = Status.STATUS_ACTIVE;
    final Map<Object, Object> resources = new HashMap<>();
    final List<Synchronization> after = new ArrayList<>();

    void end(int outcome) {
      status = outcome;
      after.forEach(s -> s.afterCompletion(outcome));
    }

    @Override
    public Object getTransactionKey() {
      return this;
    }

    @Override
    public void putResource(Object key, Object value) {
      resources.put(key, value);
    }

    @Override
    public Object getResource(Object key) {
      return resources.get(key);
    }

    @Override
    public void registerInterposedSynchronization(Synchronization sync) {
      if (status != Status.STATUS_ACTIVE) {
        throw new IllegalStateException("completing");
      }
      after.add(sync);
    }

    @Override
    public int getTransactionStatus() {
      return status;
    }

    @Override
    public void setRollbackOnly() {
      status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
      return status == Status.STATUS_MARKED_ROLLBACK;
    }
  }

  /** The grid as the nodes see it: what this node published, and a way in for the others' news. */
  static class Wire extends Grid {
    final List<String> published = new ArrayList<>();
    final List<Consumer<String>> receivers = new ArrayList<>();

    @Override
    public boolean clustered() {
      return true;
    }

    @Override
    public String node() {
      return "node-a";
    }

    @Override
    public void publish(String topic, String message) {
      if (ChangeSignal.TOPIC.equals(topic)) {
        published.add(message);
      }
    }

    @Override
    public Runnable subscribe(String topic, Consumer<String> receiver) {
      receivers.add(receiver);
      return () -> receivers.remove(receiver);
    }
  }

  final ChangeSignal signal = new ChangeSignal();
  final Wire wire = new Wire();
  final AtomicInteger woken = new AtomicInteger();
  Transaction tx = new Transaction();

  @BeforeEach
  void node() {
    signal.grid = wire;
    signal.transactions = tx;
    signal.listen(woken::incrementAndGet);
  }

  @Test
  void aCommitWakesThisNodeAndTellsTheOthersOnceHoweverManyEntriesItWrote() {
    signal.written();
    signal.written();
    signal.written();
    assertEquals(0, woken.get(), "nothing is visible before the commit");
    assertEquals(List.of(), wire.published);

    tx.end(Status.STATUS_COMMITTED);

    assertEquals(1, woken.get());
    assertEquals(List.of("node-a"), wire.published);
  }

  @Test
  void aRollbackWakesNobody() {
    signal.written();
    tx.end(Status.STATUS_ROLLEDBACK);
    assertEquals(0, woken.get());
    assertEquals(List.of(), wire.published);
  }

  @Test
  void eachTransactionIsAnnouncedOnItsOwn() {
    signal.written();
    tx.end(Status.STATUS_COMMITTED);
    tx = new Transaction();
    signal.transactions = tx;
    signal.written();
    tx.end(Status.STATUS_COMMITTED);
    assertEquals(2, woken.get());
    assertEquals(2, wire.published.size());
  }

  @Test
  void anotherNodesCommitWakesThisNodeAndStopsWhenAsked() {
    AtomicInteger here = new AtomicInteger();
    Runnable stop = signal.listen(here::incrementAndGet);
    wire.receivers.forEach(r -> r.accept("node-b"));
    assertEquals(1, here.get());
    stop.run();
    wire.receivers.forEach(r -> r.accept("node-b"));
    assertEquals(1, here.get(), "no longer listening");
    assertEquals(2, woken.get(), "the other listener still hears");
  }

  @Test
  void aListenerThatFailsNeitherUndoesTheCommitNorSilencesTheOthers() {
    signal.listen(
        () -> {
          throw new IllegalStateException("broken follower");
        });
    AtomicInteger later = new AtomicInteger();
    signal.listen(later::incrementAndGet);
    signal.written();
    tx.end(Status.STATUS_COMMITTED);
    assertEquals(1, woken.get());
    assertEquals(1, later.get());
    assertEquals(1, wire.published.size());
  }

  @Test
  void aLostMessageIsOnlyLoggedTheCommitStands() {
    Grid broken =
        new Wire() {
          @Override
          public void publish(String topic, String message) {
            throw new IllegalStateException("the grid is gone");
          }
        };
    signal.grid = broken;
    signal.written();
    tx.end(Status.STATUS_COMMITTED);
    assertEquals(1, woken.get(), "this node's follower still wakes; the others poll");
  }

  @Test
  void aWriteWhileTheTransactionCompletesIsLeftToThePoll() {
    tx.status = Status.STATUS_COMMITTING;
    signal.written();
    assertEquals(List.of(), tx.after, "no transaction of ours to wait for");

    signal.transactions =
        new Transaction() {
          @Override
          public void registerInterposedSynchronization(Synchronization sync) {
            throw new IllegalStateException("completing");
          }
        };
    assertDoesNotThrow(signal::written, "a hint must never fail the commit");
    assertEquals(0, woken.get());
  }
}
