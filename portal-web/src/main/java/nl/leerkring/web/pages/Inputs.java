package nl.leerkring.web.pages;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.ledger.Money;

/**
 * Reading what people type and what the address says, for the page beans: one rule for blank
 * fields, lists and numbers. A number that cannot be read adds a message naming the field and
 * throws {@link NumberFormatException}, so the form stops before calling the boundary.
 */
final class Inputs {

  private Inputs() {}

  /** Null for blank, else stripped. */
  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** A request parameter (also on a postback, before view parameters reach the model), trimmed. */
  static String param(FacesContext faces, String name) {
    return trimmed(faces.getExternalContext().getRequestParameterMap().get(name));
  }

  /** One entry per line; blank lines do not count. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** Entries separated by commas or semicolons; blank entries do not count. */
  static List<String> commaList(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A decimal as people type it ({@code 2,5}, {@code 2.5}, {@code 1.000,5}); null when blank. */
  static BigDecimal decimal(FacesContext faces, Locale locale, String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace(" ", "").replace("€", "");
    if (t.contains(",") && t.contains(".")) {
      t = t.replace(".", "");
    }
    try {
      return new BigDecimal(t.replace(',', '.'));
    } catch (NumberFormatException e) {
      badNumber(faces, locale, labelKey);
      throw e;
    }
  }

  /**
   * An amount the Dutch way, read by the ledger core's {@link Money#parseDutch}: {@code 5.000} is
   * five thousand euro, {@code € 1.234,50} and {@code 1234} are what they say; null when blank.
   */
  static BigDecimal amount(FacesContext faces, Locale locale, String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Money.parseDutch(text).amount();
    } catch (PortalException e) {
      badNumber(faces, locale, labelKey);
      throw new NumberFormatException(e.getMessage());
    }
  }

  /** A whole number; null when blank. */
  static Integer integer(FacesContext faces, Locale locale, String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      badNumber(faces, locale, labelKey);
      throw e;
    }
  }

  /**
   * The version a form started from, from its hidden field; null when missing or unreadable (the
   * boundary then refuses the save rather than overwrite).
   */
  static Long version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "Fill in a number for <field>", naming the field by its label. */
  static void badNumber(FacesContext faces, Locale locale, String labelKey) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            Formats.format(
                faces,
                locale,
                "methodEdit.badNumber",
                Messages.text(faces, labelKey).toLowerCase(locale)),
            null));
  }
}
