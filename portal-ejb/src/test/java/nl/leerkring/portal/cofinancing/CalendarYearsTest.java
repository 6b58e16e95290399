package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger page's chart figures: a budget's planned and actual costs per calendar year. */
class CalendarYearsTest {

  private static LedgerData.Line line(LedgerData.Amount... amounts) {
    return new LedgerData.Line(
        null, null, "l", "other", "L", null, null, List.of(amounts), null, null, null);
  }

  private static LedgerData.Amount amount(String start, String end, String planned, String actual) {
    return new LedgerData.Amount(
        null, LocalDate.parse(start), LocalDate.parse(end), planned, actual, null);
  }

  @Test
  void aPeriodOverFourYearsIsSplitByDaysAndAddsUpToItsAmount() {
    List<CalendarYears.Year> years =
        CalendarYears.of(List.of(line(amount("2024-04-01", "2027-03-31", "209040.00", null))));
    assertEquals(
        List.of(2024, 2025, 2026, 2027), years.stream().map(CalendarYears.Year::year).toList());
    assertEquals(
        Money.parse("209040.00"),
        Money.sum(years.stream().map(CalendarYears.Year::planned).toList()));
    assertTrue(years.stream().allMatch(y -> y.actual().isZero()), "nothing actual entered");
  }

  @Test
  void linesOfOneYearAreAddedUpAndActualsKeptApart() {
    List<CalendarYears.Year> years =
        CalendarYears.of(
            List.of(
                line(amount("2025-01-01", "2025-12-31", "100.00", "40.00")),
                line(amount("2025-01-01", "2025-12-31", "50.50", null))));
    assertEquals(
        List.of(new CalendarYears.Year(2025, Money.parse("150.50"), Money.parse("40.00"))), years);
  }

  @Test
  void aPeriodWithoutAnEndOrEndingBeforeItStartsIsLeftOut() {
    LedgerData.Amount open =
        new LedgerData.Amount(null, LocalDate.of(2025, 1, 1), null, "10", null, null);
    assertTrue(
        CalendarYears.of(List.of(line(open, amount("2025-02-01", "2025-01-01", "10", null))))
            .isEmpty());
    assertTrue(CalendarYears.of(null).isEmpty());
  }
}
