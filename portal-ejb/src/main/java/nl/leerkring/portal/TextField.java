package nl.leerkring.portal;

/**
 * The one rule for a free-text field: stored stripped, blank is none, and refused (400) when it is
 * required and blank, or longer than its column. {@code field} names it in the message as the user
 * knows it ("Partner › organisation").
 */
public final class TextField {

  private TextField() {}

  public static String required(String field, String text, int max) {
    if (blank(text)) {
      throw PortalException.invalid(field + " is required.");
    }
    return optional(field, text, max);
  }

  public static String optional(String field, String text, int max) {
    if (blank(text)) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw PortalException.invalid(field + " is longer than " + max + " characters.");
    }
    return stripped;
  }

  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
