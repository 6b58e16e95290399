package nl.leerkring.portal.meetings;

/** Where a meeting is in its life: planned → held → closed, or cancelled before it is held. */
public enum MeetingStatus {
  PLANNED,
  HELD,
  CLOSED,
  CANCELLED
}
