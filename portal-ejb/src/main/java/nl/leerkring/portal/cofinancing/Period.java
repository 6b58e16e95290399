package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/** A named span of days, both ends inclusive: {@code 2024-04-01 – 2027-03-31}. */
public record Period(String label, LocalDate start, LocalDate end) {

  public Period {
    Objects.requireNonNull(start, "A period needs a start date.");
    Objects.requireNonNull(end, "A period needs an end date.");
    if (end.isBefore(start)) {
      throw PortalException.invalid(LedgerCode.ENDS_BEFORE_START, end, start);
    }
    label = label == null || label.isBlank() ? start + " – " + end : label.strip();
  }

  public static Period of(LocalDate start, LocalDate end) {
    return new Period(null, start, end);
  }

  /** One calendar year, 1 January to 31 December. */
  public static Period year(int year) {
    return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
  }

  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  public boolean contains(Period other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  public boolean overlaps(Period other) {
    return !other.end.isBefore(start) && !other.start.isAfter(end);
  }

  /** The days this period shares with another; zero when they do not overlap. */
  public long daysInCommonWith(Period other) {
    LocalDate from = start.isAfter(other.start) ? start : other.start;
    LocalDate to = end.isBefore(other.end) ? end : other.end;
    return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
  }

  /** Whether annual accountability can take the period as it is (it lies inside one year). */
  public boolean withinOneCalendarYear() {
    return start.getYear() == end.getYear();
  }

  public int calendarYears() {
    return end.getYear() - start.getYear() + 1;
  }

  @Override
  public String toString() {
    return label;
  }
}
