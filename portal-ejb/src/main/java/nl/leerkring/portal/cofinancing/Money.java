package nl.leerkring.portal.cofinancing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * An amount in euros with exactly two decimals (whole cents), as stored in {@code NUMERIC(19,2)}.
 *
 * <p>Immutable. Equality follows the value, never the scale of a {@link BigDecimal}: {@code 1.5}
 * and {@code 1.50} are the same amount (the scale is always 2 here anyway). Arithmetic that can
 * produce fractions of a cent lives in {@link RoundingPolicy}, never here.
 */
public final class Money implements Measure, Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  /** {@code NUMERIC(19,2)} holds at most 17 digits before the decimal point. */
  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(17);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /** An amount of any sign; rejects more than two decimals rather than rounding silently. */
  public static Money of(BigDecimal amount) {
    Objects.requireNonNull(amount, "An amount is required.");
    if (amount.signum() != 0 && amount.stripTrailingZeros().scale() > 2) {
      throw PortalException.invalid(LedgerCode.AMOUNT_IN_WHOLE_CENTS, amount);
    }
    if (amount.abs().compareTo(LIMIT) >= 0) {
      throw PortalException.invalid(LedgerCode.AMOUNT_TOO_LARGE, amount);
    }
    return new Money(amount.setScale(2));
  }

  /** As {@link #of(BigDecimal)}, and rejects a negative amount. */
  public static Money nonNegative(BigDecimal amount) {
    return requireNonNegative(of(amount), amount.toPlainString());
  }

  public static Money euros(long euros) {
    return of(BigDecimal.valueOf(euros));
  }

  public static Money cents(long cents) {
    return of(BigDecimal.valueOf(cents, 2));
  }

  /** Parses a plain decimal such as {@code 1234.56} or {@code -12} (CSV, JSON, query strings). */
  public static Money parse(String text) {
    return of(Decimals.parsePlain(text, 2));
  }

  /** As {@link #parse(String)}, and rejects a negative amount. */
  public static Money parseNonNegative(String text) {
    return requireNonNegative(parse(text), text);
  }

  /**
   * Parses Dutch notation as people type it: {@code € 1.234,56}, {@code 1234,56} or {@code 1234}. A
   * dot is only ever a thousands separator here, so {@code 1.5} is rejected, not read as 1,50.
   */
  public static Money parseDutch(String text) {
    return of(Decimals.parseDutch(text, 2, "€"));
  }

  /** As {@link #parseDutch(String)}, and rejects a negative amount. */
  public static Money parseDutchNonNegative(String text) {
    return requireNonNegative(parseDutch(text), text);
  }

  private static Money requireNonNegative(Money money, String text) {
    if (money.isNegative()) {
      throw PortalException.invalid(LedgerCode.NEGATIVE, money.amount());
    }
    return money;
  }

  /** The amount with scale 2; never compare it with {@code equals}. */
  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return of(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return of(amount.subtract(other.amount));
  }

  /** Multiplies by a whole number (three yearly amounts, for example): never needs rounding. */
  public Money times(long factor) {
    return of(amount.multiply(BigDecimal.valueOf(factor)));
  }

  public Money negate() {
    return new Money(amount.negate());
  }

  public Money abs() {
    return isNegative() ? negate() : this;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The sum of some amounts; zero for none. */
  public static Money sum(Iterable<Money> amounts) {
    BigDecimal total = BigDecimal.ZERO;
    for (Money money : amounts) {
      total = total.add(money.amount);
    }
    return of(total);
  }

  /** {@code € 1.234,56}; a negative amount prints as {@code € -1.234,56}. */
  @Override
  public String dutch() {
    return "€ " + Decimals.dutch(amount);
  }

  /** {@code 1234.56}: always two decimals, a dot, no grouping. */
  @Override
  public String plain() {
    return amount.toPlainString();
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && amount.compareTo(money.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.setScale(2, RoundingMode.UNNECESSARY).hashCode();
  }

  /** The plain form, so logs and assertion messages show {@code 1234.56}. */
  @Override
  public String toString() {
    return plain();
  }
}
