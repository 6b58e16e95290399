package nl.leerkring.portal.koffer;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.List;

/** An ordered list of texts as one JSON array column: saving a reordered list is one update. */
@Converter
public class TextListConverter implements AttributeConverter<List<String>, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(List<String> texts) {
    return JSON.toJson(texts == null ? List.of() : texts);
  }

  @Override
  @SuppressWarnings("unchecked")
  public List<String> convertToEntityAttribute(String column) {
    if (column == null || column.isBlank()) {
      return new ArrayList<>();
    }
    List<String> texts =
        JSON.fromJson(column, new ArrayList<String>() {}.getClass().getGenericSuperclass());
    return new ArrayList<>(texts);
  }
}
