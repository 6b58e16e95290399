package nl.leerkring.portal.cofinancing;

import static nl.leerkring.portal.cofinancing.DuivenExampleTest.assertNumbers;
import static nl.leerkring.portal.cofinancing.LedgerBuilder.Y2024;
import static nl.leerkring.portal.cofinancing.LedgerBuilder.Y2025;
import static nl.leerkring.portal.cofinancing.LedgerBuilder.grant;
import static nl.leerkring.portal.cofinancing.LedgerBuilder.ledger;
import static nl.leerkring.portal.cofinancing.LedgerBuilder.line;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

class LedgerChecksTest {

  private static LineAmount planned(Period period, long euros) {
    return LineAmount.planned(period, Money.euros(euros));
  }

  private static List<Check> of(CheckCode code, ProgrammeLedger ledger) {
    return LedgerChecks.run(ledger).stream().filter(c -> c.code() == code).toList();
  }

  private static Check one(CheckCode code, ProgrammeLedger ledger) {
    List<Check> found = of(code, ledger);
    assertEquals(1, found.size(), code + " in " + LedgerChecks.run(ledger));
    return found.get(0);
  }

  // ---- shares ----

  @Test
  void sharesNotAddingTo100AreFlagged() {
    ProgrammeLedger ledger =
        ledger()
            .ownShare(30)
            .source(grant("a", 50, 0, Y2024))
            .source(grant("b", 30, 0, Y2024))
            .build();
    Check check = one(CheckCode.SHARES_NOT_100, ledger);
    assertNumbers(check, "100", "110", "10");
    // The sum, each funder with its rate, an own share stated, and that share.
    assertEquals(
        List.of(
            Percentage.of(80).plus(Percentage.of(30)),
            List.of(Map.entry("a", Percentage.of(50)), Map.entry("b", Percentage.of(30))),
            1,
            Percentage.of(30)),
        check.args());
    assertEquals(Severity.WARNING, check.severity());
  }

  @Test
  void sharesAddingTo100AreNotFlagged() {
    ProgrammeLedger ledger = ledger().ownShare(50).source(grant("a", 50, 0, Y2024)).build();
    assertTrue(of(CheckCode.SHARES_NOT_100, ledger).isEmpty());
  }

  @Test
  void ratesAboveHundredWithoutAStatedOwnShareAreFlagged() {
    ProgrammeLedger ledger =
        ledger().source(grant("a", 70, 0, Y2024)).source(grant("b", 40, 0, Y2024)).build();
    assertNumbers(one(CheckCode.SHARES_NOT_100, ledger), "100", "110", "10");
  }

  @Test
  void ownShareBelowTheMinimumIsFlagged() {
    FundingSource source =
        grant("a", Percentage.of(80), Money.euros(900), Y2024, true, Percentage.of(20));
    ProgrammeLedger ledger = ledger().source(source).line(line("l", planned(Y2024, 1000))).build();
    assertNumbers(one(CheckCode.OWN_SHARE_BELOW_MINIMUM, ledger), "20", "10", "10");
  }

  // ---- stated totals ----

  @Test
  void statedTotalsDifferentFromComputedOnesAreFlagged() {
    ProgrammeLedger ledger =
        ledger()
            .source(grant("a", 50, 500, Y2024))
            .line(line("l", planned(Y2024, 1000)))
            .contribution(Contribution.cash("c", "p", Money.euros(300), false, null))
            .stated(StatedTotal.Subject.BUDGET, null, 999)
            .stated(StatedTotal.Subject.CONTRIBUTIONS, null, 300)
            .stated(StatedTotal.Subject.SOURCE_AWARD, "a", 550)
            .stated(StatedTotal.Subject.LINE, "l", 1200)
            .build();
    List<Check> checks = of(CheckCode.STATED_TOTAL_MISMATCH, ledger);
    assertEquals(3, checks.size(), checks.toString());
    assertNumbers(checks.get(0), "1000.00", "999.00", "1.00");
    assertNumbers(checks.get(1), "500.00", "550.00", "50.00");
    assertNumbers(checks.get(2), "1000.00", "1200.00", "200.00");
  }

  // ---- the grant ----

  @Test
  void yearlyAmountsNotAddingUpToTheAwardAreFlagged() {
    FundingSource source =
        new FundingSource(
            "a",
            "A",
            "g",
            SourceKind.REGIODEAL,
            null,
            null,
            Money.euros(100),
            Y2024,
            SourceStatus.APPLIED,
            new CofinancingRule(Percentage.of(50), true, null),
            List.of(new YearAmount(2024, Money.euros(30)), new YearAmount(2025, Money.euros(30))));
    assertNumbers(
        one(CheckCode.YEARLY_AMOUNTS_NOT_AWARDED, ledger().source(source).build()),
        "60.00",
        "100.00",
        "40.00");
  }

  @Test
  void rateTimesEligibleTotalDifferentFromTheAwardIsFlagged() {
    ProgrammeLedger ledger =
        ledger().source(grant("a", 50, 600, Y2024)).line(line("l", planned(Y2024, 1001))).build();
    // 50 % of 1,001.00 = 500.50 exactly; rounding down matters at 1,000.01 → 500.00
    assertNumbers(
        one(CheckCode.GRANT_NOT_RATE_TIMES_ELIGIBLE, ledger), "500.50", "600.00", "99.50");
  }

  @Test
  void rateTimesEligibleTotalEqualToTheAwardIsNotFlagged() {
    // Deventer's SPUK DOS: 80 % of 386,000 = 308,800 (own contribution 77,200), 2024 only.
    ProgrammeLedger ledger =
        ledger()
            .source(grant("spuk", 80, 308_800, Y2024))
            .line(line("l", planned(Y2024, 386_000)))
            .build();
    assertTrue(of(CheckCode.GRANT_NOT_RATE_TIMES_ELIGIBLE, ledger).isEmpty());
    assertEquals(Money.euros(386_000), LedgerChecks.eligibleTotal(ledger, ledger.sources().get(0)));
  }

  @Test
  void theEligibleTotalCountsOnlyTheWindowAndInKindOnlyWhenAllowed() {
    FundingSource noInKind =
        grant("a", Percentage.of(50), Money.euros(0), Y2024, false, Percentage.ZERO);
    ProgrammeLedger ledger =
        ledger()
            .source(noInKind)
            .line(line("cash", planned(Y2024, 1000), planned(Y2025, 5000)))
            .line(line("hours", planned(Y2024, 700)))
            .contribution(
                Contribution.inKind(
                    "h",
                    "p",
                    Hours.of(10),
                    new HourlyRate(Money.euros(70), Y2024.start()),
                    true,
                    "hours"))
            .build();
    assertEquals(Money.euros(1000), LedgerChecks.eligibleTotal(ledger, noInKind));
  }

  @Test
  void actualsOutsideTheEligibilityWindowAreFlagged() {
    Period q4q1 = Period.of(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 3, 31)); // 92 + 90 days
    ProgrammeLedger ledger =
        ledger()
            .source(grant("spuk", 100, 1_820, Y2024))
            .line(
                line(
                    "l",
                    new LineAmount(Y2024, Money.euros(1000), Money.euros(1000), null),
                    new LineAmount(q4q1, Money.euros(1820), Money.euros(1820), null),
                    new LineAmount(Y2025, Money.euros(500), Money.euros(500), null)))
            .allocate("spuk", "l", 1_820)
            .build();
    List<Check> checks = of(CheckCode.ACTUAL_OUTSIDE_ELIGIBILITY, ledger);
    assertEquals(2, checks.size(), checks.toString());
    assertNumbers(checks.get(0), "920.00", "1820.00", "900.00"); // 1,820 × 92/182 inside
    assertNumbers(checks.get(1), "0.00", "500.00", "500.00");
  }

  @Test
  void plannedCostsOutsideTheWindowAreNotActuals() {
    ProgrammeLedger ledger =
        ledger()
            .source(grant("spuk", 100, 500, Y2024))
            .line(line("l", planned(Y2025, 500)))
            .allocate("spuk", "l", 500)
            .build();
    assertTrue(of(CheckCode.ACTUAL_OUTSIDE_ELIGIBILITY, ledger).isEmpty());
  }

  // ---- lines ----

  @Test
  void forecastAboveBudgetOnALineIsFlaggedEvenWhenTheTotalIsUnder() {
    ProgrammeLedger ledger =
        ledger()
            .line(
                line(
                    "over",
                    new LineAmount(Y2024, Money.euros(100), Money.euros(120), null),
                    new LineAmount(Y2025, Money.euros(100), null, Money.euros(110))))
            .line(line("under", new LineAmount(Y2024, Money.euros(1000), null, Money.euros(500))))
            .build();
    assertTrue(
        ledger.lines().stream()
            .map(BudgetLine::outcomeTotal)
            .reduce(Money.ZERO, Money::plus)
            .isLessThan(ledger.budgetTotal()));
    Check check = one(CheckCode.FORECAST_ABOVE_BUDGET, ledger);
    assertEquals("over", check.subject());
    assertNumbers(check, "200.00", "230.00", "30.00");
  }

  @Test
  void aSubsidyOnCostsAlreadyBudgetedIsFlagged() {
    ProgrammeLedger ledger =
        ledger()
            .source(grant("a", 50, 800, Y2024))
            .line(line("l", planned(Y2024, 1000)))
            .contribution(Contribution.cash("c", "gemeente", Money.euros(600), true, "l"))
            .allocate("a", "l", 500)
            .build();
    // 600 of 1,000 already budgeted: room for 400 of subsidy, 500 allocated
    assertNumbers(one(CheckCode.SUBSIDY_ON_BUDGETED_COSTS, ledger), "400.00", "500.00", "100.00");
  }

  @Test
  void aSubsidyOnCostsNotYetBudgetedIsFine() {
    ProgrammeLedger ledger =
        ledger()
            .source(grant("a", 50, 800, Y2024))
            .line(line("l", planned(Y2024, 1000)))
            .contribution(Contribution.cash("c", "gemeente", Money.euros(600), false, "l"))
            .allocate("a", "l", 400)
            .build();
    assertTrue(of(CheckCode.SUBSIDY_ON_BUDGETED_COSTS, ledger).isEmpty());
    assertTrue(of(CheckCode.LINE_FUNDING_MISMATCH, ledger).isEmpty());
  }

  @Test
  void moreAllocatedThanAwardedIsFlagged() {
    ProgrammeLedger ledger =
        ledger()
            .source(grant("a", 50, 100, Y2024))
            .line(line("l", planned(Y2024, 1000)))
            .allocate("a", "l", 150)
            .build();
    assertNumbers(one(CheckCode.GRANT_OVER_ALLOCATED, ledger), "100.00", "150.00", "50.00");
  }

  @Test
  void aPeriodAcrossCalendarYearsIsFlaggedWithItsSplit() {
    Period schoolYear = new Period("2024/25", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 8, 31));
    ProgrammeLedger ledger =
        ledger()
            .line(line("a", planned(schoolYear, 300), planned(Y2024, 50)))
            .line(line("b", planned(schoolYear, 65)))
            .build();
    Check check = one(CheckCode.PERIOD_NOT_CALENDAR_YEAR, ledger);
    // 365.00 over 122 + 243 days: 2024 = 122.00, 2025 = 243.00
    assertNumbers(check, "365.00", "122.00", "243.00");
    assertEquals(
        List.of(Map.entry(2024, Money.euros(122)), Map.entry(2025, Money.euros(243))),
        check.args().get(4),
        check.describe());
  }

  // ---- errors ----

  @Test
  void anHourlyRateWithoutValidFromIsAValidationError() {
    ProgrammeLedger ledger =
        ledger()
            .contribution(
                Contribution.inKind(
                    "h",
                    "Vivare",
                    Hours.of(10),
                    new HourlyRate(Money.euros(70), null),
                    false,
                    null))
            .build();
    Check check = one(CheckCode.HOURLY_RATE_WITHOUT_VALID_FROM, ledger);
    assertEquals(Severity.ERROR, check.severity());
    assertNull(check.expected());
    assertEquals(List.of(Money.euros(70), "Vivare"), check.args());
    PortalException e =
        assertThrows(PortalException.class, () -> LedgerChecks.requireValid(ledger));
    assertEquals(
        List.of(Refusal.of(CheckCode.HOURLY_RATE_WITHOUT_VALID_FROM, Money.euros(70), "Vivare")),
        e.refusals());
  }

  @Test
  void aLineInAPeriodOutsideTheProgrammeIsAValidationError() {
    ProgrammeLedger ledger =
        ledger().period(Y2024).line(line("l", planned(Y2024, 10), planned(Y2025, 20))).build();
    Check check = one(CheckCode.LINE_PERIOD_OUTSIDE_PROGRAMME, ledger);
    assertEquals(Severity.ERROR, check.severity());
    // The line, its amount, the period it falls in and the programme's period.
    assertEquals(
        List.of(
            Money.euros(20),
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            Y2024.start(),
            Y2024.end()),
        check.args().subList(1, 6),
        check.describe());
    assertThrows(PortalException.class, () -> LedgerChecks.requireValid(ledger));
  }

  @Test
  void overlappingBudgetVersionsAreAValidationError() {
    BudgetVersion original =
        new BudgetVersion(
            1,
            BudgetVersion.Kind.ORIGINAL,
            LocalDate.of(2023, 6, 1),
            LocalDate.of(2024, 1, 1),
            List.of());
    ProgrammeLedger ledger = ledger().version(original).build();
    assertEquals(Severity.ERROR, one(CheckCode.OVERLAPPING_BUDGET_VERSIONS, ledger).severity());

    BudgetVersion closed =
        new BudgetVersion(
            1,
            BudgetVersion.Kind.ORIGINAL,
            LocalDate.of(2023, 6, 1),
            LocalDate.of(2023, 12, 31),
            List.of());
    assertTrue(LedgerChecks.errors(ledger().version(closed).build()).isEmpty());
  }

  @Test
  void onlyTheCurrentVersionCounts() {
    BudgetVersion original =
        new BudgetVersion(
            1,
            BudgetVersion.Kind.ORIGINAL,
            LocalDate.of(2023, 6, 1),
            LocalDate.of(2023, 12, 31),
            List.of(line("old", new LineAmount(Y2024, Money.euros(1), null, Money.euros(99)))));
    ProgrammeLedger ledger =
        ledger().version(original).line(line("new", planned(Y2024, 5))).build();
    assertEquals(Money.euros(5), ledger.budgetTotal());
    assertTrue(of(CheckCode.FORECAST_ABOVE_BUDGET, ledger).isEmpty());
  }

  @Test
  void badInputIsRejectedWithAClearMessage() {
    assertThrows(
        PortalException.class, () -> Period.of(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
    assertThrows(PortalException.class, () -> LineAmount.planned(Y2024, Money.euros(-1)));
    assertThrows(PortalException.class, () -> new Allocation("a", "l", Money.euros(-1)));
    PortalException unknown =
        assertThrows(PortalException.class, () -> ledger().allocate("nope", "l", 1).build());
    assertEquals(List.of(Refusal.of(LedgerCode.NO_SUCH_SOURCE, "nope")), unknown.refusals());
    assertThrows(
        PortalException.class, () -> Contribution.inKind("h", "p", Hours.of(1), null, false, null));
  }

  @Test
  void aCleanLedgerRaisesNothing() {
    ProgrammeLedger ledger =
        ledger()
            .period(Y2024)
            .ownShare(50)
            .source(grant("a", 50, 500, Y2024))
            .line(line("l", planned(Y2024, 1000)))
            .contribution(Contribution.cash("c", "gemeente", Money.euros(500), false, "l"))
            .allocate("a", "l", 500)
            .stated(StatedTotal.Subject.BUDGET, null, 1000)
            .build();
    assertEquals(List.of(), LedgerChecks.run(ledger));
  }
}
