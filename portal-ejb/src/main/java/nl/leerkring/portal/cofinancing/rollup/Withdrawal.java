package nl.leerkring.portal.cofinancing.rollup;

import java.util.List;
import nl.leerkring.portal.cofinancing.Money;

/**
 * "If this gemeente withdraws": its required cofinancing is spread over the others, and each
 * remaining gemeente's share changes as listed.
 */
public record Withdrawal(String withdrawing, Money redistributed, List<ShareChange> changes) {

  public Withdrawal {
    changes = List.copyOf(changes);
  }
}
