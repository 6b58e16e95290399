package nl.leerkring.portal.meetings;

/** Minutes are drafted, opened to the attendees for comments for some days, then made final. */
public enum MinutesState {
  DRAFT,
  OPEN,
  FINAL
}
