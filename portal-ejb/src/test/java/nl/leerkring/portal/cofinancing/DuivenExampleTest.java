package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Duiven's figures from DOMAIN.md raise each discrepancy described there, with the exact numbers.
 */
class DuivenExampleTest {

  private final List<Check> checks = LedgerChecks.run(DuivenExample.ledger());

  @Test
  void itemsAddUpTo164040NotTheStated163772() {
    Check check = only(CheckCode.STATED_TOTAL_MISMATCH, null);
    assertNumbers(check, "164040.00", "163772.00", "268.00");
    assertTrue(check.args().contains(Money.euros(164_040)), check.describe());
    assertTrue(check.args().contains(Money.euros(163_772)), check.describe());
  }

  @Test
  void twoSubsidyAmountsAreGiven() {
    Check check = only(CheckCode.STATED_TOTAL_MISMATCH, DuivenExample.REGIODEAL);
    assertNumbers(check, "81886.00", "81868.00", "18.00");
  }

  @Test
  void threeTimes27000Is81000Not81886() {
    Check check = only(CheckCode.YEARLY_AMOUNTS_NOT_AWARDED, DuivenExample.REGIODEAL);
    assertNumbers(check, "81000.00", "81886.00", "886.00");
  }

  @Test
  void theYearlyHanContributionIsAllocatedOnce() {
    Check check = only(CheckCode.LINE_FUNDING_MISMATCH, DuivenExample.HAN);
    assertNumbers(check, "45000.00", "15000.00", "30000.00");
  }

  @Test
  void thePeriodSpansFourCalendarYears() {
    Check check = only(CheckCode.PERIOD_NOT_CALENDAR_YEAR, DuivenExample.PERIOD.label());
    assertNumbers(check, "209040.00", "52498.63", "156541.37");
    assertEquals(4, check.args().get(2), check.describe());
    assertEquals(
        List.of(
            java.util.Map.entry(2024, Money.cents(5_249_863)),
            java.util.Map.entry(2025, Money.euros(69_680)),
            java.util.Map.entry(2026, Money.euros(69_680)),
            java.util.Map.entry(2027, Money.cents(1_718_137))),
        check.args().get(4),
        check.describe());
  }

  @Test
  void theRemainderOfTheSubsidyIs28886AsTheProposalSays() {
    Check check = only(CheckCode.UNALLOCATED_GRANT, DuivenExample.REGIODEAL);
    assertNumbers(check, "81886.00", "53000.00", "28886.00");
    assertEquals(Severity.INFO, check.severity());
  }

  @Test
  void fiftyPercentOfAllCostsIsNotTheAward() {
    // Eligible: all four lines, HAN's three years included: 209,040 × 50 % = 104,520.
    Check check = only(CheckCode.GRANT_NOT_RATE_TIMES_ELIGIBLE, DuivenExample.REGIODEAL);
    assertNumbers(check, "104520.00", "81886.00", "22634.00");
  }

  @Test
  void materialsAreBothOwnCofinancingAndPaidByTheSubsidy() {
    Check check = only(CheckCode.LINE_FUNDING_MISMATCH, DuivenExample.MATERIALS);
    assertNumbers(check, "38000.00", "76000.00", "38000.00");
  }

  @Test
  void raisesNothingElse() {
    Set<CheckCode> codes = checks.stream().map(Check::code).collect(Collectors.toSet());
    assertEquals(
        Set.of(
            CheckCode.STATED_TOTAL_MISMATCH,
            CheckCode.YEARLY_AMOUNTS_NOT_AWARDED,
            CheckCode.GRANT_NOT_RATE_TIMES_ELIGIBLE,
            CheckCode.LINE_FUNDING_MISMATCH,
            CheckCode.UNALLOCATED_GRANT,
            CheckCode.PERIOD_NOT_CALENDAR_YEAR),
        codes);
    assertEquals(8, checks.size());
    assertTrue(LedgerChecks.errors(DuivenExample.ledger()).isEmpty());
  }

  @Test
  void theInKindContributionsHaveTheStatedValues() {
    ProgrammeLedger ledger = DuivenExample.ledger();
    assertEquals(Money.euros(101_520), ledger.contributions().get(0).value());
    assertEquals(Money.euros(24_520), ledger.contributions().get(1).value());
    assertEquals(Money.euros(164_040), ledger.contributionsTotal());
    assertEquals(Money.euros(209_040), ledger.budgetTotal());
  }

  private Check only(CheckCode code, String subject) {
    List<Check> found =
        checks.stream()
            .filter(c -> c.code() == code && java.util.Objects.equals(subject, c.subject()))
            .toList();
    assertEquals(1, found.size(), code + " " + subject + " in " + checks);
    return found.get(0);
  }

  static void assertNumbers(Check check, String expected, String actual, String difference) {
    assertEquals(expected, check.expected().plain(), check.describe());
    assertEquals(actual, check.actual().plain(), check.describe());
    assertEquals(difference, check.difference().plain(), check.describe());
  }
}
