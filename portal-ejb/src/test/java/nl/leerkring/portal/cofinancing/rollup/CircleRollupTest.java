package nl.leerkring.portal.cofinancing.rollup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.BudgetLine;
import nl.leerkring.portal.cofinancing.BudgetVersion;
import nl.leerkring.portal.cofinancing.CofinancingRule;
import nl.leerkring.portal.cofinancing.Contribution;
import nl.leerkring.portal.cofinancing.CostCategory;
import nl.leerkring.portal.cofinancing.DuivenExample;
import nl.leerkring.portal.cofinancing.FundingSource;
import nl.leerkring.portal.cofinancing.HourlyRate;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.LedgerCode;
import nl.leerkring.portal.cofinancing.LineAmount;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.cofinancing.Period;
import nl.leerkring.portal.cofinancing.ProgrammeLedger;
import nl.leerkring.portal.cofinancing.SourceKind;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked roll-ups: Duiven's council proposal alone, three gemeenten with their withdrawal
 * scenarios, the year filter, and the rules for source statuses and clamping at zero.
 */
class CircleRollupTest {

  private static final MemberStatement DUIVEN =
      new MemberStatement("duiven", "Duiven", DuivenExample.ledger());

  /*
   * Duiven by hand. The programme period 2024-04-01 – 2027-03-31 has 1,095 days: 2024 275 days
   * (1 April – 31 December), 2025 365, 2026 365, 2027 90 (31 + 28 + 31). Every amount is split on
   * its own: years but the last are amount × days ÷ 1,095 rounded DOWN to cents, 2027 gets the
   * remainder.
   *
   * Lines (one amount each, over the whole period), planned:
   *   eigen uren   101,520: 2024 101,520×275/1,095 = 25,495.890… → 25,495.89; 2025 and 2026
   *                         101,520/3 = 33,840.00; 2027 101,520 − 25,495.89 − 67,680 = 8,344.11
   *   opbouwwerker  24,520: 2024 6,157.990… → 6,157.99; 2025, 2026 8,173.333… → 8,173.33;
   *                         2027 24,520 − 6,157.99 − 16,346.66 = 2,015.35
   *   materials     38,000: 2024 9,543.378… → 9,543.37; 2025, 2026 12,666.666… → 12,666.66;
   *                         2027 38,000 − 9,543.37 − 25,333.32 = 3,123.31
   *   HAN 3×15,000  45,000: 2024 11,301.369… → 11,301.36; 2025, 2026 15,000.00;
   *                         2027 45,000 − 11,301.36 − 30,000 = 3,698.64
   *   planned       2024 52,498.61   2025 69,679.99   2026 69,679.99   2027 17,181.41
   *                 total 209,040.00
   *   (The PERIOD_NOT_CALENDAR_YEAR check splits the programme total at once and gets 52,498.63
   *   for 2024; per line, each rounded down, it is 2 cents less, and 2027 is 4 cents more.)
   *
   * Regiodeal, APPLIED, 81,886 over the same window: counts as awarded, not as received.
   *   2024 81,886×275/1,095 = 20,564.977… → 20,564.97; 2025, 2026 27,295.333… → 27,295.33;
   *   2027 81,886 − 20,564.97 − 54,590.66 = 6,730.37
   *
   * required = planned − awarded (none below zero):
   *   2024 31,933.64   2025 42,384.66   2026 42,384.66   2027 10,451.04   total 127,154.00
   *   (= 209,040 − 81,886)
   *
   * pledged, each contribution split over the programme period:
   *   in kind = eigen uren 2,256 h × €45 (101,520) + opbouwwerker 613 h × €40 (24,520), the same
   *   splits as their lines: 2024 31,653.88   2025 42,013.33   2026 42,013.33   2027 10,359.46
   *   total 126,040.00
   *   cash = materials 38,000: 2024 9,543.37   2025 12,666.66   2026 12,666.66   2027 3,123.31
   *
   * gap = required − (in kind + cash):
   *   2024 31,933.64 − 41,197.25 = −9,263.61; 2025 and 2026 42,384.66 − 54,679.99 = −12,295.33;
   *   2027 10,451.04 − 13,482.77 = −3,031.73; total 127,154 − 164,040 = −36,886.00.
   *   Duiven pledges more than it must cofinance (its own hours count in full).
   *
   * No actuals are entered and nothing is received: actual, received and realised are zero.
   */
  @Test
  void duivenAloneByCalendarYear() {
    CircleRollup rollup = CircleRollup.of(List.of(DUIVEN), null);
    assertEquals(List.of(2024, 2025, 2026, 2027), rollup.years());
    MemberRollup duiven = rollup.members().get(0);
    assertEquals("duiven", duiven.gemeente());
    assertEquals("Duiven", duiven.name());

    assertYear(
        duiven.years().get(0),
        2024,
        "52498.61",
        "20564.97",
        "31933.64",
        "31653.88",
        "9543.37",
        "-9263.61");
    assertYear(
        duiven.years().get(1),
        2025,
        "69679.99",
        "27295.33",
        "42384.66",
        "42013.33",
        "12666.66",
        "-12295.33");
    assertYear(
        duiven.years().get(2),
        2026,
        "69679.99",
        "27295.33",
        "42384.66",
        "42013.33",
        "12666.66",
        "-12295.33");
    assertYear(
        duiven.years().get(3),
        2027,
        "17181.41",
        "6730.37",
        "10451.04",
        "10359.46",
        "3123.31",
        "-3031.73");
    assertYear(
        duiven.total(),
        null,
        "209040.00",
        "81886.00",
        "127154.00",
        "126040.00",
        "38000.00",
        "-36886.00");
    assertEquals(money("164040.00"), duiven.total().pledged());
    for (YearFigures year : duiven.years()) {
      assertEquals(Money.ZERO, year.actual());
      assertEquals(Money.ZERO, year.subsidyReceived(), "the Regiodeal is only applied for");
      assertEquals(Money.ZERO, year.realised());
    }
  }

  @Test
  void aCircleOfOneIsItsMemberAndNobodyCarriesItsWithdrawal() {
    CircleRollup rollup = CircleRollup.of(List.of(DUIVEN), null);
    MemberRollup circle = rollup.circle();
    assertNull(circle.gemeente());
    assertNull(circle.name());
    assertEquals(rollup.members().get(0).years(), circle.years());
    assertEquals(rollup.members().get(0).total(), circle.total());
    assertEquals(Percentage.HUNDRED, rollup.requiredShare(rollup.members().get(0)));

    Withdrawal withdrawal = rollup.withdrawals().get(0);
    assertEquals("duiven", withdrawal.withdrawing());
    assertEquals(money("127154.00"), withdrawal.redistributed());
    assertTrue(withdrawal.changes().isEmpty());
  }

  @Test
  void aYearFilterShowsThatYearOnlyAndItIsTheTotal() {
    CircleRollup rollup = CircleRollup.of(List.of(DUIVEN), 2025);
    assertEquals(List.of(2025), rollup.years());
    MemberRollup duiven = rollup.members().get(0);
    assertEquals(1, duiven.years().size());
    assertYear(
        duiven.years().get(0),
        2025,
        "69679.99",
        "27295.33",
        "42384.66",
        "42013.33",
        "12666.66",
        "-12295.33");
    // the total of the years shown: 2025 alone, not the programme's total
    assertYear(
        duiven.total(),
        null,
        "69679.99",
        "27295.33",
        "42384.66",
        "42013.33",
        "12666.66",
        "-12295.33");
    assertEquals(money("42384.66"), rollup.withdrawals().get(0).redistributed());
  }

  @Test
  void aYearNoStatementTouchesGivesZeroFigures() {
    CircleRollup rollup = CircleRollup.of(List.of(DUIVEN, wijchen()), 2030);
    assertEquals(List.of(2030), rollup.years());
    assertEquals(2, rollup.members().size());
    for (MemberRollup member : rollup.members()) {
      assertEquals(zero(2030), member.years().get(0));
      assertEquals(zero(null), member.total());
    }
    assertEquals(zero(null), rollup.circle().total());
    for (Withdrawal withdrawal : rollup.withdrawals()) {
      assertEquals(Money.ZERO, withdrawal.redistributed());
      for (ShareChange change : withdrawal.changes()) {
        assertEquals(Money.ZERO, change.requiredAfter());
        assertEquals(Percentage.ZERO, change.shareAfter(), "nothing is required in 2030");
      }
    }
  }

  @Test
  void noStatementsGiveAnEmptyCircle() {
    CircleRollup rollup = CircleRollup.of(List.of(), null);
    assertTrue(rollup.years().isEmpty());
    assertTrue(rollup.members().isEmpty());
    assertEquals(zero(null), rollup.circle().total());
    assertTrue(rollup.withdrawals().isEmpty());
  }

  @Test
  void twoStatementsForOneGemeenteAreRejected() {
    MemberStatement again = new MemberStatement("duiven", "Duiven (revised)", wijchenLedger());
    PortalException e =
        assertThrows(
            PortalException.class, () -> CircleRollup.of(List.of(DUIVEN, wijchen(), again), null));
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    assertEquals(
        List.of(Refusal.of(LedgerCode.TWO_STATEMENTS_FOR_GEMEENTE, "duiven")), e.refusals());
  }

  /*
   * Three gemeenten over 2025 by hand:
   *   Wijchen   planned 60,000, a Regiodeal AWARDED 30,000      → required 30,000
   *   Beuningen planned 20,000, no grant                        → required 20,000
   *   Doesburg  planned 10,000, no grant                        → required 10,000
   *   circle required 60,000; shares 50 %, 33.3333 %, 16.6667 %.
   * Wijchen withdraws: 30,000 split 20,000 : 10,000 → Beuningen 30,000 × 20,000 / 30,000 =
   *   20,000.00, Doesburg the remainder 10,000.00; after 40,000 (66.6667 %) and 20,000
   *   (33.3333 %) of the same 60,000.
   * Beuningen withdraws: 20,000 split 30,000 : 10,000 → Wijchen 15,000, Doesburg 5,000; after
   *   45,000 (75 %) and 15,000 (25 %).
   * Doesburg withdraws: 10,000 split 30,000 : 20,000 → Wijchen 6,000, Beuningen 4,000; after
   *   36,000 (60 %) and 24,000 (40 %).
   */
  @Test
  void threeGemeentenAndWhatEachWithdrawalDoesToTheOthers() {
    CircleRollup rollup =
        CircleRollup.of(
            List.of(
                member("wijchen", 60_000, grant("rd", SourceStatus.AWARDED, 30_000, Y2025)),
                member("beuningen", 20_000),
                member("doesburg", 10_000)),
            null);
    assertEquals(List.of(2025), rollup.years());
    assertEquals(money("60000.00"), rollup.circle().total().required());
    assertEquals(money("90000.00"), rollup.circle().total().planned());
    assertEquals(money("30000.00"), rollup.circle().total().subsidyReceived());
    assertEquals(pct("50"), rollup.requiredShare(rollup.member("wijchen").orElseThrow()));
    assertEquals(pct("33.3333"), rollup.requiredShare(rollup.member("beuningen").orElseThrow()));
    assertEquals(pct("16.6667"), rollup.requiredShare(rollup.member("doesburg").orElseThrow()));

    Withdrawal wijchen = rollup.withdrawal("wijchen").orElseThrow();
    assertEquals(money("30000.00"), wijchen.redistributed());
    assertEquals(
        List.of(
            change("beuningen", "20000.00", "40000.00", "33.3333", "66.6667"),
            change("doesburg", "10000.00", "20000.00", "16.6667", "33.3333")),
        wijchen.changes());

    Withdrawal beuningen = rollup.withdrawal("beuningen").orElseThrow();
    assertEquals(money("20000.00"), beuningen.redistributed());
    assertEquals(
        List.of(
            change("wijchen", "30000.00", "45000.00", "50", "75"),
            change("doesburg", "10000.00", "15000.00", "16.6667", "25")),
        beuningen.changes());

    Withdrawal doesburg = rollup.withdrawal("doesburg").orElseThrow();
    assertEquals(
        List.of(
            change("wijchen", "30000.00", "36000.00", "50", "60"),
            change("beuningen", "20000.00", "24000.00", "33.3333", "40")),
        doesburg.changes());
    assertEquals(money("4000.00"), doesburg.changes().get(1).increase());
  }

  /*
   * Rounding of a withdrawal by hand: A requires 1,000.00, B 333.33, C 666.67 (planned only,
   * 2025). B withdraws: 333.33 split 1,000.00 : 666.67 → A 333.33 × 1,000 / 1,666.67 =
   * 199.9976… → 199.99 (DOWN), C gets the remainder 333.33 − 199.99 = 133.34. Circle 2,000.00:
   * A 50 % → 1,199.99 / 2,000 = 59.9995 %; C 33.3335 % → 800.01 / 2,000 = 40.0005 %.
   */
  @Test
  void theRemainderOfAWithdrawalGoesToTheLastRemainingMember() {
    CircleRollup rollup =
        CircleRollup.of(
            List.of(
                member("a", money("1000.00")),
                member("b", money("333.33")),
                member("c", money("666.67"))),
            null);
    Withdrawal b = rollup.withdrawal("b").orElseThrow();
    assertEquals(
        List.of(
            change("a", "1000.00", "1199.99", "50", "59.9995"),
            change("c", "666.67", "800.01", "33.3335", "40.0005")),
        b.changes());
    assertEquals(
        b.redistributed(), b.changes().get(0).increase().plus(b.changes().get(1).increase()));
  }

  /*
   * When nobody else requires anything, the amount is split evenly: A requires 100.01, B and C
   * have grants covering their plans. A withdraws: 100.01 / 2 → B 50.00 (DOWN), C 50.01; shares
   * after 50.00 / 100.01 = 49.99500… → 49.9950 % and 50.01 / 100.01 = 50.00499… → 50.0050 %.
   */
  @Test
  void whenTheOthersRequireNothingTheAmountIsSplitEvenly() {
    CircleRollup rollup =
        CircleRollup.of(
            List.of(
                member("a", money("100.01")),
                member("b", 500, grant("g", SourceStatus.AWARDED, 500, Y2025)),
                member("c", 0)),
            null);
    assertEquals(
        List.of(
            change("b", "0.00", "50.00", "0", "49.995"),
            change("c", "0.00", "50.01", "0", "50.005")),
        rollup.withdrawal("a").orElseThrow().changes());
  }

  /*
   * Source statuses, one gemeente over 2025, planned 40,000, actual 30,000:
   *   AWARDED 10,000 and ESTABLISHED 2,000: awarded and received;
   *   APPLIED 5,000: awarded (the plan relies on it), not received (not yet money);
   *   RECLAIMED 3,000: neither;
   *   OWN_BUDGET 1,000 AWARDED: not a grant, neither.
   * subsidyAwarded 17,000, received 12,000; required 40,000 − 17,000 = 23,000; realised
   * 30,000 − 12,000 = 18,000.
   */
  @Test
  void reclaimedSourcesDoNotCountAndAppliedOnesAreNotYetReceived() {
    ProgrammeLedger ledger =
        ledger(
            Y2025,
            List.of(
                grant("awarded", SourceStatus.AWARDED, 10_000, Y2025),
                grant("applied", SourceStatus.APPLIED, 5_000, Y2025),
                grant("reclaimed", SourceStatus.RECLAIMED, 3_000, Y2025),
                grant("established", SourceStatus.ESTABLISHED, 2_000, Y2025),
                source("own", SourceKind.OWN_BUDGET, SourceStatus.AWARDED, 1_000, Y2025)),
            List.of(),
            List.of(
                line("l", new LineAmount(Y2025, Money.euros(40_000), Money.euros(30_000), null))));
    YearFigures y2025 =
        CircleRollup.of(List.of(new MemberStatement("x", null, ledger)), null)
            .members()
            .get(0)
            .years()
            .get(0);
    assertEquals(money("17000.00"), y2025.subsidyAwarded());
    assertEquals(money("12000.00"), y2025.subsidyReceived());
    assertEquals(money("23000.00"), y2025.required());
    assertEquals(money("30000.00"), y2025.actual());
    assertEquals(money("18000.00"), y2025.realised());
  }

  /*
   * Clamping is per year, and the total is the sum of the years: a programme over 2024–2025,
   * planned 100 in 2024 with an actual of 40, a grant of 50 AWARDED for 2025 only.
   *   2024: required 100 − 0 = 100; realised 40 − 0 = 40.
   *   2025: required max(0 − 50, 0) = 0; realised max(0 − 50, 0) = 0.
   *   total: required 100 (not 100 − 50 = 50), realised 40; gap 100 − 0 = 100.
   * Actuals entered as null count as zero (the 2025 amount has none). A line amount in 2028,
   * outside the programme's years, is left out.
   */
  @Test
  void requiredAndRealisedAreClampedPerYearAndTheTotalIsTheirSum() {
    Period programme = Period.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
    ProgrammeLedger ledger =
        ledger(
            programme,
            List.of(grant("g", SourceStatus.AWARDED, 50, Y2025)),
            List.of(),
            List.of(
                line(
                    "l",
                    new LineAmount(Period.year(2024), Money.euros(100), Money.euros(40), null),
                    LineAmount.planned(Y2025, Money.ZERO),
                    LineAmount.planned(Period.year(2028), Money.euros(999)))));
    MemberRollup member =
        CircleRollup.of(List.of(new MemberStatement("x", "X", ledger)), null).members().get(0);
    assertEquals(2, member.years().size());
    assertEquals(money("100.00"), member.years().get(0).required());
    assertEquals(money("40.00"), member.years().get(0).realised());
    assertEquals(Money.ZERO, member.years().get(1).required());
    assertEquals(Money.ZERO, member.years().get(1).realised());
    assertEquals(money("100.00"), member.total().required());
    assertEquals(money("40.00"), member.total().realised());
    assertEquals(money("100.00"), member.total().planned(), "2028 is not shown");
    assertEquals(money("100.00"), member.total().gap());
    // asked for alone, 2028 is still a year no programme period touches: zeros, not the 999
    MemberRollup in2028 =
        CircleRollup.of(List.of(new MemberStatement("x", "X", ledger)), 2028).members().get(0);
    assertEquals(zero(2028), in2028.years().get(0));
    assertEquals(zero(null), in2028.total());
  }

  /*
   * Members with different periods: years are the union, sorted. Duiven 2024–2027 and Wijchen
   * 2025 only (planned 60,000, cash pledged 10,000 + 2,000 h × €50 in kind = 100,000).
   * Wijchen shows zeros in 2024, 2026 and 2027; the circle's 2025 is Duiven's plus Wijchen's.
   */
  @Test
  void yearsAreTheUnionOfTheProgrammePeriods() {
    CircleRollup rollup = CircleRollup.of(List.of(wijchen(), DUIVEN), null);
    assertEquals(List.of(2024, 2025, 2026, 2027), rollup.years());
    MemberRollup wijchen = rollup.members().get(0);
    assertEquals("wijchen", wijchen.gemeente());
    assertEquals(zero(2024), wijchen.years().get(0));
    assertEquals(zero(2026), wijchen.years().get(2));
    YearFigures w2025 = wijchen.years().get(1);
    assertEquals(money("60000.00"), w2025.required());
    assertEquals(money("100000.00"), w2025.pledgedInKind());
    assertEquals(money("10000.00"), w2025.pledgedCash());
    assertEquals(money("-50000.00"), w2025.gap());
    YearFigures c2025 = rollup.circle().years().get(1);
    assertEquals(2025, c2025.year());
    assertEquals(money("129679.99"), c2025.planned());
    assertEquals(money("102384.66"), c2025.required());
    assertEquals(money("187154.00"), rollup.circle().total().required());
    // Wijchen withdraws: Duiven, alone, carries all of it and then requires the whole circle
    Withdrawal w = rollup.withdrawal("wijchen").orElseThrow();
    assertEquals(
        List.of(change("duiven", "127154.00", "187154.00", "67.9408", "100")), w.changes());
  }

  // --- helpers ---

  private static final Period Y2025 = Period.year(2025);

  private static void assertYear(
      YearFigures figures,
      Integer year,
      String planned,
      String awarded,
      String required,
      String inKind,
      String cash,
      String gap) {
    String what = "year " + year;
    assertEquals(year, figures.year(), what);
    assertEquals(money(planned), figures.planned(), what + " planned");
    assertEquals(money(awarded), figures.subsidyAwarded(), what + " subsidy awarded");
    assertEquals(money(required), figures.required(), what + " required");
    assertEquals(money(inKind), figures.pledgedInKind(), what + " pledged in kind");
    assertEquals(money(cash), figures.pledgedCash(), what + " pledged cash");
    assertEquals(money(gap), figures.gap(), what + " gap");
  }

  private static YearFigures zero(Integer year) {
    Money z = Money.ZERO;
    return new YearFigures(year, z, z, z, z, z, z, z, z, z);
  }

  private static ShareChange change(
      String gemeente, String before, String after, String shareBefore, String shareAfter) {
    return new ShareChange(
        gemeente, money(before), money(after), pct(shareBefore), pct(shareAfter));
  }

  private static Money money(String plain) {
    return Money.parse(plain);
  }

  private static Percentage pct(String plain) {
    return Percentage.parse(plain);
  }

  private static MemberStatement wijchen() {
    return new MemberStatement("wijchen", "Wijchen", wijchenLedger());
  }

  private static ProgrammeLedger wijchenLedger() {
    return ledger(
        Y2025,
        List.of(),
        List.of(
            Contribution.cash("cash", "Gemeente Wijchen", Money.euros(10_000), false, null),
            Contribution.inKind(
                "hours",
                "Gemeente Wijchen",
                Hours.of(2_000),
                new HourlyRate(Money.euros(50), Y2025.start()),
                true,
                null)),
        List.of(line("l", LineAmount.planned(Y2025, Money.euros(60_000)))));
  }

  private static MemberStatement member(String gemeente, long planned, FundingSource... sources) {
    return member(gemeente, Money.euros(planned), sources);
  }

  private static MemberStatement member(String gemeente, Money planned, FundingSource... sources) {
    return new MemberStatement(
        gemeente,
        null,
        ledger(
            Y2025,
            List.of(sources),
            List.of(),
            List.of(line("l", LineAmount.planned(Y2025, planned)))));
  }

  private static FundingSource grant(String id, SourceStatus status, long euros, Period window) {
    return source(id, SourceKind.REGIODEAL, status, euros, window);
  }

  private static FundingSource source(
      String id, SourceKind kind, SourceStatus status, long euros, Period window) {
    return new FundingSource(
        id,
        id,
        "grantor",
        kind,
        null,
        null,
        Money.euros(euros),
        window,
        status,
        new CofinancingRule(Percentage.of(50), true, Percentage.ZERO),
        List.of());
  }

  private static BudgetLine line(String id, LineAmount... amounts) {
    return new BudgetLine(id, CostCategory.OTHER, id, List.of(amounts));
  }

  private static ProgrammeLedger ledger(
      Period period,
      List<FundingSource> sources,
      List<Contribution> contributions,
      List<BudgetLine> lines) {
    return new ProgrammeLedger(
        "Test",
        period,
        null,
        sources,
        contributions,
        List.of(
            new BudgetVersion(
                1, BudgetVersion.Kind.ORIGINAL, period.start(), null, new ArrayList<>(lines))),
        List.of(),
        List.of());
  }

  /** A gemeente with two programmes whose lines share a code: each counts over its own period. */
  @Test
  void twoProgrammesOfOneGemeenteAddUpEachOverItsOwnYears() {
    ProgrammeLedger early = oneLine("Buurtkamer", Period.year(2024), 1_000);
    ProgrammeLedger late = oneLine("Eilandplein", Period.year(2026), 3_000);
    CircleRollup rollup =
        CircleRollup.of(
            List.of(new MemberStatement("duiven", "Duiven", List.of(early, late))), null);
    assertEquals(List.of(2024, 2026), rollup.years(), "2025 is in neither programme");
    MemberRollup duiven = rollup.members().get(0);
    assertEquals(Money.euros(1_000), duiven.years().get(0).pledgedCash());
    assertEquals(Money.euros(3_000), duiven.years().get(1).pledgedCash());
    assertEquals(Money.euros(4_000), duiven.total().planned());
    assertEquals(Money.ZERO, duiven.total().gap());
  }

  private static ProgrammeLedger oneLine(String name, Period period, long euros) {
    BudgetLine line =
        new BudgetLine(
            "materiaalkosten",
            CostCategory.MATERIALS,
            "Materiaalkosten",
            List.of(LineAmount.planned(period, Money.euros(euros))));
    return new ProgrammeLedger(
        name,
        period,
        null,
        List.of(),
        List.of(Contribution.cash("eigen", "Duiven", Money.euros(euros), false, "materiaalkosten")),
        List.of(
            new BudgetVersion(1, BudgetVersion.Kind.ORIGINAL, period.start(), null, List.of(line))),
        List.of(),
        List.of());
  }
}
