package nl.leerkring.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the small bar charts on the ledger and roll-up pages, drawn as inline SVG by the
 * pages themselves (no script, no library): the page writes one {@code <rect>} per {@link Bar} and
 * one {@code <text>} per {@link Label}, so every text is escaped by Facelets. Figures are always
 * also in a table beside the chart, which is the chart's text alternative.
 *
 * <p>NOTE: stateless; every method is a pure function of its arguments.
 */
public final class Charts {

  static final int WIDTH = 640;

  private Charts() {}

  /** A rectangle, with its tooltip text ({@code <title>}). */
  public record Bar(String x, String y, String width, String height, String css, String title) {}

  /** A text at a point; {@code anchor} is start, middle or end. */
  public record Label(String x, String y, String text, String anchor) {}

  /** A grid or axis line. */
  public record Rule(String x1, String y1, String x2, String y2) {}

  /** A drawn chart: the SVG's {@code viewBox} is {@code 0 0 width height}. */
  public record Chart(int width, int height, List<Bar> bars, List<Label> labels, List<Rule> rules) {
    public String viewBox() {
      return "0 0 " + width + " " + height;
    }

    public boolean empty() {
      return bars.isEmpty();
    }
  }

  /** One series of values (planned, actual; in kind, cash). */
  public record Series(String css, String label) {}

  /** A group of bars side by side (a calendar year): one value per series. */
  public record Group(String label, List<BigDecimal> values) {}

  /** One row of a stacked bar (a gemeente): the stacked values, and a reference to compare with. */
  public record Row(String label, List<BigDecimal> stack, BigDecimal reference) {}

  /**
   * Vertical bars, grouped: per group one bar per series, with a value axis in whole euros.
   *
   * @param tooltip the text of each bar's tooltip for (group, series, value)
   */
  static Chart grouped(List<Group> groups, List<Series> series, Tooltip tooltip) {
    int height = 260;
    double left = 96;
    double right = 12;
    double top = 16;
    double bottom = 32;
    double plotWidth = WIDTH - left - right;
    double plotHeight = height - top - bottom;
    BigDecimal max = niceMax(groups.stream().flatMap(g -> g.values().stream()).toList());
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Rule> rules = axis(max, left, WIDTH - right, top, plotHeight, labels);
    if (groups.isEmpty()) {
      return new Chart(WIDTH, height, List.of(), List.of(), List.of());
    }
    double groupWidth = plotWidth / groups.size();
    double barWidth = Math.min(48, groupWidth * 0.7 / Math.max(1, series.size()));
    for (int g = 0; g < groups.size(); g++) {
      Group group = groups.get(g);
      double centre = left + groupWidth * g + groupWidth / 2;
      double start = centre - barWidth * series.size() / 2;
      for (int s = 0; s < series.size() && s < group.values().size(); s++) {
        BigDecimal value = nonNegative(group.values().get(s));
        double h = scale(value, max, plotHeight);
        bars.add(
            new Bar(
                n(start + barWidth * s),
                n(top + plotHeight - h),
                n(barWidth - 2),
                n(h),
                series.get(s).css(),
                tooltip.text(group, series.get(s), group.values().get(s))));
      }
      labels.add(new Label(n(centre), n(height - 10), group.label(), "middle"));
    }
    return new Chart(WIDTH, height, bars, labels, rules);
  }

  /**
   * Horizontal bars, one row per label: the stack (such as pledged in kind + cash) on top, the
   * reference (such as the required amount) as a thinner bar below it.
   */
  static Chart stacked(List<Row> rows, List<Series> stack, Series reference, Tooltip tooltip) {
    double left = 150;
    double right = 16;
    double top = 12;
    double rowHeight = 46;
    double axisHeight = 28;
    int height = (int) (top + rowHeight * Math.max(1, rows.size()) + axisHeight);
    double plotWidth = WIDTH - left - right;
    List<BigDecimal> all = new ArrayList<>();
    for (Row r : rows) {
      all.add(r.stack().stream().map(Charts::nonNegative).reduce(BigDecimal.ZERO, BigDecimal::add));
      all.add(nonNegative(r.reference()));
    }
    BigDecimal max = niceMax(all);
    List<Bar> bars = new ArrayList<>();
    List<Label> labels = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    double baseline = top + rowHeight * rows.size();
    for (int t = 0; t <= 4; t++) {
      BigDecimal tick = max.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4));
      double x = left + scale(tick, max, plotWidth);
      rules.add(new Rule(n(x), n(top), n(x), n(baseline)));
      labels.add(
          new Label(
              n(x),
              n(baseline + 18),
              wholeEuros(tick),
              t == 0 ? "start" : t == 4 ? "end" : "middle"));
    }
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      double y = top + rowHeight * i + 6;
      Group group = new Group(row.label(), row.stack());
      double x = left;
      for (int s = 0; s < stack.size() && s < row.stack().size(); s++) {
        double w = scale(nonNegative(row.stack().get(s)), max, plotWidth);
        bars.add(
            new Bar(
                n(x),
                n(y),
                n(w),
                "16",
                stack.get(s).css(),
                tooltip.text(group, stack.get(s), row.stack().get(s))));
        x += w;
      }
      bars.add(
          new Bar(
              n(left),
              n(y + 19),
              n(scale(nonNegative(row.reference()), max, plotWidth)),
              "10",
              reference.css(),
              tooltip.text(group, reference, row.reference())));
      labels.add(new Label(n(left - 8), n(y + 18), row.label(), "end"));
    }
    return new Chart(WIDTH, height, bars, labels, rules);
  }

  /** The text of a bar's tooltip. */
  @FunctionalInterface
  interface Tooltip {
    String text(Group group, Series series, BigDecimal value);
  }

  // --- helpers ---

  private static List<Rule> axis(
      BigDecimal max,
      double left,
      double right,
      double top,
      double plotHeight,
      List<Label> labels) {
    List<Rule> rules = new ArrayList<>();
    for (int t = 0; t <= 4; t++) {
      BigDecimal tick = max.multiply(BigDecimal.valueOf(t)).divide(BigDecimal.valueOf(4));
      double y = top + plotHeight - scale(tick, max, plotHeight);
      rules.add(new Rule(n(left), n(y), n(right), n(y)));
      labels.add(new Label(n(left - 6), n(y + 4), wholeEuros(tick), "end"));
    }
    return rules;
  }

  /** A round upper bound for the axis: 1, 2, 2.5 or 5 times a power of ten, at least 1. */
  static BigDecimal niceMax(List<BigDecimal> values) {
    BigDecimal max = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      if (v != null && v.compareTo(max) > 0) {
        max = v;
      }
    }
    if (max.signum() == 0) {
      return BigDecimal.ONE.movePointRight(3);
    }
    BigDecimal power = BigDecimal.ONE.movePointRight(max.precision() - max.scale() - 1);
    for (String step : new String[] {"1", "2", "2.5", "5", "10"}) {
      BigDecimal candidate = power.multiply(new BigDecimal(step));
      if (candidate.compareTo(max) >= 0) {
        return candidate.stripTrailingZeros();
      }
    }
    return power.movePointRight(1);
  }

  private static double scale(BigDecimal value, BigDecimal max, double length) {
    if (value == null || max.signum() == 0) {
      return 0;
    }
    return value.divide(max, 6, RoundingMode.HALF_UP).doubleValue() * length;
  }

  private static BigDecimal nonNegative(BigDecimal value) {
    return value == null || value.signum() < 0 ? BigDecimal.ZERO : value;
  }

  /** {@code € 50.000}: axis labels in whole euros. */
  static String wholeEuros(BigDecimal value) {
    String text = Texts.euroText(value.setScale(0, RoundingMode.HALF_UP).toPlainString());
    return text.endsWith(",00") ? text.substring(0, text.length() - 3) : text;
  }

  private static String n(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A plain decimal as a number for the chart; zero when missing. */
  static BigDecimal value(String plain) {
    BigDecimal v = Texts.decimal(plain);
    return v == null ? BigDecimal.ZERO : v;
  }
}
