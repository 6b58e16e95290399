package nl.leerkring.portal;

/**
 * The one rule for a free-text field: stored stripped, blank is none, and refused (400) when it is
 * required and blank, or longer than its column. {@code field} names it as the client sends it
 * ({@code organisation}), so a form can show the refusal beside it.
 */
public final class TextField {

  private TextField() {}

  public static String required(String field, String text, int max) {
    if (blank(text)) {
      throw PortalException.invalidField(field, CommonCode.REQUIRED);
    }
    return optional(field, text, max);
  }

  public static String optional(String field, String text, int max) {
    if (blank(text)) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      throw PortalException.invalidField(field, CommonCode.TOO_LONG, max);
    }
    return stripped;
  }

  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
