package nl.leerkring.portal.meetings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;

/**
 * Reads the texts of a request into values, collecting a {@link Refusal} per wrong field so a form
 * hears about every mistake at once. {@link #done()} throws them together.
 */
final class Codes {

  private final List<Refusal> refusals = new java.util.ArrayList<>();

  String required(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      refusals.add(Refusal.onField(field, MeetingCode.REQUIRED));
      return null;
    }
    return optional(field, text, max);
  }

  String optional(String field, String text, int max) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      refusals.add(Refusal.onField(field, MeetingCode.TOO_LONG, max));
      return null;
    }
    return stripped;
  }

  LocalDateTime dateTime(String field, String text) {
    if (text == null || text.isBlank()) {
      refusals.add(Refusal.onField(field, MeetingCode.REQUIRED));
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      refusals.add(Refusal.onField(field, MeetingCode.DATE_TIME_INVALID, text));
      return null;
    }
  }

  LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      refusals.add(Refusal.onField(field, MeetingCode.DATE_INVALID, text));
      return null;
    }
  }

  <E extends Enum<E>> E choice(String field, Class<E> type, String text, MeetingCode unknown) {
    if (text == null || text.isBlank()) {
      refusals.add(Refusal.onField(field, MeetingCode.REQUIRED));
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      refusals.add(Refusal.onField(field, unknown, text));
      return null;
    }
  }

  void refuse(String field, MeetingCode code, Object... args) {
    refusals.add(Refusal.onField(field, code, args));
  }

  boolean ok() {
    return refusals.isEmpty();
  }

  /** Throws every refusal collected, as one 400. */
  void done() {
    if (!refusals.isEmpty()) {
      throw PortalException.invalid(refusals);
    }
  }

  static <E extends Enum<E>> E parse(
      String field, Class<E> type, String text, MeetingCode unknown) {
    Codes c = new Codes();
    E value = c.choice(field, type, text, unknown);
    c.done();
    return value;
  }
}
