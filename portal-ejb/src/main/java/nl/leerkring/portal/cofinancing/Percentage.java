package nl.leerkring.portal.cofinancing;

import java.math.BigDecimal;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * A percentage from 0 to 100 with at most four decimals, as stored in {@code NUMERIC(7,4)}: {@code
 * 50} means fifty percent. Percentages computed from amounts come from {@link
 * RoundingPolicy#share(Money, Money)} (rounded HALF_UP); entered ones are never rounded.
 */
public final class Percentage implements Measure, Comparable<Percentage> {

  public static final Percentage ZERO = new Percentage(BigDecimal.ZERO.setScale(4));
  public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100).setScale(4));

  private final BigDecimal value;

  private Percentage(BigDecimal value) {
    this.value = value;
  }

  /** Rejects more than four decimals and anything outside 0–100. */
  public static Percentage of(BigDecimal value) {
    Objects.requireNonNull(value, "A percentage is required.");
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 4) {
      throw PortalException.invalid(LedgerCode.TOO_MANY_DECIMALS, value.toPlainString(), 4);
    }
    if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw PortalException.invalid(LedgerCode.PERCENTAGE_OUT_OF_RANGE, value);
    }
    return new Percentage(value.setScale(4));
  }

  public static Percentage of(long percent) {
    return of(BigDecimal.valueOf(percent));
  }

  /** Parses a plain decimal such as {@code 50} or {@code 33.3333}. */
  public static Percentage parse(String text) {
    return of(Decimals.parsePlain(text, 4));
  }

  /**
   * A sum or difference of percentages, which may leave 0–100 (shares adding up to 120 %): only for
   * showing in a {@link Check}, never stored.
   */
  static Percentage unchecked(BigDecimal value) {
    return new Percentage(value.setScale(4));
  }

  public BigDecimal value() {
    return value;
  }

  /** The fraction: 50 % is 0.5 (exact). */
  public BigDecimal fraction() {
    return value.movePointLeft(2);
  }

  public Percentage plus(Percentage other) {
    return unchecked(value.add(other.value));
  }

  public Percentage minus(Percentage other) {
    return unchecked(value.subtract(other.value));
  }

  /** {@code 49,9183 %} or {@code 50 %}: trailing zero decimals are left off. */
  @Override
  public String dutch() {
    return Decimals.dutch(stripped()) + " %";
  }

  /** {@code 49.9183} or {@code 50}. */
  @Override
  public String plain() {
    return stripped().toPlainString();
  }

  private BigDecimal stripped() {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  @Override
  public int compareTo(Percentage other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Percentage percentage && value.compareTo(percentage.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return plain() + "%";
  }
}
