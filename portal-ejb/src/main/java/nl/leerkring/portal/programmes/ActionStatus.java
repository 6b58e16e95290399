package nl.leerkring.portal.programmes;

/** Where an action is; only PLANNED and STARTED actions can be late. */
public enum ActionStatus {
  PLANNED,
  STARTED,
  DONE,
  STOPPED;

  public boolean isOpen() {
    return this == PLANNED || this == STARTED;
  }
}
