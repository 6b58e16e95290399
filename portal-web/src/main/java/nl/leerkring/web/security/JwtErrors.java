package nl.leerkring.web.security;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jose4j.jwt.consumer.ErrorCodeValidator;
import org.jose4j.jwt.consumer.ErrorCodes;
import org.jose4j.jwt.consumer.InvalidJwtException;

/** Why jose4j refused a token, by the names of its error codes: fit for a log line. */
final class JwtErrors {

  private static final Map<Integer, String> JWT_ERRORS = jwtErrorNames();

  private JwtErrors() {}

  /** The names of jose4j's error codes in an invalid JWT, never its content. */
  static String describe(InvalidJwtException e) {
    String codes =
        e.getErrorDetails().stream()
            .map(ErrorCodeValidator.Error::getErrorCode)
            .map(code -> JWT_ERRORS.getOrDefault(code, "code " + code))
            .distinct()
            .collect(Collectors.joining(", "));
    String cause = e.getCause() == null ? "" : e.getCause().getClass().getSimpleName();
    return codes.isEmpty() || cause.isEmpty() ? codes + cause : codes + ", " + cause;
  }

  private static Map<Integer, String> jwtErrorNames() {
    Map<Integer, String> names = new HashMap<>();
    for (Field field : ErrorCodes.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == int.class) {
        try {
          names.put(field.getInt(null), field.getName().toLowerCase(Locale.ROOT));
        } catch (IllegalAccessException e) {
          // Public constants; not reached.
        }
      }
    }
    return Map.copyOf(names);
  }
}
