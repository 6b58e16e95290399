package nl.leerkring.portal.learning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;

/**
 * Collects a {@link Refusal} per wrong field of a learning-agenda request, so a form hears about
 * every mistake at once; {@link #done()} throws them together as one 400.
 */
final class Checks {

  private final List<Refusal> refusals = new ArrayList<>();

  String text(String field, String text, int max, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        refuse(field, LearningCode.REQUIRED);
      }
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() > max) {
      refuse(field, LearningCode.TOO_LONG, max);
      return null;
    }
    return stripped;
  }

  <E extends Enum<E>> E choice(String field, Class<E> type, String text, LearningCode unknown) {
    if (text == null || text.isBlank()) {
      refuse(field, LearningCode.REQUIRED);
      return null;
    }
    try {
      return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      refuse(field, unknown, text);
      return null;
    }
  }

  void refuse(String field, LearningCode code, Object... args) {
    refusals.add(Refusal.onField(field, code, args));
  }

  boolean ok() {
    return refusals.isEmpty();
  }

  void done() {
    if (!refusals.isEmpty()) {
      throw PortalException.invalid(refusals);
    }
  }

  /** A change is made from the version the editor started from; a stale one is a 409. */
  static void sameVersion(Long sent, long stored) {
    if (sent == null) {
      throw PortalException.invalidField("version", LearningCode.VERSION_REQUIRED);
    }
    if (sent != stored) {
      throw new PortalException(
          TenantsException.Kind.CONFLICT,
          List.of(Refusal.onField("version", LearningCode.STALE_VERSION, sent, stored)));
    }
  }
}
