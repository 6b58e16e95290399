package nl.leerkring.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The follower against a log whose entries become visible out of order, as commits do. */
class ChangeFollowerTest {

  /** A change log where only "committed" sequence numbers are visible. */
  static final class Log implements ChangeFollower.Source<Long> {
    final TreeSet<Long> visible = new TreeSet<>();

    @Override
    public List<Long> after(long seq, int max) {
      return visible.tailSet(seq, false).stream().limit(max).toList();
    }

    @Override
    public List<Long> among(Collection<Long> seqs) {
      return seqs.stream().filter(visible::contains).sorted().toList();
    }
  }

  static final class MovableClock extends Clock {
    Instant now = Instant.parse("2026-11-23T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private final Log log = new Log();
  private final MovableClock clock = new MovableClock();
  private final ChangeFollower<Long> follower =
      new ChangeFollower<>(0, Long::longValue, Duration.ofMinutes(5), clock);

  @Test
  void appliesEntriesInOrderAndAdvances() {
    log.visible.addAll(List.of(1L, 2L, 3L));
    assertEquals(List.of(1L, 2L, 3L), follower.poll(log, 100));
    assertEquals(List.of(), follower.poll(log, 100));
    assertEquals(3, follower.position());
    assertEquals(3, follower.checkpoint());
  }

  @Test
  void anEntryThatCommitsLateIsStillApplied() {
    log.visible.addAll(List.of(1L, 3L)); // 2 was written first but commits after 3
    assertEquals(List.of(1L, 3L), follower.poll(log, 100));
    assertEquals(1, follower.gapCount());
    assertEquals(1, follower.checkpoint(), "a restart must re-read from before the gap");
    log.visible.add(2L);
    assertEquals(List.of(2L), follower.poll(log, 100));
    assertEquals(0, follower.gapCount());
    assertEquals(3, follower.checkpoint());
  }

  @Test
  void aRolledBackNumberIsGivenUpAfterThePatience() {
    log.visible.addAll(List.of(1L, 3L));
    follower.poll(log, 100);
    clock.now = clock.now.plus(Duration.ofMinutes(4));
    follower.poll(log, 100);
    assertEquals(1, follower.gapCount(), "still awaited within the patience");
    clock.now = clock.now.plus(Duration.ofMinutes(2));
    follower.poll(log, 100);
    assertEquals(0, follower.gapCount());
    assertEquals(3, follower.checkpoint());
  }

  @Test
  void batchesAreLimitedAndContinue() {
    for (long i = 1; i <= 250; i++) {
      log.visible.add(i);
    }
    assertEquals(100, follower.poll(log, 100).size());
    assertEquals(100, follower.poll(log, 100).size());
    assertEquals(50, follower.poll(log, 100).size());
    assertEquals(250, follower.checkpoint());
  }

  @Test
  void aRestartFromTheCheckpointSeesEverythingNotYetApplied() {
    log.visible.addAll(List.of(1L, 2L, 4L, 5L));
    follower.poll(log, 100);
    long checkpoint = follower.checkpoint();
    assertEquals(2, checkpoint);
    log.visible.add(3L);
    ChangeFollower<Long> restarted =
        new ChangeFollower<>(checkpoint, Long::longValue, Duration.ofMinutes(5), clock);
    assertEquals(List.of(3L, 4L, 5L), restarted.poll(log, 100));
  }

  @Test
  void aHugeJumpIsNotAwaitedNumberByNumber() {
    log.visible.addAll(List.of(1L, 50_000L));
    follower.poll(log, 100);
    assertEquals(0, follower.gapCount());
    assertEquals(50_000, follower.checkpoint());
  }
}
