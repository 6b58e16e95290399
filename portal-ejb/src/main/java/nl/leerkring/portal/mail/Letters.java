package nl.leerkring.portal.mail;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import nl.leerkring.tenants.accounts.AccountLetter;

/**
 * Words the portal's mail in the recipient's language, from the bundle {@code
 * nl/leerkring/portal/mail/letters} (Dutch, the default) and {@code letters_en}. Times are shown in
 * Europe/Amsterdam, where the people are.
 */
public final class Letters {

  private static final ZoneId HERE = ZoneId.of("Europe/Amsterdam");

  private Letters() {}

  static Locale locale(String language) {
    return "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("nl-NL");
  }

  /** A text of the bundle in the language, with its arguments filled in. */
  public static String text(String language, String key, Object... args) {
    Locale locale = locale(language);
    ResourceBundle bundle =
        ResourceBundle.getBundle(
            "nl.leerkring.portal.mail.letters",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    return new MessageFormat(bundle.getString(key), locale).format(args);
  }

  public static String when(String language, Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
        .withLocale(locale(language))
        .withZone(HERE)
        .format(at);
  }

  /** A mail about the account itself, with its link made from the portal's public address. */
  static Letter of(AccountLetter a, String publicUrl) {
    String base = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    String key =
        switch (a.kind()) {
          case EMAIL_CONFIRMATION -> "email-confirmation";
          case PASSWORD_RESET -> "password-reset";
        };
    String page =
        switch (a.kind()) {
          case EMAIL_CONFIRMATION -> "confirm-email.xhtml?token=";
          case PASSWORD_RESET -> "reset.xhtml?token=";
        };
    String language = a.language();
    return new Letter(
        a.accountId(),
        a.to(),
        language,
        text(language, key + ".subject"),
        text(
            language,
            key + ".body",
            a.displayName(),
            base + page + a.token(),
            when(language, a.expiresAt()),
            a.to()),
        null);
  }
}
