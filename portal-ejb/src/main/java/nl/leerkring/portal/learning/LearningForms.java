package nl.leerkring.portal.learning;

import java.util.List;

/**
 * What the learning agenda takes: texts and codes as the client sent them, read and checked by the
 * boundary and the entities (every wrong field at once).
 */
public final class LearningForms {

  private LearningForms() {}

  /**
   * A new learning question: {@code phase} SPECIFY, REALISE or REFLECT; {@code owner} a gemeente
   * slug of the circle or a participant's account id (none: the one who raises it).
   */
  public record QuestionDraft(String text, String phase, String owner) {}

  /** A new status (OPEN, EXPLORING, ANSWERED, PARKED) with its explanation. */
  public record StatusUpdate(String status, String explanation, Long version) {}

  /** Harvest: {@code kind} INSIGHT, QUOTE or STORY; {@code sources} ids the circle reads. */
  public record HarvestDraft(String kind, String text, String meeting, List<String> sources) {}

  /**
   * Harvest changed by its author or a planner: a new kind, text and sources, from the {@code
   * version} the editor read (the meeting stays).
   */
  public record HarvestEdit(String kind, String text, List<String> sources, Long version) {}

  /** A meeting of the circle where the question was (or will be) worked on. */
  public record MeetingLink(String meeting) {}

  /**
   * A phase synthesis, or its next version ({@code version}: the one the writer started from; none
   * for a new one); {@code citations} ids of the circle's harvest.
   */
  public record SynthesisDraft(
      String phase, String title, String text, List<String> citations, Long version) {}

  /** Publishes the newest version, from the version the writer saw. */
  public record Publishing(Long version) {}
}
