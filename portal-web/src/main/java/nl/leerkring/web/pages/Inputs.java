package nl.leerkring.web.pages;

import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.List;

/**
 * Reading what people type and what the address says, for the page beans: one rule for blank fields
 * and lists. Numbers, amounts and dates are read by {@link FieldErrors}, which notes what cannot be
 * read against its input.
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

  /** A whole-number request parameter (a page number); null when absent or not a number. */
  static Integer number(FacesContext faces, String name) {
    String value = param(faces, name);
    try {
      return value == null ? null : Integer.valueOf(value);
    } catch (NumberFormatException notANumber) {
      return null;
    }
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
}
