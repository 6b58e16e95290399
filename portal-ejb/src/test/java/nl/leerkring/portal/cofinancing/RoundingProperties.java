package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/** The rounding policy's promises, for random amounts, rates and periods. */
class RoundingProperties {

  @Property
  void sharesAlwaysAddUp(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long totalCents,
      @ForAll("rates") List<Percentage> rates) {
    Money total = Money.cents(totalCents);
    List<Money> grants = new ArrayList<>();
    for (Percentage rate : rates) {
      Money grant = RoundingPolicy.grantShare(rate, total);
      assertTrue(
          grant.amount().compareTo(total.amount().multiply(rate.fraction())) <= 0,
          "a funder never pays above its rate");
      grants.add(grant);
    }
    Money own = RoundingPolicy.ownShare(total, grants);
    assertEquals(total, Money.sum(grants).plus(own));
  }

  @Property
  void periodSplitsAddUpToTheLine(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long cents,
      @ForAll @IntRange(min = 1, max = 60) int periods) {
    Money line = Money.cents(cents);
    List<Money> parts = RoundingPolicy.splitEvenly(line, periods);
    assertEquals(periods, parts.size());
    assertEquals(line, Money.sum(parts));
    for (int i = 0; i < periods - 1; i++) {
      assertTrue(parts.get(i).compareTo(parts.get(periods - 1)) <= 0, "the remainder goes last");
      assertTrue(!parts.get(i).isNegative());
    }
  }

  @Property
  void weightedSplitsAddUp(
      @ForAll @LongRange(min = -1_000_000_000L, max = 1_000_000_000L) long cents,
      @ForAll @Size(min = 1, max = 12) List<@IntRange(min = 1, max = 400) Integer> weights) {
    Money whole = Money.cents(cents);
    List<Money> parts =
        RoundingPolicy.splitByWeights(whole, weights.stream().map(BigDecimal::valueOf).toList());
    assertEquals(whole, Money.sum(parts));
  }

  @Property
  void calendarYearSplitsAddUp(
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long cents,
      @ForAll("days") LocalDate start,
      @ForAll @IntRange(min = 0, max = 3_000) int length) {
    LocalDate end = start.plusDays(length);
    Money amount = Money.cents(cents);
    Map<Integer, Money> split = RoundingPolicy.splitByCalendarYear(amount, start, end);
    assertEquals(end.getYear() - start.getYear() + 1, split.size());
    assertEquals(amount, Money.sum(split.values()));
  }

  @Provide
  Arbitrary<List<Percentage>> rates() {
    // at most four funders of at most 25 % each, so the rates never pass 100 %
    return Arbitraries.bigDecimals()
        .between(BigDecimal.ZERO, BigDecimal.valueOf(25))
        .ofScale(4)
        .map(Percentage::of)
        .list()
        .ofMaxSize(4);
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }
}
