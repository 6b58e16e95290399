package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.Refused;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.i18n.CodeTexts;

/**
 * Everything wrong with the form just posted, for the error summary at the top of the page and the
 * message beside each field (the GOV.UK and NL Design System pattern; {@code
 * /WEB-INF/templates/messages.xhtml} and {@code field-error.xhtml}). One per request.
 *
 * <p>A form bean first reads what was typed through this class ({@link #amount}, {@link #day},
 * {@link #required}, …): each unreadable or missing value is noted against its input and reading
 * goes on, so a bad date and a missing title show together. Only when everything could be read does
 * it call the boundary ({@link #attempt}); the boundary's refusals name their {@code field} as the
 * REST contract does ({@code title}, {@code lines[2].amount}) and the form's map turns that into
 * the id of its input. A refusal without a field, or with a field the form does not show, is listed
 * in the summary only. Error messages that other code added to Faces (a converter, {@code
 * Messages.attempt}) are listed in the summary too, so a page has one place for what went wrong.
 */
@Named
@RequestScoped
public class FieldErrors {

  /** One error: the input it concerns (null for the form as a whole) and its words. */
  public record Entry(String input, String message) {

    /** The summary's link to the input, or null. */
    public String href() {
      return input == null ? null : "#" + input;
    }
  }

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final DateTimeFormatter DUTCH_DAY =
      DateTimeFormatter.ofPattern("d-M-uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  @Inject FacesContext faces;

  private final List<Entry> entries = new ArrayList<>();
  private TenantsException.Kind refusedAs;

  // --- collecting ---

  /** Notes {@code message} against the input {@code input}, or the form as a whole when null. */
  public void add(String input, String message) {
    entries.add(new Entry(input, message));
  }

  /** Notes the bundle text {@code key} (with its arguments) against {@code input}. */
  void addText(String input, String key, Object... args) {
    add(input, faces == null ? key : Formats.format(faces, locale(), key, args));
  }

  /** Notes every refusal, each against the input its field maps to by {@code fields}. */
  void refused(Refused refused, Map<String, String> fields) {
    refusedAs = refused.kind();
    if (refusedAs == TenantsException.Kind.NOT_FOUND) {
      // in a write, what is not found was deleted meanwhile (or never was the reader's)
      addText(null, "errors.gone");
      return;
    }
    for (Refusal r : refused.refusals()) {
      add(input(fields, r.field()), CodeTexts.text(locale(), r));
    }
  }

  /**
   * Calls the boundary unless something typed could not be read; notes its refusals. True when the
   * call went through.
   */
  boolean attempt(Map<String, String> fields, Supplier<?> call) {
    if (isAny()) {
      return false;
    }
    try {
      call.get();
      return true;
    } catch (PortalException | TenantsException e) {
      refused((Refused) e, fields);
      return false;
    }
  }

  /** As {@link #attempt}, for a call that returns nothing. */
  boolean run(Map<String, String> fields, Runnable call) {
    return attempt(
        fields,
        () -> {
          call.run();
          return null;
        });
  }

  /**
   * The input a refused {@code field} is shown beside: its own entry in {@code fields}, else the
   * entry with the indices left out ({@code lines[].amount}, whose value may hold {@code {0}} for
   * the first index), else the entry of the field's first part ({@code lines}); null when none.
   */
  static String input(Map<String, String> fields, String field) {
    if (field == null || fields == null) {
      return null;
    }
    String exact = fields.get(field);
    if (exact != null) {
      return exact;
    }
    Matcher m = INDEX.matcher(field);
    List<String> indices = new ArrayList<>();
    while (m.find()) {
      indices.add(m.group(1));
    }
    String pattern = fields.get(INDEX.matcher(field).replaceAll("[]"));
    if (pattern != null) {
      for (int i = 0; i < indices.size(); i++) {
        pattern = pattern.replace("{" + i + "}", indices.get(i));
      }
      return pattern;
    }
    String head = field.split("[.\\[]", 2)[0];
    return head.equals(field) ? null : fields.get(head);
  }

  // --- reading what was typed ---

  /** The text, or null and an error when blank. */
  String required(String input, String text, String labelKey) {
    String value = Inputs.trimmed(text);
    if (value == null) {
      addText(input, "errors.required", label(labelKey));
    }
    return value;
  }

  /**
   * An amount the Dutch way ({@link Amounts}) as a plain decimal; null when blank or unreadable.
   */
  String amount(String input, String text, String labelKey) {
    try {
      return Amounts.plain(text);
    } catch (Amounts.Unreadable e) {
      addText(input, "errors.amount." + e.problem.name(), label(labelKey), text.strip());
      return null;
    }
  }

  /** An amount as a number; null when blank or unreadable. */
  BigDecimal amountValue(String input, String text, String labelKey) {
    String plain = amount(input, text, labelKey);
    return plain == null ? null : new BigDecimal(plain);
  }

  /**
   * A day as a date field sends it ({@code 2024-04-01}) or as people write it ({@code 1-4-2024}).
   */
  LocalDate day(String input, String text, String labelKey) {
    String t = Inputs.trimmed(text);
    if (t == null) {
      return null;
    }
    try {
      return t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, DUTCH_DAY);
    } catch (DateTimeParseException e) {
      addText(input, "errors.date", label(labelKey), t);
      return null;
    }
  }

  /** A decimal as people type it ({@code 2,5} or {@code 2.5}); null when blank or unreadable. */
  BigDecimal decimal(String input, String text, String labelKey) {
    String t = Inputs.trimmed(text);
    if (t == null) {
      return null;
    }
    t = t.replace(" ", "");
    if (t.contains(",") && t.contains(".")) {
      t = t.replace(".", ""); // 1.000,5: the dots group thousands
    }
    try {
      return new BigDecimal(t.replace(',', '.'));
    } catch (NumberFormatException e) {
      addText(input, "errors.number", label(labelKey), t);
      return null;
    }
  }

  /** Hours the Dutch way ({@code 12,5}, {@code 2.256}) as a plain decimal; null when blank. */
  String hours(String input, String text, String labelKey) {
    String plain = amount(input, text, labelKey);
    return plain == null ? null : new BigDecimal(plain).stripTrailingZeros().toPlainString();
  }

  /** A whole number; null when blank or unreadable. */
  Integer integer(String input, String text, String labelKey) {
    String t = Inputs.trimmed(text);
    if (t == null) {
      return null;
    }
    try {
      return Integer.valueOf(t.replace(".", ""));
    } catch (NumberFormatException e) {
      addText(input, "errors.wholeNumber", label(labelKey), t);
      return null;
    }
  }

  /** The label of a field in the message's sentence: a bundle key, or already a label's words. */
  private String label(String labelKey) {
    return faces == null
        ? labelKey
        : Formats.textOr(faces, labelKey, labelKey).toLowerCase(locale());
  }

  // --- showing, for the templates ---

  /** Whether anything is wrong: the summary shows. */
  public boolean isAny() {
    return !entries.isEmpty() || !facesErrors().isEmpty();
  }

  /** Every error: this class's first, then other error messages on the page, each once. */
  public List<Entry> getSummary() {
    List<Entry> all = new ArrayList<>(entries);
    for (Entry e : facesErrors()) {
      if (!all.contains(e)) {
        all.add(e);
      }
    }
    return all;
  }

  /** What was done (saved, sent): the page's information messages, shown apart from errors. */
  public List<String> getNotices() {
    return summaries(FacesMessage.SEVERITY_INFO);
  }

  /** What the person should know before going on (a warning), shown apart from errors. */
  public List<String> getWarnings() {
    return summaries(FacesMessage.SEVERITY_WARN);
  }

  private List<String> summaries(FacesMessage.Severity severity) {
    List<String> found = new ArrayList<>();
    if (faces != null) {
      for (FacesMessage m : faces.getMessageList(null)) {
        if (m.getSeverity().equals(severity)) {
          found.add(m.getSummary());
        }
      }
    }
    return found;
  }

  /** The message(s) beside {@code input}, or null. */
  public String message(String input) {
    StringBuilder text = new StringBuilder();
    for (Entry e : getSummary()) {
      if (input.equals(e.input())) {
        text.append(text.length() == 0 ? "" : " ").append(e.message());
      }
    }
    return text.length() == 0 ? null : text.toString();
  }

  /** {@code aria-invalid}: "true" for an input with an error, else null (no attribute). */
  public String invalid(String input) {
    return message(input) == null ? null : "true";
  }

  /**
   * {@code aria-describedby} of an input: its hint (may be null) and, when there is one, its error
   * message ({@code <input>-error}); null when neither.
   */
  public String describedBy(String input, String hint) {
    String error = message(input) == null ? null : input + "-error";
    if (hint == null || hint.isBlank()) {
      return error;
    }
    return error == null ? hint : hint + " " + error;
  }

  /** Whether the last boundary call was refused for this kind (a version conflict, say). */
  boolean refusedAs(TenantsException.Kind kind) {
    return refusedAs == kind;
  }

  private List<Entry> facesErrors() {
    List<Entry> found = new ArrayList<>();
    if (faces == null) {
      return found;
    }
    Iterator<String> ids = faces.getClientIdsWithMessages();
    while (ids.hasNext()) {
      String id = ids.next(); // null for messages about the page as a whole
      for (FacesMessage m : faces.getMessageList(id)) {
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          found.add(new Entry(id, m.getSummary()));
        }
      }
    }
    return found;
  }

  private Locale locale() {
    return faces == null || faces.getViewRoot() == null
        ? CodeTexts.DUTCH
        : faces.getViewRoot().getLocale();
  }

  /** A form's map from the boundary's field names to its inputs' ids, in pairs. */
  static Map<String, String> fields(String... fieldThenInput) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i + 1 < fieldThenInput.length; i += 2) {
      map.put(fieldThenInput[i], fieldThenInput[i + 1]);
    }
    return map;
  }
}
