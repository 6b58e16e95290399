package nl.leerkring.web.pages;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.cofinancing.Money;

/**
 * Reading an amount the Dutch way, for every page: {@code 5.000} is five thousand euro, {@code
 * 5.000,50}, {@code € 5.000}, {@code 5000,-} and {@code 1234,5} are what they say. The ledger
 * core's {@link Money#parseDutch} holds the rule (dots only between thousands, a comma before at
 * most two decimals); this class only strips what people add around a number (the euro sign,
 * spaces, a trailing {@code ,-}) and says why a text is not an amount, as a {@link Problem} the
 * page words.
 */
final class Amounts {

  /** Why a typed text is not an amount. */
  enum Problem {
    NOT_A_NUMBER,
    TOO_MANY_DECIMALS,
    NEGATIVE
  }

  /** A text that is not an amount, and why. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;
    final Problem problem;

    Unreadable(Problem problem) {
      super(problem.name(), null, false, false);
      this.problem = problem;
    }
  }

  private static final Pattern DECIMALS = Pattern.compile("[-+]?[\\d.]*\\d,\\d{3,}");

  private Amounts() {}

  /** The amount in {@code text} with scale 2, never negative; null when blank. */
  static BigDecimal read(String text) throws Unreadable {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.replace('\u00a0', ' ').strip();
    if (t.startsWith("€")) {
      t = t.substring(1);
    } else if (t.endsWith("€")) {
      t = t.substring(0, t.length() - 1);
    } else if (t.regionMatches(true, 0, "EUR", 0, 3)) {
      t = t.substring(3);
    }
    t = t.replace(" ", "");
    if (t.endsWith(",-") || t.endsWith(",--")) {
      t = t.substring(0, t.indexOf(",-"));
    }
    if (t.startsWith("-")) {
      throw new Unreadable(Problem.NEGATIVE);
    }
    if (DECIMALS.matcher(t).matches()) {
      throw new Unreadable(Problem.TOO_MANY_DECIMALS);
    }
    try {
      return Money.parseDutch(t).amount();
    } catch (PortalException e) {
      throw new Unreadable(Problem.NOT_A_NUMBER);
    }
  }

  /** As {@link #read}, as the plain decimal the boundaries take ({@code 5000.00}). */
  static String plain(String text) throws Unreadable {
    BigDecimal amount = read(text);
    return amount == null ? null : amount.toPlainString();
  }
}
