package nl.leerkring.portal.learning;

import java.util.Set;

/**
 * Where a learning question stands. A question is explored once it is open, answered or parked from
 * there, reopened (exploring again) after an answer, and taken up again after being parked.
 */
public enum QuestionStatus {
  OPEN,
  EXPLORING,
  ANSWERED,
  PARKED;

  /** The statuses a question in this one may move to (the same one: a new explanation). */
  Set<QuestionStatus> next() {
    return switch (this) {
      case OPEN -> Set.of(OPEN, EXPLORING, ANSWERED, PARKED);
      case EXPLORING -> Set.of(EXPLORING, ANSWERED, PARKED);
      case ANSWERED -> Set.of(ANSWERED, EXPLORING);
      case PARKED -> Set.of(PARKED, OPEN, EXPLORING);
    };
  }

  /**
   * Whether moving here from {@code from} needs an explanation: what was concluded, why it was
   * parked, why it is reopened. Only starting to explore an open question speaks for itself.
   */
  boolean needsExplanationFrom(QuestionStatus from) {
    return !(this == EXPLORING && from == OPEN);
  }
}
