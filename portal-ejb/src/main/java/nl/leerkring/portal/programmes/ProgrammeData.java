package nl.leerkring.portal.programmes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The JSON shapes of a programme and its parts, in and out. On writes, ids, versions of parts and
 * computed fields ({@code late}, audit fields) are ignored; {@code version} of the programme itself
 * must be the one the editor started from. Amounts and percentages are strings (plain decimals).
 */
public final class ProgrammeData {

  private ProgrammeData() {}

  /**
   * The programme's own fields; {@code phase} is onderzoek, kwartiermaken, uitvoering, evaluatie.
   */
  public record Head(
      String id,
      Long version,
      String name,
      String description,
      LocalDate periodStart,
      LocalDate periodEnd,
      String phase,
      List<String> wijken,
      String statedOwnShare,
      String statedContributions,
      String statedContributionsWhere,
      String statedBudget,
      String statedBudgetWhere,
      Instant updatedAt,
      String updatedBy) {}

  /** {@code status}: joined, in_talks, left. */
  public record Partner(
      String id,
      String organisation,
      String role,
      Boolean coreGroup,
      String yearlyContribution,
      String status) {}

  public record Theme(String id, String name, Integer position, List<Goal> goals) {}

  public record Goal(
      String id, String theme, String title, Integer position, List<Action> actions) {}

  /**
   * {@code quarter} as {@code 2025-Q2}; {@code status}: planned, started, done, stopped; {@code
   * method} the id of one of the gemeente's method cards (F4), or null.
   */
  public record Action(
      String id,
      String goal,
      String title,
      String owner,
      List<String> partners,
      String status,
      String phase,
      String quarter,
      String method,
      Integer position,
      Boolean late) {}

  /** {@code action} the id of the action it marks, or null for the programme as a whole. */
  public record Milestone(
      String id,
      String action,
      String title,
      LocalDate dueDate,
      String indicator,
      String target,
      String achieved,
      LocalDate doneOn,
      Boolean late) {}

  public record Note(String id, String body, Instant writtenAt, String writtenBy) {}

  /** {@code kind}: document (F2) or method (F4); {@code target} its id in the same gemeente. */
  public record Link(String id, String kind, String target, String title) {}

  /** One quarter of the timeline: the actions planned in it and the milestones due in it. */
  public record TimelineQuarter(String quarter, List<Action> actions, List<Milestone> milestones) {}

  /** Everything about one programme, as the programme page and {@code GET /api/programmes/{id}}. */
  public record Full(
      Head programme,
      List<Partner> partners,
      List<Theme> themes,
      List<Milestone> milestones,
      List<Note> notes,
      List<Link> links,
      List<TimelineQuarter> timeline,
      List<Action> lateActions,
      List<Milestone> lateMilestones) {}
}
