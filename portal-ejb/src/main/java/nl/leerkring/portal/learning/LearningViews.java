package nl.leerkring.portal.learning;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/** What the learning agenda answers. */
public final class LearningViews {

  private LearningViews() {}

  /** A question in the circle's agenda. */
  public record QuestionSummary(
      String id,
      String text,
      String phase,
      String status,
      String owner,
      int harvest,
      long version) {}

  /**
   * One question with its learning history: raised, status changes, meetings and harvest, in date
   * order.
   */
  public record QuestionView(
      String id,
      String circle,
      String circleName,
      String text,
      String phase,
      String status,
      String explanation,
      String owner,
      Instant raisedAt,
      long version,
      List<MeetingRef> meetings,
      List<HarvestView> harvest,
      List<HistoryEntry> history,
      boolean mayManage,
      boolean mayHarvest) {}

  /** A meeting as a question or harvest names it. */
  public record MeetingRef(String id, String title, LocalDateTime start, String link) {}

  /**
   * A source the reader may open: a catalog item, a method card or a use; or a programme action a
   * gemeente shared with the circle ({@code kind} "action", {@code owner} the gemeente, {@code
   * status} the action's, no link) — once no longer shared ({@code withdrawn}), without its title.
   */
  public record Source(
      String id,
      String kind,
      String title,
      String link,
      String owner,
      String status,
      boolean withdrawn) {}

  public record HarvestView(
      String id,
      String question,
      String questionText,
      String phase,
      String kind,
      String text,
      MeetingRef meeting,
      String author,
      Instant recordedAt,
      List<Source> sources,
      String authorId,
      Instant editedAt,
      long version) {}

  /**
   * One step of a learning history: {@code kind} RAISED, STATUS, MEETING, HARVEST, or EDITED and
   * REMOVED (harvest of {@code harvestKind} by {@code harvestAuthor}, changed by {@code by}), with
   * what belongs to it.
   */
  public record HistoryEntry(
      Instant at,
      String kind,
      String status,
      String explanation,
      String by,
      MeetingRef meeting,
      HarvestView harvest,
      String harvestKind,
      String harvestAuthor) {}

  /** A phase synthesis in a list. */
  public record SynthesisSummary(
      String id, String phase, String title, String status, int number, Integer publishedNumber) {}

  /**
   * A phase synthesis as the viewer reads it: writers the newest version, everyone else the
   * published one; {@code citations} the harvest it cites.
   */
  public record SynthesisView(
      String id,
      String circle,
      String phase,
      String title,
      String text,
      String status,
      int number,
      Integer publishedNumber,
      Instant publishedAt,
      List<HarvestView> citations,
      List<VersionRef> versions,
      long version,
      boolean mayWrite) {}

  public record VersionRef(int number, String savedBy, Instant savedAt) {}

  /**
   * One version of a phase synthesis as it was saved: its title, text and the harvest it cited (as
   * readers read that harvest now); {@code published} when it is the published version.
   */
  public record SynthesisVersionView(
      String synthesis,
      int number,
      String title,
      String text,
      String savedBy,
      Instant savedAt,
      boolean published,
      List<HarvestView> citations) {}

  /** A circle's leeragenda: its questions by phase, recent harvest and syntheses. */
  public record Agenda(
      String circle,
      String circleName,
      List<PhaseGroup> phases,
      List<HarvestView> recent,
      List<SynthesisSummary> syntheses,
      boolean mayManage,
      boolean mayHarvest) {}

  public record PhaseGroup(String phase, List<QuestionSummary> questions) {}
}
