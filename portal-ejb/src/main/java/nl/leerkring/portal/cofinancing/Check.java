package nl.leerkring.portal.cofinancing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One finding about a ledger, shown where the numbers are entered.
 *
 * <p>{@code expected} is what the ledger computes or the rule demands, {@code actual} what was
 * entered or stated, and {@code difference} the distance between them, never negative (the words
 * say which is higher). The three are null only for {@link Severity#ERROR}s that are about a
 * missing or clashing entry rather than two numbers.
 *
 * <p>The explanation is not a sentence: it is the {@link CheckCode} (a message key) with {@code
 * args}, typed values (names, {@link Money}, {@link Percentage}, dates, counts) that the web layer
 * words in the reader's language; each code documents its arguments.
 *
 * @param subject the id of the source, line, contribution, period or version concerned, or null for
 *     the programme as a whole
 */
public record Check(
    CheckCode code,
    Severity severity,
    String subject,
    List<Object> args,
    Measure expected,
    Measure actual,
    Measure difference) {

  public Check {
    Objects.requireNonNull(code, "A check needs a code.");
    Objects.requireNonNull(severity, "A check needs a severity.");
    args = args == null ? List.of() : List.copyOf(args);
  }

  static Check of(CheckCode code, String subject, Money expected, Money actual, Object... args) {
    return new Check(
        code,
        code.severity(),
        subject,
        Arrays.asList(args),
        expected,
        actual,
        actual.minus(expected).abs());
  }

  static Check of(
      CheckCode code, String subject, Percentage expected, Percentage actual, Object... args) {
    Percentage difference = actual.minus(expected);
    return new Check(
        code,
        code.severity(),
        subject,
        Arrays.asList(args),
        expected,
        actual,
        difference.value().signum() < 0 ? Percentage.ZERO.minus(difference) : difference);
  }

  static Check error(CheckCode code, String subject, Object... args) {
    return new Check(code, code.severity(), subject, Arrays.asList(args), null, null, null);
  }

  /** The code and arguments, for logs and assertion messages: not for people to read. */
  public String describe() {
    return code.key() + (args.isEmpty() ? "" : " " + args);
  }
}
