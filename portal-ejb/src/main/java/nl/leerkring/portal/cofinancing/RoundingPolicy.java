package nl.leerkring.portal.cofinancing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * The ledger's one rounding policy (DOMAIN.md, "Cofinancing"); every fraction of a cent in the
 * portal is decided here and nowhere else.
 *
 * <ul>
 *   <li>{@link #grantShare}: rate × eligible total, rounded DOWN to cents: a funder never pays
 *       above its rate.
 *   <li>{@link #ownShare}: total − the grant shares, exact: the shares always add up to the total.
 *   <li>{@link #splitEvenly} and {@link #splitByWeights}: every part but the last rounded DOWN
 *       (toward zero) to cents, the last part gets the remainder: the parts always add up to the
 *       whole.
 *   <li>{@link #splitByCalendarYear}: a period that does not follow calendar years is split pro
 *       rata by days (both ends inclusive), with the same rule: remainder to the last year.
 *   <li>{@link #share}: a shown percentage, part ÷ whole × 100, rounded HALF_UP to four decimals,
 *       straight from the exact quotient (never rounded twice).
 *   <li>{@link #valueOfHours}: hours × hourly rate, rounded HALF_UP to cents (a valuation, not a
 *       payment, so neither side is favoured).
 * </ul>
 *
 * <p>NOTE: stateless and thread-safe.
 */
public final class RoundingPolicy {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private RoundingPolicy() {}

  /** rate × eligible total, rounded DOWN to cents. */
  public static Money grantShare(Percentage rate, Money eligibleTotal) {
    return Money.of(
        eligibleTotal.amount().multiply(rate.fraction()).setScale(2, RoundingMode.DOWN));
  }

  /** The total less every grant share: exact, so grants + own share == total. */
  public static Money ownShare(Money total, List<Money> grantShares) {
    return total.minus(Money.sum(grantShares));
  }

  /** Equal parts; the last part gets the remainder. */
  public static List<Money> splitEvenly(Money whole, int parts) {
    if (parts < 1) {
      throw PortalException.invalid(LedgerCode.SPLIT_INTO_NO_PARTS, parts);
    }
    List<BigDecimal> weights = new ArrayList<>(parts);
    for (int i = 0; i < parts; i++) {
      weights.add(BigDecimal.ONE);
    }
    return splitByWeights(whole, weights);
  }

  /**
   * Parts in proportion to non-negative weights (for example days); every part but the last is
   * rounded DOWN to cents and the last one gets the remainder, so the parts add up to the whole.
   */
  public static List<Money> splitByWeights(Money whole, List<BigDecimal> weights) {
    Objects.requireNonNull(whole, "An amount to split is required.");
    if (weights.isEmpty()) {
      throw PortalException.invalid(LedgerCode.SPLIT_INTO_NO_PARTS, 0);
    }
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      if (weight.signum() < 0) {
        throw PortalException.invalid(LedgerCode.NEGATIVE_WEIGHT, weight);
      }
      totalWeight = totalWeight.add(weight);
    }
    if (totalWeight.signum() == 0) {
      throw PortalException.invalid(LedgerCode.ALL_WEIGHTS_ZERO);
    }
    List<Money> parts = new ArrayList<>(weights.size());
    Money assigned = Money.ZERO;
    for (int i = 0; i < weights.size() - 1; i++) {
      Money part =
          Money.of(
              whole.amount().multiply(weights.get(i)).divide(totalWeight, 2, RoundingMode.DOWN));
      parts.add(part);
      assigned = assigned.plus(part);
    }
    parts.add(whole.minus(assigned));
    return List.copyOf(parts);
  }

  /**
   * The amount of a period per calendar year it touches, pro rata by days (start and end
   * inclusive), the remainder to the last year. A period inside one year gives one entry.
   */
  public static Map<Integer, Money> splitByCalendarYear(
      Money amount, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw PortalException.invalid(LedgerCode.ENDS_BEFORE_START, end, start);
    }
    List<Integer> years = new ArrayList<>();
    List<BigDecimal> days = new ArrayList<>();
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      LocalDate from = year == start.getYear() ? start : LocalDate.of(year, 1, 1);
      LocalDate to = year == end.getYear() ? end : LocalDate.of(year, 12, 31);
      years.add(year);
      days.add(BigDecimal.valueOf(ChronoUnit.DAYS.between(from, to) + 1));
    }
    List<Money> parts = splitByWeights(amount, days);
    Map<Integer, Money> perYear = new LinkedHashMap<>();
    for (int i = 0; i < years.size(); i++) {
      perYear.put(years.get(i), parts.get(i));
    }
    return perYear;
  }

  /** {@link #splitByCalendarYear(Money, LocalDate, LocalDate)} over a period. */
  public static Map<Integer, Money> splitByCalendarYear(Money amount, Period period) {
    return splitByCalendarYear(amount, period.start(), period.end());
  }

  /** part ÷ whole as a percentage, HALF_UP to four decimals; zero when the whole is zero. */
  public static Percentage share(Money part, Money whole) {
    if (whole.isZero()) {
      return Percentage.ZERO;
    }
    return Percentage.unchecked(
        part.amount().multiply(HUNDRED).divide(whole.amount(), 4, RoundingMode.HALF_UP));
  }

  /** hours × hourly rate, HALF_UP to cents. */
  public static Money valueOfHours(Hours hours, Money hourlyRate) {
    return Money.of(hours.value().multiply(hourlyRate.amount()).setScale(2, RoundingMode.HALF_UP));
  }
}
