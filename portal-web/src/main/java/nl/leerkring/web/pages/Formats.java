package nl.leerkring.web.pages;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import nl.leerkring.portal.koffer.EvidenceLevel;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * How pages write values: one place for dates, amounts, numbers, names, vocabulary labels and
 * bundle messages, so every page says them alike (dates as {@code 6 december 2026}, see {@link
 * #DAY}; {@link nl.leerkring.web.i18n.CodeTexts} words the dates in refusals through it too).
 * Stateless and thread-safe (each call makes its own formatter).
 */
public final class Formats {

  /**
   * Dates on every page: the day, the month's full name and the year ({@code 6 december 2026}),
   * never ISO ({@code 2026-12-06}) nor a short form that reads differently in Dutch and English
   * ({@code 6-12-2026} is 12 June to an American reader). Date fields keep the browser's date
   * input; spreadsheets get date cells or {@code dd-mm-jjjj} (see the exports).
   */
  static final String DAY = "d MMMM yyyy";

  /** The gemeenten's time zone: times are shown as they read them on their own clocks. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  private Formats() {}

  /** A bundle message with its arguments, in the page language. */
  static String format(FacesContext faces, Locale locale, String key, Object... args) {
    return new MessageFormat(Messages.text(faces, key), locale).format(args);
  }

  /** A message if the bundle has it, else {@code fallback}. */
  static String textOr(FacesContext faces, String key, String fallback) {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    return msg.containsKey(key) ? msg.getString(key) : fallback;
  }

  /**
   * A moment as {@code 6 december 2026, 14:05}: the date as {@link #date} writes it, then the time
   * on the gemeenten' clocks ({@link #ZONE}); empty for none.
   */
  public static String dateTime(Locale locale, Instant at) {
    return at == null ? "" : dateTime(locale, at.atZone(ZONE));
  }

  /** A zoned or local date-time as {@code 6 december 2026, 14:05}. */
  public static String dateTime(Locale locale, TemporalAccessor at) {
    return at == null ? "" : DateTimeFormatter.ofPattern(DAY + ", HH:mm", locale).format(at);
  }

  /**
   * A day as {@code 6 december 2026} ({@code 6 December 2026} in English): the one way every page
   * writes a date, in running text and in tables alike; empty for none.
   */
  public static String date(Locale locale, LocalDate date) {
    return date == null ? "" : DateTimeFormatter.ofPattern(DAY, locale).format(date);
  }

  /** A figure in the page language; empty for none. */
  static String number(Locale locale, BigDecimal value) {
    return value == null ? "" : NumberFormat.getNumberInstance(locale).format(value);
  }

  /** An amount in euro in the page language ({@code € 1.234,50}); empty for none. */
  static String euro(Locale locale, BigDecimal value) {
    if (value == null) {
      return "";
    }
    NumberFormat euro = NumberFormat.getCurrencyInstance(locale);
    euro.setCurrency(Currency.getInstance("EUR"));
    return euro.format(value);
  }

  /** An average rating with one decimal, or that there is none. */
  static String rating(FacesContext faces, Locale locale, BigDecimal average) {
    if (average == null) {
      return Messages.text(faces, "koffer.noRating");
    }
    NumberFormat n = NumberFormat.getNumberInstance(locale);
    n.setMinimumFractionDigits(1);
    n.setMaximumFractionDigits(1);
    return format(faces, locale, "koffer.ratingValue", n.format(average));
  }

  /** The circle's name as the viewer's grants know it, else its slug. */
  static String circleName(CurrentViewer current, String slug) {
    if (slug == null) {
      return "";
    }
    return current.get().circles().stream()
        .filter(g -> g.slug().equals(slug))
        .map(CircleGrant::name)
        .filter(n -> n != null && !n.isBlank())
        .findFirst()
        .orElse(slug);
  }

  static List<String> evidenceSlugs() {
    List<String> out = new ArrayList<>();
    for (EvidenceLevel l : EvidenceLevel.values()) {
      out.add(l.slug());
    }
    return out;
  }

  /** An evidence level in the page language, from its slug (or its Dutch label). */
  static String evidenceText(FacesContext faces, String slugOrLabel) {
    if (slugOrLabel == null || slugOrLabel.isBlank()) {
      return "";
    }
    for (EvidenceLevel l : EvidenceLevel.values()) {
      if (l.slug().equalsIgnoreCase(slugOrLabel) || l.label().equalsIgnoreCase(slugOrLabel)) {
        return Messages.text(faces, "koffer.evidence." + l.slug());
      }
    }
    return slugOrLabel;
  }

  /** Vocabulary codes as their labels (unknown codes as they are), comma separated. */
  public static String labels(List<String> codes, List<Vocabularies.Term> terms) {
    if (codes == null || codes.isEmpty()) {
      return "";
    }
    Map<String, String> byCode = new LinkedHashMap<>();
    terms.forEach(t -> byCode.putIfAbsent(t.code().toLowerCase(Locale.ROOT), t.label()));
    return codes.stream()
        .map(c -> byCode.getOrDefault(c.strip().toLowerCase(Locale.ROOT), c))
        .collect(Collectors.joining(", "));
  }
}
