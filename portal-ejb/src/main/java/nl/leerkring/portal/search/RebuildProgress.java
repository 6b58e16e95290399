package nl.leerkring.portal.search;

import java.time.Instant;

/**
 * How far a rebuild of the search index is. Immutable: each step makes a new value.
 *
 * @param state {@code none}, {@code running}, {@code done} or {@code failed}
 * @param total items to index, known after counting; 0 before
 */
public record RebuildProgress(
    String state,
    String reason,
    long total,
    long done,
    Instant startedAt,
    Instant finishedAt,
    String error) {

  static RebuildProgress none() {
    return new RebuildProgress("none", null, 0, 0, null, null, null);
  }

  static RebuildProgress started(String reason) {
    return new RebuildProgress("running", reason, 0, 0, Instant.now(), null, null);
  }

  RebuildProgress counting(long total) {
    return new RebuildProgress(state, reason, total, done, startedAt, finishedAt, error);
  }

  RebuildProgress advanced(long more) {
    return new RebuildProgress(state, reason, total, done + more, startedAt, finishedAt, error);
  }

  RebuildProgress finished() {
    return new RebuildProgress("done", reason, total, done, startedAt, Instant.now(), null);
  }

  RebuildProgress failed(String why) {
    return new RebuildProgress("failed", reason, total, done, startedAt, Instant.now(), why);
  }

  /** Whole percent done; 100 when there was nothing to do. */
  public int percent() {
    return total == 0 ? (state.equals("done") ? 100 : 0) : (int) Math.min(100, done * 100 / total);
  }
}
