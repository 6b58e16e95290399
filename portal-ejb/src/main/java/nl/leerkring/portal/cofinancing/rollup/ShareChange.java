package nl.leerkring.portal.cofinancing.rollup;

import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;

/** What one remaining gemeente must cofinance before and after another withdraws. */
public record ShareChange(
    String gemeente,
    Money requiredBefore,
    Money requiredAfter,
    Percentage shareBefore,
    Percentage shareAfter) {

  public Money increase() {
    return requiredAfter.minus(requiredBefore);
  }
}
