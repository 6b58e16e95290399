package nl.leerkring.portal.cofinancing;

/**
 * A number a {@link Check} can show: an amount of money, a percentage or a number of hours. Each
 * prints itself in two ways: Dutch for people, plain for CSV and JSON (where amounts are strings).
 */
public sealed interface Measure permits Money, Percentage, Hours {

  /** For people, in Dutch notation: {@code € 1.234,56}, {@code 49,9183 %}, {@code 1.234,50 uur}. */
  String dutch();

  /** For machines: a plain decimal with a dot and no grouping, such as {@code 1234.56}. */
  String plain();
}
