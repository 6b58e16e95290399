package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.List;

/**
 * Duiven's Blijfwijk cofinancing exactly as its council proposal states it (DOMAIN.md,
 * "Cofinancing"; {@code samples/duiven-blijfwijk-leerkring.txt}), for the demo data and the tests.
 * The figures are deliberately left as they are: they do not reconcile, and the checks must say so.
 *
 * <p>What the proposal does not say, and is chosen here (so that the totals stay the stated ones):
 *
 * <ul>
 *   <li>The period "April 2024 to April 2027" is 2024-04-01 – 2027-03-31 (three years), and the
 *       proposal's amounts are "over 3 years", so each line has one period: the whole programme.
 *   <li>Own hours €101,520 = 2,256 h (2 civil servants × 8 h/week × 47 weeks × 3 years) × €45.00;
 *       the community worker €24,520 = 613 h × €40.00. Both rates valid from 2024-04-01.
 *   <li>The HAN contribution "€15,000 a year" is a line of 3 × €15,000; the subsidy covers €15,000.
 *   <li>The Regiodeal is applied for (the subsidy comes "after approval"), 50 % with in-kind
 *       contributions allowed and a 50 % own share, yearly €27,000 for 2024, 2025 and 2026.
 * </ul>
 */
public final class DuivenExample {

  public static final String REGIODEAL = "regiodeal-gmr";
  public static final String OWN_HOURS = "eigen-uren";
  public static final String COMMUNITY_WORKER = "opbouwwerker";
  public static final String MATERIALS = "materiaalkosten";
  public static final String HAN = "bijdrage-han";

  public static final Period PERIOD =
      new Period("April 2024 – April 2027", LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31));

  private DuivenExample() {}

  public static ProgrammeLedger ledger() {
    LocalDate start = PERIOD.start();
    FundingSource regiodeal =
        new FundingSource(
            REGIODEAL,
            "Regiodeal Groene Metropoolregio",
            "Provincie Gelderland (penvoerder), Groene Metropoolregio",
            SourceKind.REGIODEAL,
            null,
            null,
            Money.euros(81_886),
            PERIOD,
            SourceStatus.APPLIED,
            new CofinancingRule(Percentage.of(50), true, Percentage.of(50)),
            List.of(
                new YearAmount(2024, Money.euros(27_000)),
                new YearAmount(2025, Money.euros(27_000)),
                new YearAmount(2026, Money.euros(27_000))));
    List<BudgetLine> lines =
        List.of(
            line(OWN_HOURS, CostCategory.OWN_STAFF, "Inzet eigen uren", 101_520),
            line(COMMUNITY_WORKER, CostCategory.PARTNER_STAFF, "Inzet opbouwwerker", 24_520),
            line(MATERIALS, CostCategory.MATERIALS, "Materiaalkosten", 38_000),
            line(HAN, CostCategory.EXTERNAL_SERVICES, "Jaarlijkse bijdrage HAN", 3 * 15_000));
    List<Contribution> contributions =
        List.of(
            Contribution.inKind(
                OWN_HOURS,
                "Gemeente Duiven",
                Hours.of(2_256),
                new HourlyRate(Money.euros(45), start),
                true,
                OWN_HOURS),
            Contribution.inKind(
                COMMUNITY_WORKER,
                "Gemeente Duiven (opbouwwerk)",
                Hours.of(613),
                new HourlyRate(Money.euros(40), start),
                true,
                COMMUNITY_WORKER),
            Contribution.cash(MATERIALS, "Gemeente Duiven", Money.euros(38_000), false, MATERIALS));
    return new ProgrammeLedger(
        "Blijfwijk Duiven (Leerkring)",
        PERIOD,
        Percentage.of(50),
        List.of(regiodeal),
        contributions,
        List.of(new BudgetVersion(1, BudgetVersion.Kind.ORIGINAL, start, null, lines)),
        List.of(
            new Allocation(REGIODEAL, HAN, Money.euros(15_000)),
            new Allocation(REGIODEAL, MATERIALS, Money.euros(38_000))),
        List.of(
            new StatedTotal(
                StatedTotal.Subject.CONTRIBUTIONS,
                null,
                Money.euros(163_772),
                "council proposal, financial paragraph: 'Totale kosten'"),
            new StatedTotal(
                StatedTotal.Subject.SOURCE_AWARD,
                REGIODEAL,
                Money.euros(81_868),
                "council proposal, 'De Blijfwijk': '€81.868,-- voor 3 jaar'")));
  }

  private static BudgetLine line(String id, CostCategory category, String description, long euros) {
    return new BudgetLine(
        id, category, description, List.of(LineAmount.planned(PERIOD, Money.euros(euros))));
  }
}
