package nl.leerkring.portal;

import java.util.List;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;

/**
 * The rule for the free-text fields of a form that reports every wrong field at once, in the codes
 * of the component that owns the form: a text is stored stripped, blank is none, and it is refused
 * when it is required and blank, longer than its column or (where {@code controlCharacters} is
 * given) holds control characters other than line breaks and tabs. A refused field is kept in
 * {@code wrong} and read as null, so the next field is checked too. {@link TextField} is the same
 * rule for forms that stop at the first wrong field.
 */
public record TextRule(Code required, Code tooLong, Code controlCharacters) {

  public TextRule(Code required, Code tooLong) {
    this(required, tooLong, null);
  }

  public String required(List<Refusal> wrong, String field, String value, int max) {
    int before = wrong.size();
    String v = optional(wrong, field, value, max);
    if (v == null && wrong.size() == before) {
      wrong.add(Refusal.onField(field, required));
    }
    return v;
  }

  public String optional(List<Refusal> wrong, String field, String value, int max) {
    if (TextField.blank(value)) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      wrong.add(Refusal.onField(field, tooLong, max));
      return null;
    }
    if (controlCharacters != null
        && v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      wrong.add(Refusal.onField(field, controlCharacters));
      return null;
    }
    return v;
  }
}
