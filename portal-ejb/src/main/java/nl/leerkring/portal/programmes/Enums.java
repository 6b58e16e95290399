package nl.leerkring.portal.programmes;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.leerkring.portal.PortalException;

/** Reads an enum from user input with a message that lists what is allowed. */
public final class Enums {

  private Enums() {}

  /** {@code fallback} when the text is blank; a readable 400 when it is not a constant. */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String text, E fallback) {
    if (text == null || text.isBlank()) {
      if (fallback == null) {
        throw PortalException.invalid(field + " is required.");
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.invalid(
          field
              + ": '"
              + text
              + "' is not one of "
              + Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .collect(Collectors.joining(", "))
              + ".");
    }
  }
}
