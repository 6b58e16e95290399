package nl.leerkring.portal.ledger;

/** Every finding {@link LedgerChecks} can report, with its severity. */
public enum CheckCode {
  /** The sources' rates and the stated own share do not add up to 100 %. */
  SHARES_NOT_100(Severity.WARNING),
  /** The own share (total − grants) is below a source's minimum own share. */
  OWN_SHARE_BELOW_MINIMUM(Severity.WARNING),
  /** A stated total differs from the computed one. */
  STATED_TOTAL_MISMATCH(Severity.WARNING),
  /** A source's amounts per year do not add up to its awarded amount. */
  YEARLY_AMOUNTS_NOT_AWARDED(Severity.WARNING),
  /** rate × eligible total (rounded down) differs from the awarded amount. */
  GRANT_NOT_RATE_TIMES_ELIGIBLE(Severity.WARNING),
  /** Actual costs of a line funded by a source fall outside its eligibility window. */
  ACTUAL_OUTSIDE_ELIGIBILITY(Severity.WARNING),
  /** A line's forecast is above its budget, whatever the programme total does. */
  FORECAST_ABOVE_BUDGET(Severity.WARNING),
  /** A subsidy is allocated to a line whose costs are already in the municipal budget. */
  SUBSIDY_ON_BUDGETED_COSTS(Severity.WARNING),
  /** What funds a line (allocations and contributions) differs from its planned total. */
  LINE_FUNDING_MISMATCH(Severity.WARNING),
  /** More of a grant is allocated to lines than was awarded. */
  GRANT_OVER_ALLOCATED(Severity.WARNING),
  /** Part of a grant is not allocated to any line. */
  UNALLOCATED_GRANT(Severity.INFO),
  /** A budget period crosses a calendar year: annual accountability needs it split per year. */
  PERIOD_NOT_CALENDAR_YEAR(Severity.WARNING),
  /** An hourly rate has no valid-from date. */
  HOURLY_RATE_WITHOUT_VALID_FROM(Severity.ERROR),
  /** A line has an amount in a period outside the programme's period. */
  LINE_PERIOD_OUTSIDE_PROGRAMME(Severity.ERROR),
  /** Two budget versions are valid on the same day. */
  OVERLAPPING_BUDGET_VERSIONS(Severity.ERROR);

  private final Severity severity;

  CheckCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }
}
