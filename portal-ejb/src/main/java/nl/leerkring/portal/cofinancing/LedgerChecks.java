package nl.leerkring.portal.cofinancing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;

/**
 * Finds where a programme's numbers disagree, and which entries are invalid. Every finding names
 * both numbers and the difference; nothing is corrected or chosen here.
 *
 * <p>NOTE: stateless and thread-safe; every method is a pure function of the {@link
 * ProgrammeLedger}.
 */
public final class LedgerChecks {

  private LedgerChecks() {}

  /** Every check, errors first, in a stable order. */
  public static List<Check> run(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    checks.addAll(InputChecks.overlappingVersions(ledger));
    checks.addAll(InputChecks.hourlyRatesWithoutValidFrom(ledger));
    checks.addAll(InputChecks.linePeriodsOutsideProgramme(ledger));
    checks.addAll(shares(ledger));
    checks.addAll(ownShareBelowMinimum(ledger));
    checks.addAll(statedTotals(ledger));
    checks.addAll(yearlyAmounts(ledger));
    checks.addAll(rateTimesEligible(ledger));
    checks.addAll(actualsOutsideEligibility(ledger));
    checks.addAll(forecastAboveBudget(ledger));
    checks.addAll(subsidyOnBudgetedCosts(ledger));
    checks.addAll(lineFunding(ledger));
    checks.addAll(grantAllocation(ledger));
    checks.addAll(periodsNotCalendarYear(ledger));
    return List.copyOf(checks);
  }

  /** The {@link Severity#ERROR}s only: when there is one, nothing may be saved. */
  public static List<Check> errors(ProgrammeLedger ledger) {
    return run(ledger).stream().filter(c -> c.severity() == Severity.ERROR).toList();
  }

  /** Throws one {@link PortalException} naming every error, so the boundary saves nothing. */
  public static void requireValid(ProgrammeLedger ledger) {
    List<Check> errors = errors(ledger);
    if (!errors.isEmpty()) {
      throw PortalException.invalid(refusals(errors));
    }
  }

  /** The errors as refusals of the request, worded as the checks are. */
  public static List<Refusal> refusals(List<Check> errors) {
    return errors.stream().map(c -> Refusal.of(c.code(), c.args().toArray())).toList();
  }

  // ---- warnings: the numbers disagree ----

  static List<Check> shares(ProgrammeLedger ledger) {
    List<FundingSource> grants = ledger.grants();
    if (grants.isEmpty()) {
      return List.of();
    }
    Percentage rates = Percentage.ZERO;
    List<Map.Entry<String, Percentage>> parts = new ArrayList<>();
    for (FundingSource grant : grants) {
      rates = rates.plus(grant.rule().rate());
      parts.add(Map.entry(grant.name(), grant.rule().rate()));
    }
    Percentage own = ledger.statedOwnShare();
    if (own == null) {
      if (rates.compareTo(Percentage.HUNDRED) <= 0) {
        return List.of();
      }
      return List.of(
          Check.of(
              CheckCode.SHARES_NOT_100,
              null,
              Percentage.HUNDRED,
              rates,
              rates,
              parts,
              0,
              Percentage.ZERO));
    }
    Percentage total = rates.plus(own);
    if (total.compareTo(Percentage.HUNDRED) == 0) {
      return List.of();
    }
    return List.of(
        Check.of(CheckCode.SHARES_NOT_100, null, Percentage.HUNDRED, total, total, parts, 1, own));
  }

  static List<Check> ownShareBelowMinimum(ProgrammeLedger ledger) {
    Money total = ledger.budgetTotal();
    if (!total.isPositive()) {
      return List.of();
    }
    Money own =
        RoundingPolicy.ownShare(
            total, ledger.grants().stream().map(FundingSource::awarded).toList());
    Percentage ownShare = RoundingPolicy.share(own, total);
    List<Check> checks = new ArrayList<>();
    for (FundingSource grant : ledger.grants()) {
      Percentage minimum = grant.rule().minimumOwnShare();
      if (ownShare.compareTo(minimum) < 0) {
        checks.add(
            Check.of(
                CheckCode.OWN_SHARE_BELOW_MINIMUM,
                grant.id(),
                minimum,
                ownShare,
                own,
                total,
                ownShare,
                minimum,
                grant.name()));
      }
    }
    return checks;
  }

  static List<Check> statedTotals(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (StatedTotal stated : ledger.statedTotals()) {
      Money computed;
      String name;
      switch (stated.subject()) {
        case CONTRIBUTIONS -> {
          computed = ledger.contributionsTotal();
          name = "";
        }
        case BUDGET -> {
          computed = ledger.budgetTotal();
          name = "";
        }
        case SOURCE_AWARD -> {
          FundingSource source = ledger.source(stated.subjectId()).orElseThrow();
          computed = source.awarded();
          name = source.name();
        }
        case LINE -> {
          BudgetLine line = ledger.line(stated.subjectId()).orElseThrow();
          computed = line.plannedTotal();
          name = line.description();
        }
        default -> throw new IllegalStateException(stated.subject().name());
      }
      if (computed.compareTo(stated.amount()) != 0) {
        checks.add(
            Check.of(
                CheckCode.STATED_TOTAL_MISMATCH,
                stated.subjectId(),
                computed,
                stated.amount(),
                stated.subject().ordinal(),
                name,
                computed,
                stated.amount(),
                stated.statedWhere() == null ? "" : stated.statedWhere(),
                stated.statedWhere() == null ? 0 : 1,
                stated.amount().minus(computed).abs()));
      }
    }
    return checks;
  }

  static List<Check> yearlyAmounts(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (FundingSource source : ledger.sources()) {
      if (source.yearlyAmounts().isEmpty()) {
        continue;
      }
      Money sum = source.yearlyAmountsTotal();
      if (sum.compareTo(source.awarded()) != 0) {
        List<Map.Entry<Integer, Money>> years =
            source.yearlyAmounts().stream().map(y -> Map.entry(y.year(), y.amount())).toList();
        checks.add(
            Check.of(
                CheckCode.YEARLY_AMOUNTS_NOT_AWARDED,
                source.id(),
                sum,
                source.awarded(),
                source.name(),
                years,
                sum,
                source.awarded(),
                sum.minus(source.awarded()).abs()));
      }
    }
    return checks;
  }

  static List<Check> rateTimesEligible(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (FundingSource grant : ledger.grants()) {
      Money eligible = eligibleTotal(ledger, grant);
      if (!eligible.isPositive()) {
        continue;
      }
      Money expected = RoundingPolicy.grantShare(grant.rule().rate(), eligible);
      if (expected.compareTo(grant.awarded()) != 0) {
        checks.add(
            Check.of(
                CheckCode.GRANT_NOT_RATE_TIMES_ELIGIBLE,
                grant.id(),
                expected,
                grant.awarded(),
                grant.name(),
                grant.rule().rate(),
                eligible,
                expected,
                grant.awarded(),
                expected.minus(grant.awarded()).abs()));
      }
    }
    return checks;
  }

  /**
   * The planned costs of the current budget that a source may fund: the part of each line amount
   * that falls in the eligibility window (pro rata by days, {@link RoundingPolicy#splitByWeights}),
   * leaving out lines contributed in kind when the source does not accept in-kind contributions.
   */
  public static Money eligibleTotal(ProgrammeLedger ledger, FundingSource source) {
    List<Money> parts = new ArrayList<>();
    for (BudgetLine line : ledger.lines()) {
      if (!source.rule().inKindAllowed() && isInKind(ledger, line)) {
        continue;
      }
      for (LineAmount amount : line.amounts()) {
        parts.add(insideWindow(amount.planned(), amount.period(), source.eligibility()));
      }
    }
    return Money.sum(parts);
  }

  static List<Check> actualsOutsideEligibility(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (Allocation allocation : ledger.allocations()) {
      FundingSource source = ledger.source(allocation.sourceId()).orElseThrow();
      BudgetLine line = ledger.line(allocation.lineId()).orElseThrow();
      Period window = source.eligibility();
      for (LineAmount amount : line.amounts()) {
        if (amount.actual() == null
            || amount.actual().isZero()
            || window.contains(amount.period())) {
          continue;
        }
        Money inside = insideWindow(amount.actual(), amount.period(), window);
        Money outside = amount.actual().minus(inside);
        checks.add(
            Check.of(
                CheckCode.ACTUAL_OUTSIDE_ELIGIBILITY,
                line.id(),
                inside,
                amount.actual(),
                line.description(),
                amount.actual(),
                amount.period().start(),
                amount.period().end(),
                source.name(),
                window.start(),
                window.end(),
                outside,
                inside));
      }
    }
    return checks;
  }

  static List<Check> forecastAboveBudget(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (BudgetLine line : ledger.lines()) {
      Money budget = line.plannedTotal();
      Money forecast = line.outcomeTotal();
      if (forecast.isGreaterThan(budget)) {
        checks.add(
            Check.of(
                CheckCode.FORECAST_ABOVE_BUDGET,
                line.id(),
                budget,
                forecast,
                line.description(),
                forecast,
                budget,
                forecast.minus(budget)));
      }
    }
    return checks;
  }

  static List<Check> subsidyOnBudgetedCosts(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (BudgetLine line : ledger.lines()) {
      Money subsidies =
          Money.sum(
              ledger.allocations().stream()
                  .filter(a -> a.lineId().equals(line.id()))
                  .filter(a -> ledger.source(a.sourceId()).orElseThrow().kind().isGrant())
                  .map(Allocation::amount)
                  .toList());
      Money budgeted =
          Money.sum(
              ledger.contributions().stream()
                  .filter(c -> line.id().equals(c.lineId()) && c.alreadyBudgeted())
                  .map(Contribution::value)
                  .toList());
      if (!subsidies.isPositive() || !budgeted.isPositive()) {
        continue;
      }
      Money room = line.plannedTotal().minus(budgeted).max(Money.ZERO);
      if (subsidies.isGreaterThan(room)) {
        checks.add(
            Check.of(
                CheckCode.SUBSIDY_ON_BUDGETED_COSTS,
                line.id(),
                room,
                subsidies,
                line.description(),
                subsidies,
                budgeted,
                line.plannedTotal(),
                room,
                subsidies.minus(room)));
      }
    }
    return checks;
  }

  static List<Check> lineFunding(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (BudgetLine line : ledger.lines()) {
      List<Allocation> allocations =
          ledger.allocations().stream().filter(a -> a.lineId().equals(line.id())).toList();
      List<Contribution> contributions =
          ledger.contributions().stream().filter(c -> line.id().equals(c.lineId())).toList();
      if (allocations.isEmpty() && contributions.isEmpty()) {
        continue;
      }
      Money allocated = Money.sum(allocations.stream().map(Allocation::amount).toList());
      Money contributed = Money.sum(contributions.stream().map(Contribution::value).toList());
      Money funded = allocated.plus(contributed);
      Money planned = line.plannedTotal();
      if (funded.compareTo(planned) != 0) {
        checks.add(
            Check.of(
                CheckCode.LINE_FUNDING_MISMATCH,
                line.id(),
                planned,
                funded,
                line.description(),
                planned,
                funded,
                allocated,
                contributed,
                funded.minus(planned).abs(),
                funded.isGreaterThan(planned) ? 1 : 0));
      }
    }
    return checks;
  }

  static List<Check> grantAllocation(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (FundingSource grant : ledger.grants()) {
      List<Allocation> allocations =
          ledger.allocations().stream().filter(a -> a.sourceId().equals(grant.id())).toList();
      if (allocations.isEmpty()) {
        continue;
      }
      Money allocated = Money.sum(allocations.stream().map(Allocation::amount).toList());
      if (allocated.isGreaterThan(grant.awarded())) {
        checks.add(
            Check.of(
                CheckCode.GRANT_OVER_ALLOCATED,
                grant.id(),
                grant.awarded(),
                allocated,
                grant.name(),
                allocated,
                grant.awarded(),
                allocated.minus(grant.awarded())));
      } else if (allocated.isLessThan(grant.awarded())) {
        checks.add(
            Check.of(
                CheckCode.UNALLOCATED_GRANT,
                grant.id(),
                grant.awarded(),
                allocated,
                grant.name(),
                allocated,
                grant.awarded(),
                grant.awarded().minus(allocated)));
      }
    }
    return checks;
  }

  /**
   * One finding per budget period of the current version that crosses a calendar year: {@code
   * expected} is the period's planned total over all lines, {@code actual} the part that falls in
   * the period's first calendar year and {@code difference} the part in later years; the message
   * lists the pro rata split per year ({@link RoundingPolicy#splitByCalendarYear}).
   */
  static List<Check> periodsNotCalendarYear(ProgrammeLedger ledger) {
    Map<Period, List<Money>> perPeriod = new LinkedHashMap<>();
    for (BudgetLine line : ledger.lines()) {
      for (LineAmount amount : line.amounts()) {
        perPeriod.computeIfAbsent(amount.period(), p -> new ArrayList<>()).add(amount.planned());
      }
    }
    List<Check> checks = new ArrayList<>();
    for (Map.Entry<Period, List<Money>> entry : perPeriod.entrySet()) {
      Period period = entry.getKey();
      if (period.withinOneCalendarYear()) {
        continue;
      }
      Money total = Money.sum(entry.getValue());
      Map<Integer, Money> split = RoundingPolicy.splitByCalendarYear(total, period);
      List<Map.Entry<Integer, Money>> years = List.copyOf(split.entrySet());
      Money firstYear = split.get(period.start().getYear());
      checks.add(
          new Check(
              CheckCode.PERIOD_NOT_CALENDAR_YEAR,
              CheckCode.PERIOD_NOT_CALENDAR_YEAR.severity(),
              period.label(),
              List.of(period.start(), period.end(), period.calendarYears(), total, years),
              total,
              firstYear,
              total.minus(firstYear)));
    }
    return checks;
  }

  // ---- helpers ----

  private static boolean isInKind(ProgrammeLedger ledger, BudgetLine line) {
    return ledger.contributions().stream()
        .anyMatch(c -> line.id().equals(c.lineId()) && c.form() == ContributionForm.IN_KIND);
  }

  /** The part of an amount for a period that falls inside a window, pro rata by days. */
  private static Money insideWindow(Money amount, Period period, Period window) {
    long inside = period.daysInCommonWith(window);
    long outside = period.days() - inside;
    if (outside == 0) {
      return amount;
    }
    if (inside == 0) {
      return Money.ZERO;
    }
    return RoundingPolicy.splitByWeights(
            amount, List.of(BigDecimal.valueOf(inside), BigDecimal.valueOf(outside)))
        .get(0);
  }

  static String name(Contribution contribution) {
    return contribution.partner() == null ? contribution.id() : contribution.partner();
  }
}
