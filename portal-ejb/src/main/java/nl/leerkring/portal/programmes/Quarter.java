package nl.leerkring.portal.programmes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.portal.PortalException;

/** A planned quarter such as {@code 2025-Q2}: the grain of a programme's timeline. */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})\\s*-?\\s*[Qq]([1-4])");

  public Quarter {
    if (quarter < 1 || quarter > 4 || year < 1900 || year > 2200) {
      throw PortalException.invalid(ProgrammeCode.NO_SUCH_QUARTER, year, quarter);
    }
  }

  public static Quarter parse(String field, String text) {
    Matcher m = text == null ? null : TEXT.matcher(text.strip());
    if (m == null || !m.matches()) {
      throw PortalException.invalidField(
          field, ProgrammeCode.NOT_A_QUARTER, text == null ? "" : text);
    }
    return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
  }

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  /**
   * The quarters a period touches, in order, to plan an action in; none without both ends, and at
   * most 200 (fifty years) so a mistyped end cannot make an endless list.
   */
  public static List<Quarter> between(LocalDate start, LocalDate end) {
    List<Quarter> out = new ArrayList<>();
    if (start == null || end == null) {
      return out;
    }
    for (Quarter q = of(start); !q.firstDay().isAfter(end) && out.size() < 200; q = q.next()) {
      out.add(q);
    }
    return out;
  }

  public LocalDate firstDay() {
    return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
  }

  public LocalDate lastDay() {
    return firstDay().plusMonths(3).minusDays(1);
  }

  public Quarter next() {
    return quarter == 4 ? new Quarter(year + 1, 1) : new Quarter(year, quarter + 1);
  }

  @Override
  public int compareTo(Quarter other) {
    return year != other.year ? Integer.compare(year, other.year) : quarter - other.quarter;
  }

  @Override
  public String toString() {
    return year + "-Q" + quarter;
  }
}
