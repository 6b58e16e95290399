package nl.leerkring.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Collection;
import java.util.Locale;

/**
 * Small text helpers for pages, as {@code #{texts.join(list)}}: EL cannot call {@code String.join}
 * on a list reliably. Amounts and percentages arrive from the boundaries as plain decimals ({@code
 * "38000.00"}) and are shown in Dutch notation on every page ({@code € 38.000,00}), the way the
 * gemeenten's own documents and the exports write them, whatever the page language.
 */
@Named
@ApplicationScoped
public class Texts {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  /** The words, comma separated; empty for none. */
  public String join(Collection<String> words) {
    return joinWords(words);
  }

  static String joinWords(Collection<String> words) {
    return words == null ? "" : String.join(", ", words);
  }

  /** {@code "1234.5"} as {@code € 1.234,50}; empty for none, the text itself when not a number. */
  public String euro(String plain) {
    return euroText(plain);
  }

  /** {@code "49.9183"} as {@code 49,9183 %} and {@code "50.0000"} as {@code 50 %}. */
  public String percent(String plain) {
    return percentText(plain);
  }

  /**
   * A share of a whole with at most one decimal: {@code "49.9183"} as {@code 49,9 %}, {@code
   * "50.0000"} as {@code 50 %}. The exact figure stays in the boundaries and exports.
   */
  public String share(String plain) {
    return shareText(plain);
  }

  /** The bundle key that words a roll-up gap: a shortfall, a surplus (positive) or neither. */
  public String balanceKey(String gap) {
    BigDecimal value = decimal(gap);
    if (value == null || value.signum() == 0) {
      return "rollup.balance.even";
    }
    return value.signum() > 0 ? "rollup.balance.shortfall" : "rollup.balance.surplus";
  }

  /** The size of a gap in euro, without its sign: a surplus is shown as a positive amount. */
  public String euroSize(String plain) {
    BigDecimal value = decimal(plain);
    return value == null ? euroText(plain) : euroText(value.abs().toPlainString());
  }

  static String shareText(String plain) {
    BigDecimal value = decimal(plain);
    if (value == null) {
      return plain == null ? "" : plain;
    }
    return format(value, "#,##0.#") + " %";
  }

  /** A plain decimal in Dutch notation without a unit: {@code "2256.00"} as {@code 2.256}. */
  public String number(String plain) {
    BigDecimal value = decimal(plain);
    if (value == null) {
      return plain == null ? "" : plain;
    }
    return format(value, "#,##0.####");
  }

  static String euroText(String plain) {
    BigDecimal value = decimal(plain);
    if (value == null) {
      return plain == null ? "" : plain;
    }
    String text = format(value.abs().setScale(2, RoundingMode.HALF_UP), "#,##0.00");
    return "€ " + (value.signum() < 0 ? "-" : "") + text;
  }

  static String percentText(String plain) {
    BigDecimal value = decimal(plain);
    if (value == null) {
      return plain == null ? "" : plain;
    }
    return format(value, "#,##0.####") + " %";
  }

  private static String format(BigDecimal value, String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(DUTCH));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  static BigDecimal decimal(String plain) {
    if (plain == null || plain.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(plain.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // --- reading what people type, for the boundaries (which take plain decimals) ---

  /**
   * A percentage as people type it ({@code 50}, {@code 33,3333 %}) as a plain decimal; the boundary
   * checks its range and decimals.
   */
  static String plainPercentage(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    return t.replace(',', '.');
  }

  /** An amount in the plain form for a form field again, in Dutch notation: {@code 38.000,00}. */
  static String dutchAmount(String plain) {
    BigDecimal value = decimal(plain);
    return value == null ? null : euroText(plain).substring(2);
  }

  /** A percentage or number of hours for a form field again: {@code 33,3333}. */
  static String dutchNumber(String plain) {
    BigDecimal value = decimal(plain);
    return value == null ? null : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}
