package nl.leerkring.portal.cofinancing;

import nl.leerkring.tenants.Code;

/**
 * Every finding {@link LedgerChecks} can report, with its severity; also the message key of its
 * explanation, whose arguments each constant lists (the web layer words it in Dutch or English).
 */
public enum CheckCode implements Code {
  /**
   * The sources' rates and the stated own share do not add up to 100 %. Arguments: {0} the sum of
   * the shares, {1} each funder with its rate, {2} 1 when an own share is stated (then {3}) and 0
   * when the rates alone pass 100 %.
   */
  SHARES_NOT_100(Severity.WARNING),
  /**
   * The own share (total − grants) is below a source's minimum own share. Arguments: {0} the own
   * share, {1} the total, {2} the own share as a percentage, {3} the minimum, {4} the funder.
   */
  OWN_SHARE_BELOW_MINIMUM(Severity.WARNING),
  /**
   * A stated total differs from the computed one. Arguments: {0} what the total is of (0
   * contributions, 1 budget, 2 a source, 3 a line), {1} the source or line, {2} computed, {3}
   * stated, {4} where it is stated, {5} 1 when that is known, {6} the difference.
   */
  STATED_TOTAL_MISMATCH(Severity.WARNING),
  /**
   * A source's amounts per year do not add up to its awarded amount. Arguments: {0} the source, {1}
   * each year with its amount, {2} their sum, {3} the amount awarded, {4} the difference.
   */
  YEARLY_AMOUNTS_NOT_AWARDED(Severity.WARNING),
  /**
   * rate × eligible total (rounded down) differs from the awarded amount. Arguments: {0} the
   * source, {1} its rate, {2} the eligible total, {3} rate × eligible, {4} awarded, {5} the
   * difference.
   */
  GRANT_NOT_RATE_TIMES_ELIGIBLE(Severity.WARNING),
  /**
   * Actual costs of a line funded by a source fall outside its eligibility window. Arguments: {0}
   * the line, {1} its actual costs, {2}–{3} their period, {4} the source, {5}–{6} its window, {7}
   * the part outside, {8} the part inside.
   */
  ACTUAL_OUTSIDE_ELIGIBILITY(Severity.WARNING),
  /**
   * A line's forecast is above its budget, whatever the programme total does. Arguments: {0} the
   * line, {1} the forecast, {2} the budget, {3} the difference.
   */
  FORECAST_ABOVE_BUDGET(Severity.WARNING),
  /**
   * A subsidy is allocated to a line whose costs are already in the municipal budget. Arguments:
   * {0} the line, {1} the subsidies, {2} already budgeted, {3} the line total, {4} the room left,
   * {5} the excess.
   */
  SUBSIDY_ON_BUDGETED_COSTS(Severity.WARNING),
  /**
   * What funds a line (allocations and contributions) differs from its planned total. Arguments:
   * {0} the line, {1} planned, {2} funded, {3} from sources, {4} from contributions, {5} the
   * difference, {6} 1 when too much, 0 when not funded.
   */
  LINE_FUNDING_MISMATCH(Severity.WARNING),
  /**
   * More of a grant is allocated to lines than was awarded. Arguments: {0} the source, {1}
   * allocated, {2} awarded, {3} the excess.
   */
  GRANT_OVER_ALLOCATED(Severity.WARNING),
  /**
   * Part of a grant is not allocated to any line. Arguments: {0} the source, {1} allocated, {2}
   * awarded, {3} what remains.
   */
  UNALLOCATED_GRANT(Severity.INFO),
  /**
   * A budget period crosses a calendar year: annual accountability needs it split per year.
   * Arguments: {0}–{1} the period, {2} how many calendar years, {3} its total, {4} each year with
   * its part.
   */
  PERIOD_NOT_CALENDAR_YEAR(Severity.WARNING),
  /** An hourly rate has no valid-from date. Arguments: {0} the rate, {1} who contributes. */
  HOURLY_RATE_WITHOUT_VALID_FROM(Severity.ERROR),
  /**
   * A line has an amount in a period outside the programme's period. Arguments: {0} the line, {1}
   * the amount, {2}–{3} its period, {4}–{5} the programme period.
   */
  LINE_PERIOD_OUTSIDE_PROGRAMME(Severity.ERROR),
  /**
   * Two budget versions are valid on the same day. Arguments: {0} a version, {1}–{2} its window,
   * {3} the other, {4}–{5} its window.
   */
  OVERLAPPING_BUDGET_VERSIONS(Severity.ERROR);

  private final Severity severity;

  CheckCode(Severity severity) {
    this.severity = severity;
  }

  public Severity severity() {
    return severity;
  }
}
