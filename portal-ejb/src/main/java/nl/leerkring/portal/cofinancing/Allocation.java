package nl.leerkring.portal.cofinancing;

import java.util.Objects;
import nl.leerkring.portal.PortalException;

/** Part of a funding source assigned to the costs of one budget line. */
public record Allocation(String sourceId, String lineId, Money amount) {

  public Allocation {
    Objects.requireNonNull(sourceId, "An allocation needs a funding source.");
    Objects.requireNonNull(lineId, "An allocation needs a budget line.");
    Objects.requireNonNull(amount, "An allocation needs an amount.");
    if (amount.isNegative()) {
      throw PortalException.invalid(LedgerCode.NEGATIVE, amount);
    }
  }
}
