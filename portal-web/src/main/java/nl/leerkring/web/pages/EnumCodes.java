package nl.leerkring.web.pages;

import jakarta.el.ValueExpression;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.Locale;

/**
 * Binds a select to an enum property with the enum's lower-case code as the option value ({@code
 * in_kind} for {@code IN_KIND}): the codes the REST bodies, the bundle keys and the browser tests
 * use. Use as {@code jsf:converter="enumCode"}; the enum type is the bound property's.
 */
@FacesConverter("enumCode")
public class EnumCodes implements Converter<Enum<?>> {

  /** The code of a constant ({@code in_kind}); null for none. */
  static String code(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of a code (any case, {@code -} for {@code _}); {@code fallback} when unknown. */
  static <E extends Enum<E>> E of(Class<E> type, String code, E fallback) {
    if (code == null || code.isBlank()) {
      return fallback;
    }
    try {
      return Enum.valueOf(type, code.strip().replace('-', '_').toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return fallback;
    }
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public Enum<?> getAsObject(FacesContext faces, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    ValueExpression bound = component.getValueExpression("value");
    Class<?> type = bound == null ? null : bound.getType(faces.getELContext());
    if (type == null || !type.isEnum()) {
      throw new ConverterException("enumCode needs a property of an enum type");
    }
    Enum<?> constant = of((Class) type, value, null);
    if (constant == null) {
      // a value that is not one of the options (a tampered post): worded like Faces' own choice
      throw new ConverterException(
          new jakarta.faces.application.FacesMessage(
              jakarta.faces.application.FacesMessage.SEVERITY_ERROR,
              Formats.textOr(faces, "errors.choice", "?"),
              null));
    }
    return constant;
  }

  @Override
  public String getAsString(FacesContext faces, UIComponent component, Enum<?> value) {
    return value == null ? "" : code(value);
  }
}
