package nl.leerkring.portal.exports;

/**
 * Text for a CSV cell that a spreadsheet will not run as a formula (OWASP, "CSV Injection"). Pure
 * and thread-safe.
 */
public final class CsvText {

  /**
   * What a spreadsheet may take as the start of a formula: {@code = + - @} and their full-width
   * forms ({@code ＝} is U+FF1D), which some spreadsheet programs read as the ASCII ones.
   */
  private static final String FORMULA_START = "=+-@＝＋－＠";

  private CsvText() {}

  /**
   * The value as a CSV cell: a value whose first non-blank character starts a formula, or that
   * starts with a tab or a carriage return, gets a leading single quote. Only for text: plain
   * numbers such as {@code -12.50} are written as they are by the caller. Null becomes an empty
   * cell.
   */
  public static String of(String value) {
    if (value == null) {
      return "";
    }
    String stripped = value.stripLeading();
    boolean leadingControl =
        !value.isEmpty() && (value.charAt(0) == '\t' || value.charAt(0) == '\r');
    if (leadingControl || (!stripped.isEmpty() && FORMULA_START.indexOf(stripped.charAt(0)) >= 0)) {
      return "'" + value;
    }
    return value;
  }
}
