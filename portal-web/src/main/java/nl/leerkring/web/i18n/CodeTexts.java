package nl.leerkring.web.i18n;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.leerkring.tenants.Refusal;

/**
 * The words of a {@link Refusal} (or any code) in Dutch or English. Arguments are formatted for the
 * language here, not by the boundary: dates as {@code 6 december 2026}, numbers with the language's
 * separators. A key without text shows as the key itself, which {@code CodeTextsTest} forbids.
 */
public final class CodeTexts {

  public static final Locale DUTCH = Locale.forLanguageTag("nl");
  static final String BUNDLE = "nl.leerkring.web.i18n.codes";
  private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  private CodeTexts() {}

  /** The language to answer in: English when the reader prefers it, Dutch otherwise. */
  public static Locale choose(List<Locale> acceptable) {
    for (Locale l : acceptable) {
      if ("nl".equals(l.getLanguage())) {
        return DUTCH;
      }
      if ("en".equals(l.getLanguage())) {
        return Locale.ENGLISH;
      }
    }
    return DUTCH;
  }

  public static String text(Locale locale, Refusal refusal) {
    if (refusal.code() == null) {
      return refusal.legacyText();
    }
    return text(locale, refusal.code().key(), refusal.args().toArray());
  }

  /** The text of {@code key} with its arguments, or the key itself when the bundle lacks it. */
  public static String text(Locale locale, String key, Object... args) {
    String pattern;
    try {
      pattern = bundle(locale).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = shown(locale, args[i]);
    }
    return new MessageFormat(pattern, locale).format(shown);
  }

  static ResourceBundle bundle(Locale locale) {
    // The Dutch base bundle is found before the JVM's default locale (codes_nl exists for that).
    return ResourceBundle.getBundle(
        BUNDLE, "en".equals(locale.getLanguage()) ? Locale.ENGLISH : DUTCH);
  }

  private static Object shown(Locale locale, Object arg) {
    if (arg instanceof BigDecimal amount) {
      return amount; // MessageFormat's {0,number,…} formats it for the locale
    }
    if (arg instanceof java.time.Instant instant) {
      return dateTime(locale, instant.atZone(AMSTERDAM));
    }
    if (arg instanceof LocalDateTime || arg instanceof ZonedDateTime) {
      return dateTime(locale, (TemporalAccessor) arg);
    }
    if (arg instanceof LocalDate date) {
      return DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }
    if (arg instanceof Enum<?> e) {
      return e.name();
    }
    return arg;
  }

  private static String dateTime(Locale locale, TemporalAccessor t) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", locale).format(t);
  }
}
