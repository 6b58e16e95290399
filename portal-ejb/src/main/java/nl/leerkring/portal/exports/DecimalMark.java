package nl.leerkring.portal.exports;

import java.math.BigDecimal;
import java.util.Locale;
import nl.leerkring.portal.PortalException;

/**
 * How a CSV export writes the decimals of an amount: with a comma, as Dutch spreadsheets read it
 * (the default), or with a point for programs that expect one. Never with thousands separators:
 * every spreadsheet reads {@code 101520,00} as a number, not every one reads {@code 101.520,00}.
 */
public enum DecimalMark {
  COMMA,
  POINT;

  /**
   * The mark a request asks for: {@code comma} (or {@code komma}), {@code point} (or {@code punt});
   * absent is {@link #COMMA}.
   *
   * @throws PortalException invalid on the field {@code decimal} for anything else
   */
  public static DecimalMark parse(String text) {
    if (text == null || text.isBlank()) {
      return COMMA;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "comma", "komma" -> COMMA;
      case "point", "punt" -> POINT;
      default ->
          throw PortalException.invalidField(
              "decimal", ExportCode.DECIMAL_MARK_UNKNOWN, text.length() > 40 ? "…" : text);
    };
  }

  /** The number without exponent or grouping, with this mark: {@code -1234,50}; empty for none. */
  public String write(BigDecimal value) {
    if (value == null) {
      return "";
    }
    String plain = value.toPlainString();
    return this == COMMA ? plain.replace('.', ',') : plain;
  }
}
