package nl.leerkring.portal.cofinancing;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;

/** Parsing and Dutch printing shared by {@link Money}, {@link Hours} and {@link Percentage}. */
final class Decimals {

  private static final Pattern PLAIN = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  private static final Pattern DUTCH = Pattern.compile("[-+]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

  private Decimals() {}

  /** {@code 1234.56}: digits, an optional dot and decimals; no grouping, no exponent. */
  static BigDecimal parsePlain(String text, int maxScale) {
    String trimmed = trimmed(text);
    if (!PLAIN.matcher(trimmed).matches()) {
      throw PortalException.invalid(LedgerCode.NOT_A_PLAIN_NUMBER, text);
    }
    return checkedScale(text, new BigDecimal(trimmed), maxScale);
  }

  /**
   * {@code 1.234,56} or {@code 1234,56}: dots only as thousands separators, a comma before
   * decimals.
   */
  static BigDecimal parseDutch(String text, int maxScale, String symbol) {
    String trimmed = trimmed(text);
    if (trimmed.startsWith(symbol)) {
      trimmed = trimmed.substring(symbol.length()).strip();
    }
    if (trimmed.endsWith(symbol)) {
      trimmed = trimmed.substring(0, trimmed.length() - symbol.length()).strip();
    }
    if (!DUTCH.matcher(trimmed).matches()) {
      throw PortalException.invalid(LedgerCode.NOT_A_DUTCH_NUMBER, text);
    }
    return checkedScale(text, new BigDecimal(trimmed.replace(".", "").replace(',', '.')), maxScale);
  }

  private static String trimmed(String text) {
    if (text == null || text.isBlank()) {
      throw PortalException.invalid(CommonCode.REQUIRED);
    }
    return text.strip();
  }

  private static BigDecimal checkedScale(String text, BigDecimal value, int maxScale) {
    BigDecimal stripped = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    if (stripped.scale() > maxScale) {
      throw PortalException.invalid(LedgerCode.TOO_MANY_DECIMALS, text.strip(), maxScale);
    }
    return value;
  }

  /** Dutch grouping of an already scaled value: {@code -1234.50} becomes {@code -1.234,50}. */
  static String dutch(BigDecimal scaled) {
    String plain = scaled.abs().toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append('.');
      }
      grouped.append(whole.charAt(i));
    }
    return (scaled.signum() < 0 ? "-" : "") + grouped + fraction;
  }
}
