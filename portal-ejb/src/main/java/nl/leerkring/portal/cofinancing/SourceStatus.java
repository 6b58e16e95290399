package nl.leerkring.portal.cofinancing;

/** Where a funding source is in its life: applied → awarded → established → reclaimed. */
public enum SourceStatus {
  APPLIED,
  AWARDED,
  /** Vastgesteld: the grantor has settled the final amount. */
  ESTABLISHED,
  /** Teruggevorderd: the grantor wants (part of) the money back. */
  RECLAIMED;

  /** Only the next step in the sequence; a status never goes back. */
  public boolean canMoveTo(SourceStatus next) {
    return next.ordinal() == ordinal() + 1;
  }
}
