package nl.leerkring.portal.signals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A change that others should know about, fired as a CDI event by a boundary inside its transaction
 * (one line: {@code signals.fire(Signal.of(...))}). {@link Signals} writes it to the signal queue
 * in that same transaction, so it is fanned out if and only if the change commits.
 *
 * @param circleId the circle the subject belongs to
 * @param ownerTenant the gemeente whose item or statement it is, or {@code null}
 * @param subjectId the item, statement, meeting or action
 * @param title the subject's title as its audience may read it: the owner's own title, a catalog
 *     title, a circle's meeting; never another gemeente's private text
 * @param link where it is acted on, relative to the portal's root ({@code app/…})
 * @param actorId the account that caused it, which is not told
 * @param accountId the one account named (an action's owner), or {@code null}
 * @param due when it is due, or {@code null}
 * @param text the words it is about (a reply's text), which its audience may read, or {@code null};
 *     mailed and shown in digests
 * @param announces a published item this signal also announces to the circle's watchers, or {@code
 *     null}: the fan-out then queues its {@link SignalKind#NEW_ITEM} (subject: that item), so the
 *     approving request writes one row, whatever the circle's size
 */
public record Signal(
    SignalKind kind,
    String circleId,
    String ownerTenant,
    String subjectId,
    String title,
    String link,
    String actorId,
    String accountId,
    LocalDate due,
    String text,
    String announces) {

  /** The most characters of {@link #text} kept. */
  public static final int TEXT_MAX = 2000;

  public Signal {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(subjectId);
    title = title == null ? "" : title.length() > 300 ? title.substring(0, 299) + "…" : title;
    link = link == null ? "app/dashboard.xhtml" : link;
    text =
        text == null || text.isBlank()
            ? null
            : text.length() > TEXT_MAX ? text.substring(0, TEXT_MAX - 1) + "…" : text;
  }

  /** A signal without text. */
  public Signal(
      SignalKind kind,
      String circleId,
      String ownerTenant,
      String subjectId,
      String title,
      String link,
      String actorId,
      String accountId,
      LocalDate due) {
    this(kind, circleId, ownerTenant, subjectId, title, link, actorId, accountId, due, null, null);
  }

  /** A signal about a circle's subject, without a named account or due date. */
  public static Signal of(
      SignalKind kind,
      String circleId,
      String ownerTenant,
      String subjectId,
      String title,
      String link,
      String actorId) {
    return new Signal(kind, circleId, ownerTenant, subjectId, title, link, actorId, null, null);
  }

  /** The {@code NEW_ITEM} this signal announces, or {@code null}. */
  Signal announcement() {
    return announces == null
        ? null
        : of(SignalKind.NEW_ITEM, circleId, ownerTenant, announces, title, link, actorId);
  }
}
