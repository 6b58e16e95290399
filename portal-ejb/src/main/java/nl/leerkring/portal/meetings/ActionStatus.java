package nl.leerkring.portal.meetings;

/** Where an agreed action stands; dropping one needs a note that says why. */
public enum ActionStatus {
  OPEN,
  DONE,
  DROPPED
}
