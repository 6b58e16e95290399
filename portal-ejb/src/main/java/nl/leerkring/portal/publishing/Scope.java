package nl.leerkring.portal.publishing;

import java.util.Locale;
import nl.leerkring.portal.PortalException;

/** Who may read a published item: the circle's participants, or everyone signed in. */
public enum Scope {
  CIRCLE,
  PUBLIC;

  public static Scope parse(String text) {
    try {
      return valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.invalidField("scope", PublicationCode.SCOPE_UNKNOWN, text);
    }
  }
}
