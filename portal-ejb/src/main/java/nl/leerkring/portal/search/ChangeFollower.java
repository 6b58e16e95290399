package nl.leerkring.portal.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

/**
 * Follows the change log without missing an entry. Sequence numbers are handed out when a row is
 * written but become visible when its transaction commits, so a reader can see 7 before 6. The
 * follower remembers every number it skipped (a <em>gap</em>), asks for those again on each poll,
 * and gives a gap up only after {@link #patience}: by then its transaction rolled back, and the
 * number will never appear.
 *
 * <p>{@link #checkpoint()} is the position that is safe to restart from: everything at or below it
 * was seen. Entries above it may be applied twice after a restart, which is harmless because
 * applying an entry re-reads the entity's current state.
 *
 * <p>NOTE: not thread-safe; one follower per index, polled by one thread at a time.
 *
 * @param <E> the entry type
 */
public final class ChangeFollower<E> {

  /** Where entries come from. */
  public interface Source<E> {
    /** Visible entries after this sequence number, oldest first, at most {@code max}. */
    List<E> after(long seq, int max);

    /** The visible entries among these sequence numbers. */
    List<E> among(Collection<Long> seqs);
  }

  private static final long MAX_GAP = 1_000;

  private final ToLongFunction<E> seqOf;
  private final Duration patience;
  private final Clock clock;
  private final SortedMap<Long, Instant> gaps = new TreeMap<>();
  private long position;

  public ChangeFollower(long start, ToLongFunction<E> seqOf, Duration patience, Clock clock) {
    this.position = start;
    this.seqOf = seqOf;
    this.patience = patience;
    this.clock = clock;
  }

  /**
   * The entries to apply now: gaps that have turned up, then new entries in order. Call {@link
   * #poll} again while it returns a full batch.
   */
  public List<E> poll(Source<E> source, int max) {
    List<E> due = new ArrayList<>();
    if (!gaps.isEmpty()) {
      for (E late : source.among(List.copyOf(gaps.keySet()))) {
        gaps.remove(seqOf.applyAsLong(late));
        due.add(late);
      }
    }
    Instant now = clock.instant();
    for (E entry : source.after(position, max)) {
      long seq = seqOf.applyAsLong(entry);
      // A jump of thousands is not a transaction in flight (a restored backup, say): not awaited.
      for (long missing = seq - position > MAX_GAP ? seq : position + 1; missing < seq; missing++) {
        gaps.put(missing, now);
      }
      position = Math.max(position, seq);
      due.add(entry);
    }
    gaps.values().removeIf(firstMissed -> firstMissed.plus(patience).isBefore(now));
    return due;
  }

  /** The highest sequence number seen. */
  public long position() {
    return position;
  }

  /** The position to restart from: below the oldest gap still awaited. */
  public long checkpoint() {
    return gaps.isEmpty() ? position : gaps.firstKey() - 1;
  }

  /** Sequence numbers skipped and still awaited. */
  public int gapCount() {
    return gaps.size();
  }
}
