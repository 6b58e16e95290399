package nl.leerkring.portal.cofinancing.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
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

/**
 * The roll-up's promises for random circles: random members with random ledgers (periods across
 * calendar years, lines with several amounts, grants of every kind and status, contributions in
 * cash and in kind), with and without a year filter.
 */
class RollupProperties {

  private static final Map<String, Function<YearFigures, Money>> FIGURES =
      Map.of(
          "planned", YearFigures::planned,
          "actual", YearFigures::actual,
          "subsidyAwarded", YearFigures::subsidyAwarded,
          "subsidyReceived", YearFigures::subsidyReceived,
          "required", YearFigures::required,
          "pledgedInKind", YearFigures::pledgedInKind,
          "pledgedCash", YearFigures::pledgedCash,
          "realised", YearFigures::realised,
          "gap", YearFigures::gap);

  @Property
  void yearlyFiguresAddUpToTheTotal(
      @ForAll("circles") List<MemberStatement> statements, @ForAll("years") Integer year) {
    CircleRollup rollup = CircleRollup.of(statements, year);
    List<MemberRollup> all = new ArrayList<>(rollup.members());
    all.add(rollup.circle());
    for (MemberRollup member : all) {
      assertEquals(rollup.years().size(), member.years().size());
      for (int i = 0; i < rollup.years().size(); i++) {
        assertEquals(rollup.years().get(i), member.years().get(i).year());
      }
      FIGURES.forEach(
          (name, figure) ->
              assertEquals(
                  figure.apply(member.total()),
                  Money.sum(member.years().stream().map(figure).toList()),
                  member.gemeente() + " " + name));
    }
  }

  @Property
  void figuresFollowTheirDefinitionsEveryYear(
      @ForAll("circles") List<MemberStatement> statements, @ForAll("years") Integer year) {
    CircleRollup rollup = CircleRollup.of(statements, year);
    for (MemberRollup member : rollup.members()) {
      for (YearFigures y : member.years()) {
        assertFalse(y.required().isNegative(), "required is never below zero");
        assertFalse(y.realised().isNegative(), "realised is never below zero");
        assertEquals(y.planned().minus(y.subsidyAwarded()).max(Money.ZERO), y.required());
        assertEquals(y.actual().minus(y.subsidyReceived()).max(Money.ZERO), y.realised());
        assertEquals(y.required().minus(y.pledged()), y.gap());
        assertTrue(
            y.subsidyReceived().compareTo(y.subsidyAwarded()) <= 0, "received is part of awarded");
      }
    }
  }

  @Property
  void aYearAloneHasTheFiguresItHasAmongAllYears(
      @ForAll("circles") List<MemberStatement> statements, @ForAll("years") Integer year) {
    CircleRollup all = CircleRollup.of(statements, null);
    CircleRollup one = CircleRollup.of(statements, year == null ? 2026 : year);
    int at = all.years().indexOf(one.years().get(0));
    for (int m = 0; m < statements.size(); m++) {
      YearFigures alone = one.members().get(m).years().get(0);
      if (at < 0) {
        Money z = Money.ZERO;
        assertEquals(new YearFigures(alone.year(), z, z, z, z, z, z, z, z, z), alone);
      } else {
        assertEquals(all.members().get(m).years().get(at), alone);
      }
      YearFigures total = one.members().get(m).total();
      assertEquals(null, total.year());
      FIGURES.forEach((name, figure) -> assertEquals(figure.apply(alone), figure.apply(total)));
    }
  }

  @Property
  void circleFiguresAreTheSumOfTheMembers(
      @ForAll("circles") List<MemberStatement> statements, @ForAll("years") Integer year) {
    CircleRollup rollup = CircleRollup.of(statements, year);
    for (int i = 0; i <= rollup.years().size(); i++) {
      int at = i;
      Function<MemberRollup, YearFigures> pick =
          at < rollup.years().size() ? m -> m.years().get(at) : MemberRollup::total;
      FIGURES.forEach(
          (name, figure) ->
              assertEquals(
                  figure.apply(pick.apply(rollup.circle())),
                  Money.sum(rollup.members().stream().map(pick).map(figure).toList()),
                  "circle "
                      + name
                      + (at < rollup.years().size() ? " " + rollup.years().get(at) : "")));
    }
  }

  @Property
  void everyWithdrawalIsRedistributedExactly(
      @ForAll("circles") List<MemberStatement> statements, @ForAll("years") Integer year) {
    CircleRollup rollup = CircleRollup.of(statements, year);
    assertEquals(rollup.members().size(), rollup.withdrawals().size());
    for (int w = 0; w < rollup.members().size(); w++) {
      MemberRollup member = rollup.members().get(w);
      Withdrawal withdrawal = rollup.withdrawals().get(w);
      assertEquals(member.gemeente(), withdrawal.withdrawing());
      assertEquals(member.total().required(), withdrawal.redistributed());
      assertEquals(rollup.members().size() - 1, withdrawal.changes().size());
      if (withdrawal.changes().isEmpty()) {
        continue;
      }
      Statistics.label("split")
          .collect(
              withdrawal.changes().stream().anyMatch(c -> c.requiredBefore().isPositive())
                  ? "by weights"
                  : "evenly");
      Money increases = Money.ZERO;
      Money after = Money.ZERO;
      for (ShareChange change : withdrawal.changes()) {
        assertFalse(change.gemeente().equals(withdrawal.withdrawing()));
        assertEquals(
            rollup.member(change.gemeente()).orElseThrow().total().required(),
            change.requiredBefore());
        assertFalse(change.increase().isNegative(), "nobody's share falls");
        increases = increases.plus(change.increase());
        after = after.plus(change.requiredAfter());
      }
      assertEquals(withdrawal.redistributed(), increases, "the parts add up exactly");
      assertEquals(rollup.circle().total().required(), after, "the circle's total is carried");
    }
  }

  @Property
  void sharesAddUpToAHundredPercent(
      @ForAll("circles") List<MemberStatement> statements, @ForAll("years") Integer year) {
    CircleRollup rollup = CircleRollup.of(statements, year);
    Statistics.label("the circle requires something")
        .collect(rollup.circle().total().required().isPositive());
    if (!rollup.circle().total().required().isPositive()) {
      for (MemberRollup member : rollup.members()) {
        assertEquals(Percentage.ZERO, rollup.requiredShare(member));
      }
      return;
    }
    int members = rollup.members().size();
    BigDecimal tolerance = new BigDecimal("0.0001").multiply(BigDecimal.valueOf(members));
    BigDecimal shares = BigDecimal.ZERO;
    for (MemberRollup member : rollup.members()) {
      shares = shares.add(rollup.requiredShare(member).value());
    }
    assertAbout100(shares, tolerance, "shares of all members");
    for (Withdrawal withdrawal : rollup.withdrawals()) {
      if (withdrawal.changes().isEmpty()) {
        continue;
      }
      BigDecimal before =
          rollup.requiredShare(rollup.member(withdrawal.withdrawing()).orElseThrow()).value();
      BigDecimal after = BigDecimal.ZERO;
      for (ShareChange change : withdrawal.changes()) {
        before = before.add(change.shareBefore().value());
        after = after.add(change.shareAfter().value());
        assertTrue(change.shareAfter().compareTo(change.shareBefore()) >= 0);
      }
      assertAbout100(before, tolerance, "shares before " + withdrawal.withdrawing() + " left");
      assertAbout100(after, tolerance, "shares after " + withdrawal.withdrawing() + " left");
    }
  }

  private static void assertAbout100(BigDecimal sum, BigDecimal tolerance, String what) {
    BigDecimal off = sum.subtract(BigDecimal.valueOf(100)).abs();
    assertTrue(off.compareTo(tolerance) <= 0, what + " add up to " + sum.toPlainString());
  }

  // --- random circles ---

  @Provide
  Arbitrary<List<MemberStatement>> circles() {
    return ledgers()
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            ledgers -> {
              List<MemberStatement> statements = new ArrayList<>();
              for (int i = 0; i < ledgers.size(); i++) {
                statements.add(new MemberStatement("g" + i, null, ledgers.get(i)));
              }
              return statements;
            });
  }

  @Provide
  Arbitrary<Integer> years() {
    return Arbitraries.integers().between(2020, 2032).injectNull(0.5);
  }

  private Arbitrary<ProgrammeLedger> ledgers() {
    return Combinators.combine(
            periods(),
            lineAmounts().list().ofMinSize(0).ofMaxSize(3).list().ofMaxSize(4),
            sources().list().ofMaxSize(3),
            contributions().list().ofMaxSize(4))
        .as(
            (period, lineAmounts, sources, contributions) -> {
              List<BudgetLine> lines = new ArrayList<>();
              for (int i = 0; i < lineAmounts.size(); i++) {
                lines.add(new BudgetLine("l" + i, CostCategory.OTHER, null, lineAmounts.get(i)));
              }
              List<FundingSource> withIds = new ArrayList<>();
              for (int i = 0; i < sources.size(); i++) {
                withIds.add(sources.get(i).apply("s" + i));
              }
              List<Contribution> contributionsWithIds = new ArrayList<>();
              for (int i = 0; i < contributions.size(); i++) {
                contributionsWithIds.add(contributions.get(i).apply("c" + i));
              }
              return new ProgrammeLedger(
                  "random",
                  period,
                  null,
                  withIds,
                  contributionsWithIds,
                  List.of(
                      new BudgetVersion(
                          1, BudgetVersion.Kind.ORIGINAL, period.start(), null, lines)),
                  List.of(),
                  List.of());
            });
  }

  private Arbitrary<Period> periods() {
    Arbitrary<LocalDate> start =
        Arbitraries.integers().between(0, 2_500).map(d -> LocalDate.of(2021, 1, 1).plusDays(d));
    return Combinators.combine(start, Arbitraries.integers().between(0, 1_500))
        .as((from, days) -> Period.of(from, from.plusDays(days)));
  }

  private Arbitrary<Money> amounts() {
    return Arbitraries.longs().between(0, 10_000_000_000L).map(Money::cents);
  }

  private Arbitrary<LineAmount> lineAmounts() {
    return Combinators.combine(periods(), amounts(), amounts().injectNull(0.4), amounts())
        .as(
            (period, planned, actual, forecast) ->
                new LineAmount(period, planned, actual, forecast));
  }

  private Arbitrary<Function<String, FundingSource>> sources() {
    return Combinators.combine(
            Arbitraries.of(SourceKind.class),
            Arbitraries.of(SourceStatus.class),
            amounts(),
            periods())
        .as(
            (kind, status, awarded, window) ->
                id ->
                    new FundingSource(
                        id,
                        null,
                        "grantor",
                        kind,
                        null,
                        null,
                        awarded,
                        window,
                        status,
                        new CofinancingRule(Percentage.of(50), true, Percentage.ZERO),
                        List.of()));
  }

  private Arbitrary<Function<String, Contribution>> contributions() {
    Arbitrary<Function<String, Contribution>> cash =
        amounts().map(amount -> id -> Contribution.cash(id, "partner", amount, false, null));
    Arbitrary<Function<String, Contribution>> inKind =
        Combinators.combine(
                Arbitraries.bigDecimals()
                    .between(BigDecimal.ZERO, BigDecimal.valueOf(50_000))
                    .ofScale(2),
                Arbitraries.longs().between(0, 25_000).map(Money::cents))
            .as(
                (hours, rate) ->
                    id ->
                        Contribution.inKind(
                            id,
                            "partner",
                            Hours.of(hours),
                            new HourlyRate(rate, LocalDate.of(2021, 1, 1)),
                            true,
                            null));
    return Arbitraries.oneOf(cash, inKind);
  }
}
