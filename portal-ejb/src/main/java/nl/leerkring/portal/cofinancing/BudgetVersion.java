package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * A version of the budget, valid from a day until a day (inclusive; null means open-ended). Only
 * the current version (the one that starts last) counts; versions whose windows overlap are
 * invalid.
 */
public record BudgetVersion(
    int number, Kind kind, LocalDate validFrom, LocalDate validUntil, List<BudgetLine> lines) {

  public enum Kind {
    ORIGINAL,
    REVISED
  }

  public BudgetVersion {
    Objects.requireNonNull(kind, "Budget version " + number + " needs a kind.");
    Objects.requireNonNull(validFrom, "Budget version " + number + " needs a valid-from date.");
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw PortalException.invalid(
          LedgerCode.VERSION_ENDS_BEFORE_START, number, validUntil, validFrom);
    }
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  public boolean overlaps(BudgetVersion other) {
    boolean thisEndsBefore = validUntil != null && validUntil.isBefore(other.validFrom);
    boolean otherEndsBefore = other.validUntil != null && other.validUntil.isBefore(validFrom);
    return !thisEndsBefore && !otherEndsBefore;
  }

  public String window() {
    return validFrom + " – " + (validUntil == null ? "open" : validUntil.toString());
  }
}
