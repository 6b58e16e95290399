package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The page-facing side of {@link Formats}, as the EL name {@code formats}: how the programme and
 * ledger pages show codes, days and periods, in the page language: one place for {@code
 * #{formats.label('phase.', p.phase())}}, {@code #{formats.day(d)}} and the like. A code may be an
 * enum constant or its lower-case text; its label comes from the bundle ({@code prefix + code}),
 * the code itself when the bundle has none.
 */
@Named("formats")
@RequestScoped
public class PageFormats {

  @Inject Language language;

  @Inject FacesContext faces;

  public String label(String prefix, Object code) {
    return label(faces, prefix, code);
  }

  public String day(LocalDate date) {
    return Formats.date(language.getLocale(), date);
  }

  public String when(Instant at) {
    return Formats.dateTime(language.getLocale(), at);
  }

  public String span(LocalDate start, LocalDate end) {
    return span(language.getLocale(), start, end);
  }

  /** A message of the bundle with its arguments, in the page language. */
  String format(String key, Object... args) {
    return Formats.format(faces, language.getLocale(), key, args);
  }

  static String label(FacesContext faces, String prefix, Object code) {
    String value =
        code instanceof Enum<?> e ? EnumCodes.code(e) : code == null ? null : code.toString();
    if (value == null || value.isBlank()) {
      return "";
    }
    return Formats.textOr(faces, prefix + value.toLowerCase(Locale.ROOT), value);
  }

  static String span(Locale locale, LocalDate start, LocalDate end) {
    if (start == null) {
      return "";
    }
    return Formats.date(locale, start) + " – " + Formats.date(locale, end);
  }

  static String isoDay(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
