package nl.leerkring.portal.meetings;

import java.util.List;

/**
 * The requests the meetings boundary takes besides {@link MeetingDraft}: texts and codes as the
 * client sent them, read and checked by the boundary and the entities (every wrong field at once).
 */
public final class Forms {

  private Forms() {}

  /**
   * An agenda item: {@code kind} one of {@link AgendaKind}, {@code minutes} its duration, {@code
   * materials} ids of catalog items or method cards the circle reads.
   */
  public record AgendaDraft(
      String title, String kind, Integer minutes, String presenter, List<String> materials) {}

  /** {@code answer}: YES, MAYBE or NO. */
  public record RegistrationRequest(String answer) {}

  /** A new version of the minutes, from the version the writer started from (0: none yet). */
  public record MinutesDraft(String text, Long version) {}

  /** Opens the minutes for comments for this many days. */
  public record MinutesOpening(Integer days) {}

  /** Account ids of who was there. */
  public record Attendance(List<String> present) {}

  /** Whose an action is: a gemeente (slug) of the circle, or a participant's account id. */
  public record ActionOwner(String gemeente, String account) {}

  /** An action agreed at the meeting; {@code due} an ISO date. */
  public record ActionDraft(String title, ActionOwner owner, String due) {}

  /** The follow-up of an action: OPEN, DONE or DROPPED (with a note why). */
  public record ActionUpdate(String status, String note, Long version) {}

  /** HELD, CLOSED or CANCELLED (with a reason). */
  public record StatusChange(String status, String reason) {}

  /** An attendee's comment on the open minutes. */
  public record MinutesCommentDraft(String text) {}

  /** Moves an agenda item one place: {@code by} -1 (up) or 1 (down). */
  public record AgendaMove(Integer by) {}
}
