package nl.leerkring.portal.ledger;

import java.util.Objects;

/**
 * One finding about a ledger, shown where the numbers are entered.
 *
 * <p>{@code expected} is what the ledger computes or the rule demands, {@code actual} what was
 * entered or stated, and {@code difference} the distance between them, never negative (the message
 * says which is higher). The three are null only for {@link Severity#ERROR}s that are about a
 * missing or clashing entry rather than two numbers.
 *
 * @param subject the id of the source, line, contribution, period or version concerned, or null for
 *     the programme as a whole
 */
public record Check(
    CheckCode code,
    Severity severity,
    String subject,
    String message,
    Measure expected,
    Measure actual,
    Measure difference) {

  public Check {
    Objects.requireNonNull(code, "A check needs a code.");
    Objects.requireNonNull(severity, "A check needs a severity.");
    Objects.requireNonNull(message, "A check needs a message.");
  }

  static Check of(CheckCode code, String subject, String message, Money expected, Money actual) {
    return new Check(
        code, code.severity(), subject, message, expected, actual, actual.minus(expected).abs());
  }

  static Check of(
      CheckCode code, String subject, String message, Percentage expected, Percentage actual) {
    Percentage difference = actual.minus(expected);
    return new Check(
        code,
        code.severity(),
        subject,
        message,
        expected,
        actual,
        difference.value().signum() < 0 ? Percentage.ZERO.minus(difference) : difference);
  }

  static Check error(CheckCode code, String subject, String message) {
    return new Check(code, code.severity(), subject, message, null, null, null);
  }
}
