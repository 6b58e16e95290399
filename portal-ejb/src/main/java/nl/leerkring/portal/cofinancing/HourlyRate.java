package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * An hourly rate and the day from which it applies. The date is kept nullable so that a rate
 * entered without one reaches {@link LedgerChecks} and comes back as a validation error ({@link
 * CheckCode#HOURLY_RATE_WITHOUT_VALID_FROM}) instead of an exception without context.
 */
public record HourlyRate(Money perHour, LocalDate validFrom) {

  public HourlyRate {
    Objects.requireNonNull(perHour, "An hourly rate needs an amount.");
    if (perHour.isNegative()) {
      throw PortalException.invalid(LedgerCode.NEGATIVE, perHour);
    }
  }
}
