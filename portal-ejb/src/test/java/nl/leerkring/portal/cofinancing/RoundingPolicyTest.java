package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.PortalException;
import org.junit.jupiter.api.Test;

class RoundingPolicyTest {

  @Test
  void grantShareIsRoundedDownToCents() {
    // 33.3333 % of 100.00 = 33.33333 → 33.33, and 50 % of 0.03 = 0.015 → 0.01 (never 0.02)
    assertEquals(
        Money.cents(3333),
        RoundingPolicy.grantShare(Percentage.parse("33.3333"), Money.euros(100)));
    assertEquals(Money.cents(1), RoundingPolicy.grantShare(Percentage.of(50), Money.cents(3)));
    assertEquals(
        Money.cents(66), RoundingPolicy.grantShare(Percentage.parse("66.6666"), Money.cents(100)));
    assertEquals(
        Money.euros(308_800), RoundingPolicy.grantShare(Percentage.of(80), Money.euros(386_000)));
  }

  @Test
  void ownShareIsTheRestSoSharesAddUp() {
    Money total = Money.cents(100);
    Money a = RoundingPolicy.grantShare(Percentage.parse("33.3333"), total);
    Money b = RoundingPolicy.grantShare(Percentage.parse("33.3333"), total);
    Money own = RoundingPolicy.ownShare(total, List.of(a, b));
    assertEquals(Money.cents(34), own);
    assertEquals(total, a.plus(b).plus(own));
  }

  @Test
  void periodSplitsGiveTheRemainderToTheLastPeriod() {
    assertEquals(
        List.of(Money.cents(3333), Money.cents(3333), Money.cents(3334)),
        RoundingPolicy.splitEvenly(Money.euros(100), 3));
    assertEquals(
        List.of(Money.cents(817333), Money.cents(817333), Money.cents(817334)),
        RoundingPolicy.splitEvenly(Money.euros(24_520), 3));
    assertEquals(List.of(Money.euros(5)), RoundingPolicy.splitEvenly(Money.euros(5), 1));
    assertEquals(
        List.of(Money.ZERO, Money.ZERO, Money.cents(2)),
        RoundingPolicy.splitEvenly(Money.cents(2), 3));
    assertThrows(PortalException.class, () -> RoundingPolicy.splitEvenly(Money.euros(5), 0));
  }

  @Test
  void weightedSplitsRoundDownAndGiveTheRemainderToTheLast() {
    List<Money> parts =
        RoundingPolicy.splitByWeights(
            Money.cents(1000), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
    assertEquals(List.of(Money.cents(333), Money.cents(333), Money.cents(334)), parts);
    assertEquals(
        List.of(Money.ZERO, Money.euros(10)),
        RoundingPolicy.splitByWeights(Money.euros(10), List.of(BigDecimal.ZERO, BigDecimal.ONE)));
    assertThrows(
        PortalException.class,
        () -> RoundingPolicy.splitByWeights(Money.euros(10), List.of(BigDecimal.ZERO)));
  }

  @Test
  void calendarYearSplitIsProRataByDaysWithTheRemainderToTheLastYear() {
    // 2024-04-01 – 2027-03-31: 275 + 365 + 365 + 90 = 1095 days
    Map<Integer, Money> split =
        RoundingPolicy.splitByCalendarYear(
            Money.euros(209_040), LocalDate.of(2024, 4, 1), LocalDate.of(2027, 3, 31));
    assertEquals(List.of(2024, 2025, 2026, 2027), List.copyOf(split.keySet()));
    assertEquals(Money.cents(5_249_863), split.get(2024)); // 57,486,000 / 1095 = 52,498.630…
    assertEquals(Money.euros(69_680), split.get(2025));
    assertEquals(Money.euros(69_680), split.get(2026));
    assertEquals(Money.cents(1_718_137), split.get(2027)); // the remainder
  }

  @Test
  void calendarYearSplitCountsLeapDaysAndKeepsOneYearWhole() {
    Map<Integer, Money> leap =
        RoundingPolicy.splitByCalendarYear(
            Money.euros(366), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    assertEquals(Map.of(2024, Money.euros(366)), leap);
    Map<Integer, Money> twoDays =
        RoundingPolicy.splitByCalendarYear(
            Money.cents(1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 1, 1));
    assertEquals(Money.ZERO, twoDays.get(2024));
    assertEquals(Money.cents(1), twoDays.get(2025));
    assertThrows(
        PortalException.class,
        () ->
            RoundingPolicy.splitByCalendarYear(
                Money.euros(1), LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
  }

  @Test
  void shownPercentagesAreRoundedHalfUpOnce() {
    assertEquals(
        Percentage.parse("49.9183"),
        RoundingPolicy.share(Money.euros(81_886), Money.euros(164_040)));
    // 1/8 = 12.5 % exactly; 1/3 = 33.33333… → 33.3333; 2/3 = 66.66666… → 66.6667 (HALF_UP)
    assertEquals(Percentage.parse("12.5"), RoundingPolicy.share(Money.euros(1), Money.euros(8)));
    assertEquals(Percentage.parse("33.3333"), RoundingPolicy.share(Money.euros(1), Money.euros(3)));
    assertEquals(Percentage.parse("66.6667"), RoundingPolicy.share(Money.euros(2), Money.euros(3)));
    // 0.01 / 20,000 = 0.00005 %: rounds up to 0.0001 (HALF_UP, not HALF_EVEN)
    assertEquals(
        Percentage.parse("0.0001"), RoundingPolicy.share(Money.cents(1), Money.euros(20_000)));
    assertEquals(Percentage.ZERO, RoundingPolicy.share(Money.euros(1), Money.ZERO));
  }

  @Test
  void valueOfHoursIsRoundedHalfUpToCents() {
    assertEquals(
        Money.euros(101_520), RoundingPolicy.valueOfHours(Hours.of(2_256), Money.euros(45)));
    // 0.25 h × 0.10 = 0.025 → 0.03
    assertEquals(Money.cents(3), RoundingPolicy.valueOfHours(Hours.parse("0.25"), Money.cents(10)));
  }
}
