package nl.leerkring.bench.rollup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import nl.leerkring.bench.Machine;
import nl.leerkring.portal.cofinancing.BudgetLine;
import nl.leerkring.portal.cofinancing.BudgetVersion;
import nl.leerkring.portal.cofinancing.CofinancingRule;
import nl.leerkring.portal.cofinancing.Contribution;
import nl.leerkring.portal.cofinancing.CostCategory;
import nl.leerkring.portal.cofinancing.FundingSource;
import nl.leerkring.portal.cofinancing.HourlyRate;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.LineAmount;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.cofinancing.Period;
import nl.leerkring.portal.cofinancing.ProgrammeLedger;
import nl.leerkring.portal.cofinancing.SourceKind;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.portal.cofinancing.rollup.CircleRollup;
import nl.leerkring.portal.cofinancing.rollup.MemberStatement;
import nl.leerkring.portal.cofinancing.rollup.YearFigures;

/**
 * Roll-up benchmark (issue F5): how long {@link CircleRollup#of} takes for a large circle, all
 * years and one year. See {@code bench/README.md}, "Roll-up benchmark (issue F5)"; run it with
 * {@code bench/rollup.sh}.
 *
 * <p>The circle is built deterministically from a fixed seed: {@code bench.members} (50) gemeenten,
 * each with a programme over {@code bench.years} (10) calendar years from 2024, {@code bench.lines}
 * (20) budget lines with one amount per calendar year (planned, actual and forecast), 2–3 grant
 * sources with eligibility windows that do not follow calendar years and mixed statuses, and 5
 * contributions, cash and in kind. A plain main, not JMH: the unit is one call of milliseconds, and
 * what matters is its distribution (p50, p99, max) against the goal, not a steady-state score.
 */
public final class RollupBenchmark {

  private static final LocalDate FIRST_DAY = LocalDate.of(2024, 1, 1);

  private RollupBenchmark() {}

  public static void main(String[] args) {
    long seed = Long.getLong("bench.seed", 20_261_123L);
    int members = Integer.getInteger("bench.members", 50);
    int years = Integer.getInteger("bench.years", 10);
    int lines = Integer.getInteger("bench.lines", 20);
    int warmup = Integer.getInteger("bench.warmup", 200);
    int calls = Integer.getInteger("bench.calls", 500);
    int year = Integer.getInteger("bench.year", 2028);
    double goalMs = 50;

    Machine.print(true);
    long built = System.nanoTime();
    List<MemberStatement> circle = circle(new Random(seed), members, years, lines);
    long buildNanos = System.nanoTime() - built;
    System.out.printf(
        Locale.ROOT,
        "data:       %d gemeenten × %d calendar years (%d–%d) × %d budget lines = %,d line amounts"
            + " (planned, actual, forecast); %d grant sources, %d contributions; seed %d; built in"
            + " %.0f ms%n",
        members,
        years,
        FIRST_DAY.getYear(),
        FIRST_DAY.getYear() + years - 1,
        lines,
        members * years * lines,
        circle.stream().mapToInt(s -> s.ledgers().get(0).sources().size()).sum(),
        circle.stream().mapToInt(s -> s.ledgers().get(0).contributions().size()).sum(),
        seed,
        buildNanos / 1e6);

    // The same figures every run (a check that the data and the code are the same), and a sink
    // for the results so the JIT cannot drop the calls.
    CircleRollup all = CircleRollup.of(circle, null);
    CircleRollup one = CircleRollup.of(circle, year);
    System.out.println("circle, all years:  " + figures(all.circle().total()));
    System.out.println("circle, " + year + ":       " + figures(one.circle().total()));
    System.out.println(
        "withdrawals:        "
            + all.withdrawals().size()
            + " scenarios of "
            + all.withdrawals().get(0).changes().size()
            + " changes; first: "
            + all.withdrawals().get(0).withdrawing()
            + " redistributes "
            + all.withdrawals().get(0).redistributed().plain());

    long sink = 0;
    long warmStart = System.nanoTime();
    for (int i = 0; i < warmup; i++) {
      sink += CircleRollup.of(circle, i % 2 == 0 ? null : year).years().size();
    }
    System.out.printf(
        Locale.ROOT,
        "%nwarm-up:    %d calls (alternating all years / %d) in %.1f s, not reported%n",
        warmup,
        year,
        (System.nanoTime() - warmStart) / 1e9);

    long[] allYears = new long[calls];
    long[] oneYear = new long[calls];
    // interleaved, so that both see the same machine load
    for (int i = 0; i < calls; i++) {
      long t0 = System.nanoTime();
      CircleRollup a = CircleRollup.of(circle, null);
      long t1 = System.nanoTime();
      CircleRollup b = CircleRollup.of(circle, year);
      long t2 = System.nanoTime();
      allYears[i] = t1 - t0;
      oneYear[i] = t2 - t1;
      sink += a.circle().total().required().amount().unscaledValue().longValue();
      sink += b.circle().total().required().amount().unscaledValue().longValue();
    }

    System.out.println();
    System.out.println(
        "CircleRollup.of, one thread, "
            + calls
            + " calls each; ms, nearest rank (p50 of an even count is the lower middle)");
    System.out.printf(
        Locale.ROOT, "%-26s %8s %8s %8s %8s  %s%n", "call", "p50", "p99", "max", "mean", "goal");
    boolean met = row("of(all, null) " + years + " years", allYears, goalMs);
    met &= row("of(all, " + year + ")", oneYear, goalMs);
    System.out.printf(
        Locale.ROOT,
        "goal: every call < %.0f ms at p99 for %d gemeenten: %s%n",
        goalMs,
        members,
        met ? "MET" : "NOT MET");
    System.out.println(
        "load avg:   "
            + Machine.loadAverage("?")
            + " (1, 5, 15 min, at the end)   (sink "
            + (sink & 0xff)
            + ")");
  }

  private static boolean row(String what, long[] nanos, double goalMs) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    double p50 = percentile(sorted, 50);
    double p99 = percentile(sorted, 99);
    double max = sorted[sorted.length - 1] / 1e6;
    double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
    boolean met = p99 < goalMs;
    System.out.printf(
        Locale.ROOT,
        "%-26s %8.2f %8.2f %8.2f %8.2f  < %.0f ms at p99: %s%s%n",
        what,
        p50,
        p99,
        max,
        mean,
        goalMs,
        met ? "met" : "NOT met",
        max < goalMs ? " (max too)" : " (max above)");
    return met;
  }

  /** Nearest rank, in ms. */
  private static double percentile(long[] sorted, int pct) {
    int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private static String figures(YearFigures f) {
    return "planned "
        + f.planned().plain()
        + ", awarded "
        + f.subsidyAwarded().plain()
        + ", required "
        + f.required().plain()
        + ", pledged "
        + f.pledged().plain()
        + ", gap "
        + f.gap().plain();
  }

  // --- the circle ---

  static List<MemberStatement> circle(Random random, int members, int years, int lines) {
    List<MemberStatement> statements = new ArrayList<>(members);
    for (int m = 0; m < members; m++) {
      String gemeente = String.format(Locale.ROOT, "gemeente-%02d", m + 1);
      statements.add(
          new MemberStatement(
              gemeente, "Gemeente " + (m + 1), ledger(random, gemeente, years, lines)));
    }
    return statements;
  }

  private static ProgrammeLedger ledger(Random random, String gemeente, int years, int lines) {
    Period programme =
        new Period(
            gemeente + " " + years + " years", FIRST_DAY, FIRST_DAY.plusYears(years).minusDays(1));
    List<BudgetLine> budget = new ArrayList<>(lines);
    CostCategory[] categories = CostCategory.values();
    for (int l = 0; l < lines; l++) {
      List<LineAmount> amounts = new ArrayList<>(years);
      for (int y = 0; y < years; y++) {
        Money planned = Money.cents(100_000 + random.nextInt(5_000_000)); // € 1,000 – € 51,000
        Money actual = percentOf(planned, 70 + random.nextInt(50), random);
        Money forecast = percentOf(planned, 80 + random.nextInt(40), random);
        amounts.add(
            new LineAmount(Period.year(FIRST_DAY.getYear() + y), planned, actual, forecast));
      }
      budget.add(
          new BudgetLine(
              "line-" + (l + 1), categories[l % categories.length], "Line " + (l + 1), amounts));
    }
    List<FundingSource> sources = new ArrayList<>();
    SourceKind[] kinds = {SourceKind.REGIODEAL, SourceKind.SPUK, SourceKind.PROVINCIAL};
    SourceStatus[] statuses = SourceStatus.values();
    int grants = 2 + random.nextInt(2);
    for (int g = 0; g < grants; g++) {
      LocalDate from = FIRST_DAY.plusDays(random.nextInt(365 * Math.max(1, years - 3)));
      LocalDate to = from.plusDays(365 + random.nextInt(365 * 4));
      LocalDate last = programme.end();
      Period window = Period.of(from, to.isAfter(last) ? last : to);
      sources.add(
          new FundingSource(
              "grant-" + (g + 1),
              kinds[g % kinds.length].name() + " " + (g + 1),
              "grantor",
              kinds[g % kinds.length],
              "D-" + gemeente + "-" + (g + 1),
              from,
              Money.euros(50_000 + random.nextInt(400_000)),
              window,
              statuses[random.nextInt(statuses.length)],
              new CofinancingRule(Percentage.of(50), true, Percentage.of(50)),
              List.of()));
    }
    List<Contribution> contributions = new ArrayList<>(5);
    for (int c = 0; c < 5; c++) {
      String id = "contribution-" + (c + 1);
      String line = "line-" + (1 + random.nextInt(lines));
      if (c % 2 == 0) {
        contributions.add(
            Contribution.inKind(
                id,
                gemeente,
                Hours.of(BigDecimal.valueOf(100_000 + random.nextInt(1_000_000), 2)),
                new HourlyRate(Money.euros(35 + random.nextInt(40)), FIRST_DAY),
                random.nextBoolean(),
                line));
      } else {
        contributions.add(
            Contribution.cash(
                id,
                gemeente,
                Money.euros(10_000 + random.nextInt(200_000)),
                random.nextBoolean(),
                line));
      }
    }
    return new ProgrammeLedger(
        "Programme " + gemeente,
        programme,
        Percentage.of(50),
        sources,
        contributions,
        List.of(new BudgetVersion(1, BudgetVersion.Kind.ORIGINAL, FIRST_DAY, null, budget)),
        List.of(),
        List.of());
  }

  /** percent % of an amount, whole cents (test data, so plain integer arithmetic). */
  private static Money percentOf(Money amount, int percent, Random random) {
    long cents = amount.amount().movePointRight(2).longValueExact() * percent / 100;
    return Money.cents(cents + random.nextInt(100));
  }
}
