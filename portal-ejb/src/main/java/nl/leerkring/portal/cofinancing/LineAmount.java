package nl.leerkring.portal.cofinancing;

import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * A budget line's amounts in one period: planned (begroot), actual (werkelijk) and forecast
 * (prognose). Actual and forecast stay null until someone enters them; none may be negative.
 */
public record LineAmount(Period period, Money planned, Money actual, Money forecast) {

  public LineAmount {
    Objects.requireNonNull(period, "A line amount needs a period.");
    Objects.requireNonNull(planned, "A line amount needs a planned amount.");
    requireNonNegative("planned", planned, period);
    requireNonNegative("actual", actual, period);
    requireNonNegative("forecast", forecast, period);
  }

  public static LineAmount planned(Period period, Money planned) {
    return new LineAmount(period, planned, null, null);
  }

  /**
   * What the period is expected to cost in the end: the forecast, else the actual, else the plan.
   */
  public Money outcome() {
    return forecast != null ? forecast : actual != null ? actual : planned;
  }

  private static void requireNonNegative(String what, Money amount, Period period) {
    if (amount != null && amount.isNegative()) {
      throw PortalException.invalidField(what, LedgerCode.NEGATIVE, amount);
    }
  }
}
