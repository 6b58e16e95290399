package nl.leerkring.web.i18n;

import static java.util.stream.Collectors.joining;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.web.pages.Formats;

/**
 * The words of a {@link Refusal} (or any code) in Dutch or English. Arguments are formatted for the
 * language here, not by the boundary: dates as {@code 6 december 2026}, numbers with the language's
 * separators, {@link Money} as {@code € 1.234,56}, {@link Percentage} as {@code 12,5 %}, a {@link
 * Code} as its own words, an enum of the domain as its words when the bundle has them ({@code
 * SourceStatus.AWARDED}), a list as its items joined by commas and a pair ({@link Map.Entry}) as
 * both halves. A key without text shows as the key itself, which {@code CodeTextsTest} forbids.
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

  /**
   * The language of an {@code Accept-Language} header (as a servlet filter sees it; the servlet
   * API's own list falls back to the server's locale when the header is missing).
   */
  public static Locale choose(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return DUTCH;
    }
    try {
      return choose(
          Locale.LanguageRange.parse(acceptLanguage).stream()
              .map(r -> Locale.forLanguageTag(r.getRange()))
              .toList());
    } catch (IllegalArgumentException unreadable) {
      return DUTCH;
    }
  }

  public static String text(Locale locale, Refusal refusal) {
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
    if (arg instanceof Money money) {
      return euro(locale, money.amount());
    }
    if (arg instanceof Percentage percentage) {
      return percent(locale, percentage.value());
    }
    if (arg instanceof Hours hours) {
      return number(locale, hours.value());
    }
    // Dates as every page writes them (Formats: 6 december 2026, 14:05).
    if (arg instanceof java.time.Instant instant) {
      return Formats.dateTime(locale, instant.atZone(AMSTERDAM));
    }
    if (arg instanceof LocalDateTime || arg instanceof ZonedDateTime) {
      return Formats.dateTime(locale, (TemporalAccessor) arg);
    }
    if (arg instanceof LocalDate date) {
      return Formats.date(locale, date);
    }
    if (arg instanceof Code code) {
      return text(locale, code.key());
    }
    if (arg instanceof Enum<?> e) {
      // A value of the domain (a source's status): its words when the bundle has them.
      String key = e.getDeclaringClass().getSimpleName() + "." + e.name();
      String words = text(locale, key);
      return words.equals(key) ? e.name() : words;
    }
    if (arg instanceof Map.Entry<?, ?> pair) {
      return shown(locale, pair.getKey()) + " " + shown(locale, pair.getValue());
    }
    if (arg instanceof Collection<?> items) {
      // A list of values (years with their amounts, funders with their rates): each in the
      // reader's notation, joined as a list is in running text.
      return items.stream().map(i -> String.valueOf(shown(locale, i))).collect(joining(", "));
    }
    return arg;
  }

  /** {@code € 1.234,56} in Dutch, {@code €1,234.56} in English. */
  static String euro(Locale locale, BigDecimal amount) {
    return text(locale, "Format.EURO", amount);
  }

  /** {@code 12,5 %} in Dutch, {@code 12.5%} in English: no trailing zeros. */
  static String percent(Locale locale, BigDecimal value) {
    return text(locale, "Format.PERCENT", value.stripTrailingZeros());
  }

  private static String number(Locale locale, BigDecimal value) {
    return text(locale, "Format.NUMBER", value.stripTrailingZeros());
  }
}
