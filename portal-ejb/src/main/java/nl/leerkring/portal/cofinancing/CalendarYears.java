package nl.leerkring.portal.cofinancing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A budget's planned and actual costs per calendar year: each period's amounts split pro rata by
 * days with the ledger's own {@link RoundingPolicy#splitByCalendarYear}, the way the exports and
 * the roll-up split them. Computed here once, so the ledger page only shows the figures.
 */
public final class CalendarYears {

  /** Planned and actual costs of one calendar year. */
  public record Year(int year, Money planned, Money actual) {}

  private CalendarYears() {}

  /** The years the lines' periods touch, in order; a period without both ends is left out. */
  public static List<Year> of(List<LedgerData.Line> lines) {
    Map<Integer, Money[]> perYear = new TreeMap<>();
    for (LedgerData.Line line : lines == null ? List.<LedgerData.Line>of() : lines) {
      for (LedgerData.Amount a :
          line.amounts() == null ? List.<LedgerData.Amount>of() : line.amounts()) {
        if (a.start() == null || a.end() == null || a.end().isBefore(a.start())) {
          continue;
        }
        add(perYear, a, a.planned(), 0);
        add(perYear, a, a.actual(), 1);
      }
    }
    return perYear.entrySet().stream()
        .map(e -> new Year(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }

  private static void add(Map<Integer, Money[]> perYear, LedgerData.Amount a, String plain, int i) {
    Money amount = plain == null || plain.isBlank() ? Money.ZERO : Money.parse(plain);
    RoundingPolicy.splitByCalendarYear(amount, a.start(), a.end())
        .forEach(
            (year, part) -> {
              Money[] sums =
                  perYear.computeIfAbsent(year, y -> new Money[] {Money.ZERO, Money.ZERO});
              sums[i] = sums[i].plus(part);
            });
  }
}
