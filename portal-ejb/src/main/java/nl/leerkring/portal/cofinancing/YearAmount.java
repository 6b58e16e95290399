package nl.leerkring.portal.cofinancing;

import java.util.Objects;

/** An amount stated for one calendar year, such as "€27,000 a year" for 2024. */
public record YearAmount(int year, Money amount) {

  public YearAmount {
    Objects.requireNonNull(amount, "A yearly amount is required.");
  }
}
