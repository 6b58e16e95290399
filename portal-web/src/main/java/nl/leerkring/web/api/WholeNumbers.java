package nl.leerkring.web.api;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;

/**
 * Refuses a JSON number that does not fit the whole-number field it is read into, with a 400 that
 * names the field. JSON-P converts a number to {@code long} or {@code int} "as if by {@code
 * BigDecimal.longValue()}": out of range it silently wraps ({@code 18446744073709551617} becomes 1,
 * so a stale {@code version} would pass the optimistic check), and a fraction is cut off. The
 * body's target type says which fields are whole numbers: the components of type {@code long},
 * {@code int} (and their boxes) of the request record, of records inside it and of lists of them.
 * Other bodies pass untouched.
 */
@Provider
public class WholeNumbers implements ReaderInterceptor {

  /**
   * The JSON-P provider, looked up once: {@code Json.createReader} and friends look it up on every
   * call through the service loader, under the class loader's lock (a soak's flight recording found
   * request threads queueing there).
   */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type != null
        && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
        && hasWholeNumbers(context.getGenericType(), 0)) {
      byte[] body = context.getInputStream().readAllBytes();
      check(new String(body, StandardCharsets.UTF_8), context.getGenericType());
      context.setInputStream(new ByteArrayInputStream(body));
    }
    return context.proceed();
  }

  /**
   * Checks every whole-number field of {@code type} in the JSON text.
   *
   * @throws PortalException (invalid) naming every field whose number does not fit
   */
  static void check(String json, Type type) {
    JsonValue value;
    try (var reader = JSON_P.createReader(new StringReader(json))) {
      value = reader.readValue();
    } catch (RuntimeException unreadable) {
      // Malformed, or refused by the parser (Parsson refuses nesting deeper than 1,000 with a bare
      // RuntimeException): JSON-B reads the same body next and reports it as the 400 it is.
      return;
    }
    List<Refusal> wrong = new ArrayList<>();
    check(value, type, "", wrong);
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
  }

  private static void check(JsonValue value, Type type, String path, List<Refusal> wrong) {
    Class<?> raw = raw(type);
    if (raw == null || value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return;
    }
    if (raw == long.class || raw == Long.class) {
      fits(value, path, Long.MIN_VALUE, Long.MAX_VALUE, wrong);
    } else if (raw == int.class || raw == Integer.class) {
      fits(value, path, Integer.MIN_VALUE, Integer.MAX_VALUE, wrong);
    } else if (raw.isRecord() && value instanceof JsonObject object) {
      for (RecordComponent c : raw.getRecordComponents()) {
        if (object.containsKey(c.getName())) {
          check(
              object.get(c.getName()),
              c.getGenericType(),
              path.isEmpty() ? c.getName() : path + "." + c.getName(),
              wrong);
        }
      }
    } else if (List.class.isAssignableFrom(raw)
        && type instanceof ParameterizedType list
        && value instanceof JsonArray array) {
      for (int i = 0; i < array.size(); i++) {
        check(array.get(i), list.getActualTypeArguments()[0], path + "[" + i + "]", wrong);
      }
    }
  }

  private static void fits(JsonValue value, String path, long min, long max, List<Refusal> wrong) {
    if (!(value instanceof JsonNumber number)) {
      return; // a string or an object: JSON-B refuses what it cannot convert
    }
    BigDecimal n = number.bigDecimalValue();
    boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
    if (!whole
        || n.compareTo(BigDecimal.valueOf(min)) < 0
        || n.compareTo(BigDecimal.valueOf(max)) > 0) {
      wrong.add(
          Refusal.onField(
              path.isEmpty() ? null : path,
              ApiCode.NOT_A_WHOLE_NUMBER,
              min,
              max,
              shortened(number.toString())));
    }
  }

  /** Whether a body of this type has a whole-number field anywhere; records nest only so deep. */
  private static boolean hasWholeNumbers(Type type, int depth) {
    Class<?> raw = raw(type);
    if (raw == null || depth > 8) {
      return false;
    }
    if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
      return true;
    }
    if (raw.isRecord()) {
      for (RecordComponent c : raw.getRecordComponents()) {
        if (hasWholeNumbers(c.getGenericType(), depth + 1)) {
          return true;
        }
      }
    }
    return List.class.isAssignableFrom(raw)
        && type instanceof ParameterizedType list
        && hasWholeNumbers(list.getActualTypeArguments()[0], depth + 1);
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    return type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c ? c : null;
  }

  private static String shortened(String number) {
    return number.length() <= 40 ? number : number.substring(0, 40) + "…";
  }
}
