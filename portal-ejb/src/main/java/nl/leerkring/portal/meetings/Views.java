package nl.leerkring.portal.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** What the meetings boundary answers; start and end are local times in Europe/Amsterdam. */
public final class Views {

  private Views() {}

  /** A meeting in a circle's list. */
  public record MeetingSummary(
      String id, String title, LocalDateTime start, LocalDateTime end, String status) {}

  /** A gemeente as readers know it. */
  public record Gemeente(String slug, String name) {}

  /**
   * One meeting with everything the viewer may see of it. {@code registrations} and {@code
   * attendance} are null for researchers; {@code minutes} is null for them until final. {@code
   * terugblik} holds the circle's open actions from earlier meetings.
   */
  public record MeetingView(
      String id,
      String circle,
      String title,
      LocalDateTime start,
      LocalDateTime end,
      String place,
      String onlineUrl,
      Gemeente host,
      Integer capacity,
      String description,
      String status,
      String cancelReason,
      int sequence,
      long version,
      List<AgendaItemView> agenda,
      RegistrationCounts registrations,
      List<Attendee> attendance,
      MinutesView minutes,
      List<ActionView> actions,
      List<ActionView> terugblik,
      boolean mayPlan) {}

  /** A material of an agenda item: a catalog item or method card the circle reads. */
  public record Material(String id, String kind, String title, String link) {}

  public record AgendaItemView(
      String id,
      int position,
      String title,
      String kind,
      Integer minutes,
      String presenter,
      List<Material> materials) {}

  /**
   * Counts of the answers, places left (null: no limit), and the viewer's own answer (null when not
   * given) and whether the viewer waits for a place.
   */
  public record RegistrationCounts(
      int yes,
      int maybe,
      int no,
      int waitlisted,
      Integer placesLeft,
      String answer,
      boolean onWaitingList,
      List<Attendee> participants) {}

  /** A participant who answered, or was present. */
  public record Attendee(String account, String name, String answer, boolean waitlisted) {}

  /** The viewer's answer after registering. */
  public record RegistrationView(String answer, boolean waitlisted) {}

  public record MinutesView(
      String state,
      String text,
      int version,
      Instant openUntil,
      Instant finalAt,
      List<MinutesVersionView> versions,
      List<MinutesCommentView> comments) {}

  /** An attendee's comment on the minutes, on the version they read. */
  public record MinutesCommentView(
      String id, String account, String name, int version, String text, Instant writtenAt) {}

  /** An old (or the current) version of the minutes with its text. */
  public record MinutesVersionText(int number, String text, String savedBy, Instant savedAt) {}

  public record MinutesVersionView(int number, String savedBy, Instant savedAt) {}

  public record ActionView(
      String id,
      String meeting,
      String title,
      Gemeente gemeente,
      String account,
      String ownerName,
      LocalDate due,
      String status,
      String note,
      long version) {}

  /** A person's calendar feed: the secret link, and since when it works. */
  public record FeedLink(String url, Instant since) {}

  /** A calendar as text/calendar. */
  public record Calendar(String fileName, String text) {}

  /**
   * A circle's home page: {@code next} is the first meeting still to come (null: none planned),
   * {@code upcoming} every one still to come, {@code past} the others latest first.
   */
  public record CircleHome(
      String slug,
      String name,
      boolean mayPlan,
      boolean participates,
      MeetingView next,
      List<MeetingSummary> upcoming,
      List<MeetingSummary> past,
      List<ActionView> openActions,
      List<Gemeente> gemeenten) {}
}
