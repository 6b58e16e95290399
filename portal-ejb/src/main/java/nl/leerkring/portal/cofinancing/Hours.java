package nl.leerkring.portal.cofinancing;

import java.math.BigDecimal;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * A number of hours with at most two decimals, never negative, as stored in {@code NUMERIC(9,2)}.
 */
public final class Hours implements Measure, Comparable<Hours> {

  private static final BigDecimal LIMIT = BigDecimal.TEN.pow(7);

  private final BigDecimal value;

  private Hours(BigDecimal value) {
    this.value = value;
  }

  public static Hours of(BigDecimal value) {
    Objects.requireNonNull(value, "A number of hours is required.");
    if (value.signum() != 0 && value.stripTrailingZeros().scale() > 2) {
      throw PortalException.invalid(LedgerCode.TOO_MANY_DECIMALS, value.toPlainString(), 2);
    }
    if (value.signum() < 0) {
      throw PortalException.invalid(LedgerCode.NEGATIVE, value);
    }
    if (value.compareTo(LIMIT) >= 0) {
      throw PortalException.invalid(LedgerCode.HOURS_TOO_LARGE, value);
    }
    return new Hours(value.setScale(2));
  }

  public static Hours of(long hours) {
    return of(BigDecimal.valueOf(hours));
  }

  /** Parses a plain decimal such as {@code 12.5}. */
  public static Hours parse(String text) {
    return of(Decimals.parsePlain(text, 2));
  }

  public BigDecimal value() {
    return value;
  }

  @Override
  public String dutch() {
    return Decimals.dutch(value) + " uur";
  }

  @Override
  public String plain() {
    return value.toPlainString();
  }

  @Override
  public int compareTo(Hours other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Hours hours && value.compareTo(hours.value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return plain();
  }
}
