package nl.leerkring.portal.programmes;

import java.util.Arrays;
import java.util.Locale;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;

/** Reads an enum from user input, refusing it on its field with the values that are allowed. */
public final class Enums {

  private Enums() {}

  /** {@code fallback} when the text is blank; a readable 400 when it is not a constant. */
  public static <E extends Enum<E>> E parse(Class<E> type, String field, String text, E fallback) {
    if (text == null || text.isBlank()) {
      if (fallback == null) {
        throw PortalException.invalidField(field, CommonCode.REQUIRED);
      }
      return fallback;
    }
    try {
      return Enum.valueOf(type, text.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw PortalException.invalidField(
          field,
          CommonCode.NOT_ONE_OF,
          text,
          Arrays.stream(type.getEnumConstants())
              .map(c -> c.name().toLowerCase(Locale.ROOT))
              .toList());
    }
  }
}
