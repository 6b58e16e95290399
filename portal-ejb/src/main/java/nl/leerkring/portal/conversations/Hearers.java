package nl.leerkring.portal.conversations;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.portal.signals.WatchLevel;

/**
 * Who hears of a new post, and as what (Discourse's watch levels). A person's level for a thread is
 * the one they chose for it, else {@code WATCHING} once they posted in it, else their circle's
 * ({@code WATCHING} or {@code MUTED}), else {@code NORMAL}. Those mentioned hear a {@code MENTION}
 * unless they muted the thread (or the circle without choosing for the thread); those watching hear
 * a {@code REPLY}; nobody hears twice and the author hears nothing. Whether a hearer may read the
 * thread at all is not decided here: the signal names them, and its fan-out lets it through only
 * while they take part in the circle — so a mention of someone outside it reaches nobody.
 */
public final class Hearers {

  private Hearers() {}

  /**
   * @param author who wrote the post
   * @param mentioned the accounts the post mentions (people, and the members of gemeenten named)
   * @param thread each person's level for this thread, where they chose one or posted in it
   * @param circle each person's level for the thread's circle, where they chose one
   * @return per account, the kind it hears, in the order: mentions first
   */
  public static Map<String, SignalKind> of(
      String author,
      Set<String> mentioned,
      Map<String, WatchLevel> thread,
      Map<String, WatchLevel> circle) {
    Map<String, SignalKind> hear = new LinkedHashMap<>();
    for (String a : mentioned) {
      if (!a.equals(author) && level(a, thread, circle) != WatchLevel.MUTED) {
        hear.put(a, SignalKind.MENTION);
      }
    }
    Set<String> candidates = new LinkedHashSet<>(thread.keySet());
    candidates.addAll(circle.keySet());
    for (String a : candidates) {
      if (!a.equals(author)
          && !hear.containsKey(a)
          && level(a, thread, circle) == WatchLevel.WATCHING) {
        hear.put(a, SignalKind.REPLY);
      }
    }
    return hear;
  }

  /**
   * Who hears of a thread's opening post: only those it mentions (unless they muted the circle).
   * The circle's watchers hear of the new thread by its own signal ({@code THREAD_STARTED}, fanned
   * out to them by the job), not as a reply to a thread they never saw.
   */
  public static Map<String, SignalKind> ofOpening(
      String author, Set<String> mentioned, Map<String, WatchLevel> circle) {
    Map<String, SignalKind> hear = new LinkedHashMap<>();
    of(author, mentioned, Map.of(), circle)
        .forEach(
            (a, kind) -> {
              if (kind == SignalKind.MENTION) {
                hear.put(a, kind);
              }
            });
    return hear;
  }

  /** The person's level for the thread. */
  public static WatchLevel level(
      String account, Map<String, WatchLevel> thread, Map<String, WatchLevel> circle) {
    WatchLevel own = thread.get(account);
    if (own != null) {
      return own;
    }
    WatchLevel ofCircle = circle.get(account);
    return ofCircle == null ? WatchLevel.NORMAL : ofCircle;
  }
}
