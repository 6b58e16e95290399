package nl.leerkring.portal.cofinancing.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.BudgetLine;
import nl.leerkring.portal.cofinancing.Contribution;
import nl.leerkring.portal.cofinancing.ContributionForm;
import nl.leerkring.portal.cofinancing.FundingSource;
import nl.leerkring.portal.cofinancing.LedgerCode;
import nl.leerkring.portal.cofinancing.LineAmount;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Period;
import nl.leerkring.portal.cofinancing.ProgrammeLedger;
import nl.leerkring.portal.cofinancing.RoundingPolicy;
import nl.leerkring.portal.cofinancing.SourceStatus;

/**
 * Computes a {@link CircleRollup}, exactly as the package documentation defines each figure. Every
 * split of an amount over calendar years or over gemeenten goes through {@link RoundingPolicy};
 * everything else is exact addition, subtraction and clamping at zero.
 *
 * <p>NOTE: stateless and thread-safe; each call works on its own maps.
 */
final class Rollups {

  private Rollups() {}

  /**
   * The roll-up of one statement per gemeente, for every calendar year any statement's programme
   * period touches, or only {@code year} when it is not null.
   *
   * @throws PortalException (invalid) when a statement is missing or two are for the same gemeente
   */
  static CircleRollup compute(List<MemberStatement> statements, Integer year) {
    Objects.requireNonNull(statements, "The statements to roll up are required.");
    Set<String> seen = new HashSet<>();
    for (MemberStatement statement : statements) {
      if (statement == null) {
        throw PortalException.invalid(LedgerCode.STATEMENT_MISSING);
      }
      if (!seen.add(statement.gemeente())) {
        throw PortalException.invalid(LedgerCode.TWO_STATEMENTS_FOR_GEMEENTE, statement.gemeente());
      }
    }
    List<Integer> touched = yearsTouched(statements);
    List<Integer> years = year != null ? List.of(year) : touched;
    // figures count only in years some programme period touches: a year filter outside them
    // shows zeros, even for an amount entered in that year
    Set<Integer> counted = new HashSet<>(years);
    counted.retainAll(touched);
    List<MemberRollup> members = new ArrayList<>(statements.size());
    for (MemberStatement statement : statements) {
      members.add(member(statement, years, counted));
    }
    MemberRollup circle = circle(members, years);
    return new CircleRollup(years, members, circle, withdrawals(members, circle));
  }

  /** Every calendar year from the start to the end of any programme period, sorted. */
  private static List<Integer> yearsTouched(List<MemberStatement> statements) {
    Set<Integer> years = new TreeSet<>();
    for (MemberStatement statement : statements) {
      for (ProgrammeLedger ledger : statement.ledgers()) {
        Period period = ledger.period();
        for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
          years.add(y);
        }
      }
    }
    return List.copyOf(years);
  }

  // --- one member ---

  private static MemberRollup member(
      MemberStatement statement, List<Integer> years, Set<Integer> counted) {
    Tally planned = new Tally(counted);
    Tally actual = new Tally(counted);
    Tally awarded = new Tally(counted);
    Tally received = new Tally(counted);
    Tally inKind = new Tally(counted);
    Tally cash = new Tally(counted);
    // Each programme over its own period: a pledge is spread over the years its programme runs.
    for (ProgrammeLedger ledger : statement.ledgers()) {
      for (BudgetLine line : ledger.lines()) {
        for (LineAmount amount : line.amounts()) {
          planned.addSplit(amount.planned(), amount.period());
          if (amount.actual() != null) {
            actual.addSplit(amount.actual(), amount.period());
          }
        }
      }
      for (FundingSource source : ledger.sources()) {
        if (!source.kind().isGrant()
            || source.status() == SourceStatus.RECLAIMED
            || !awarded.touches(source.eligibility())) {
          continue;
        }
        Map<Integer, Money> split =
            RoundingPolicy.splitByCalendarYear(source.awarded(), source.eligibility());
        awarded.add(split);
        if (source.status() == SourceStatus.AWARDED
            || source.status() == SourceStatus.ESTABLISHED) {
          received.add(split);
        }
      }
      for (Contribution contribution : ledger.contributions()) {
        Tally tally = contribution.form() == ContributionForm.IN_KIND ? inKind : cash;
        tally.addSplit(contribution.value(), ledger.period());
      }
    }
    List<YearFigures> perYear = new ArrayList<>(years.size());
    for (Integer y : years) {
      perYear.add(
          figures(
              y,
              planned.of(y),
              actual.of(y),
              awarded.of(y),
              received.of(y),
              inKind.of(y),
              cash.of(y)));
    }
    return new MemberRollup(statement.gemeente(), statement.name(), perYear, sum(null, perYear));
  }

  /** The derived figures of one year; the clamping at zero is per year. */
  private static YearFigures figures(
      Integer year,
      Money planned,
      Money actual,
      Money subsidyAwarded,
      Money subsidyReceived,
      Money pledgedInKind,
      Money pledgedCash) {
    Money required = planned.minus(subsidyAwarded).max(Money.ZERO);
    Money realised = actual.minus(subsidyReceived).max(Money.ZERO);
    Money gap = required.minus(pledgedInKind.plus(pledgedCash));
    return new YearFigures(
        year,
        planned,
        actual,
        subsidyAwarded,
        subsidyReceived,
        required,
        pledgedInKind,
        pledgedCash,
        realised,
        gap);
  }

  /** Field by field sum of some figures (a total, or a year of the circle); zeros for none. */
  private static YearFigures sum(Integer year, List<YearFigures> figures) {
    BigDecimal planned = BigDecimal.ZERO;
    BigDecimal actual = BigDecimal.ZERO;
    BigDecimal awarded = BigDecimal.ZERO;
    BigDecimal received = BigDecimal.ZERO;
    BigDecimal required = BigDecimal.ZERO;
    BigDecimal inKind = BigDecimal.ZERO;
    BigDecimal cash = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    BigDecimal gap = BigDecimal.ZERO;
    for (YearFigures f : figures) {
      planned = planned.add(f.planned().amount());
      actual = actual.add(f.actual().amount());
      awarded = awarded.add(f.subsidyAwarded().amount());
      received = received.add(f.subsidyReceived().amount());
      required = required.add(f.required().amount());
      inKind = inKind.add(f.pledgedInKind().amount());
      cash = cash.add(f.pledgedCash().amount());
      realised = realised.add(f.realised().amount());
      gap = gap.add(f.gap().amount());
    }
    return new YearFigures(
        year,
        Money.of(planned),
        Money.of(actual),
        Money.of(awarded),
        Money.of(received),
        Money.of(required),
        Money.of(inKind),
        Money.of(cash),
        Money.of(realised),
        Money.of(gap));
  }

  // --- the circle ---

  private static MemberRollup circle(List<MemberRollup> members, List<Integer> years) {
    List<YearFigures> perYear = new ArrayList<>(years.size());
    for (int i = 0; i < years.size(); i++) {
      List<YearFigures> ofYear = new ArrayList<>(members.size());
      for (MemberRollup member : members) {
        ofYear.add(member.years().get(i));
      }
      perYear.add(sum(years.get(i), ofYear));
    }
    return new MemberRollup(null, null, perYear, sum(null, perYear));
  }

  private static List<Withdrawal> withdrawals(List<MemberRollup> members, MemberRollup circle) {
    Money circleRequired = circle.total().required();
    List<Withdrawal> withdrawals = new ArrayList<>(members.size());
    for (int w = 0; w < members.size(); w++) {
      MemberRollup withdrawing = members.get(w);
      Money redistributed = withdrawing.total().required();
      List<MemberRollup> others = new ArrayList<>(members.size() - 1);
      List<BigDecimal> weights = new ArrayList<>(members.size() - 1);
      boolean anyWeight = false;
      for (int o = 0; o < members.size(); o++) {
        if (o != w) {
          MemberRollup other = members.get(o);
          others.add(other);
          weights.add(other.total().required().amount());
          anyWeight |= other.total().required().isPositive();
        }
      }
      if (others.isEmpty()) {
        withdrawals.add(new Withdrawal(withdrawing.gemeente(), redistributed, List.of()));
        continue;
      }
      List<Money> parts =
          anyWeight
              ? RoundingPolicy.splitByWeights(redistributed, weights)
              : RoundingPolicy.splitEvenly(redistributed, others.size());
      List<ShareChange> changes = new ArrayList<>(others.size());
      for (int i = 0; i < others.size(); i++) {
        Money before = others.get(i).total().required();
        Money after = before.plus(parts.get(i));
        changes.add(
            new ShareChange(
                others.get(i).gemeente(),
                before,
                after,
                RoundingPolicy.share(before, circleRequired),
                RoundingPolicy.share(after, circleRequired)));
      }
      withdrawals.add(new Withdrawal(withdrawing.gemeente(), redistributed, changes));
    }
    return withdrawals;
  }

  /** Amounts per counted calendar year; amounts falling in other years are left out. */
  private static final class Tally {

    private final Map<Integer, BigDecimal> perYear;

    Tally(Set<Integer> years) {
      perYear = new HashMap<>(years.size() * 2);
      for (Integer year : years) {
        perYear.put(year, BigDecimal.ZERO);
      }
    }

    /**
     * Adds the parts of the counted years. A period touching none of them adds nothing, so it is
     * not split at all (with a year filter, most amounts).
     */
    void addSplit(Money amount, Period period) {
      if (touches(period)) {
        add(RoundingPolicy.splitByCalendarYear(amount, period));
      }
    }

    /** Whether a period has days in any of the counted years. */
    boolean touches(Period period) {
      for (int y = period.start().getYear(); y <= period.end().getYear(); y++) {
        if (perYear.containsKey(y)) {
          return true;
        }
      }
      return false;
    }

    void add(Map<Integer, Money> split) {
      for (Map.Entry<Integer, Money> part : split.entrySet()) {
        perYear.computeIfPresent(part.getKey(), (y, sum) -> sum.add(part.getValue().amount()));
      }
    }

    /** The sum for a year; zero for a year that is not counted. */
    Money of(Integer year) {
      BigDecimal sum = perYear.get(year);
      return sum == null ? Money.ZERO : Money.of(sum);
    }
  }
}
