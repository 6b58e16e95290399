package nl.leerkring.portal.transfer;

import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported gemeente brought along as its record ({@code tenant_record}): rows of circle
 * tables of the portal it came from, kept as JSON objects, written again by its exports.
 */
final class Records {

  /** The JSON-P provider, looked up once (see {@code SourceRulesTest}). */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  private final Connection connection;

  Records(Connection connection) {
    this.connection = connection;
  }

  /**
   * The gemeente's record of one kind. A JDBC read, so the condition on {@code tenant_id} is this
   * reader's own (see the package description): always the exported gemeente's id, as a parameter.
   */
  List<Map<String, Object>> of(String tenantId, String kind) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "select row_json from tenant_record where tenant_id = ? and kind = ? order by seq")) {
      s.setString(1, tenantId);
      s.setString(2, kind);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          try (var reader = JSON_P.createReader(new StringReader(rs.getString(1)))) {
            rows.add(values(reader.readObject()));
          }
        }
      }
    }
    return rows;
  }

  /** A row of an export's JSON as plain values: text, whole numbers, decimals, booleans, null. */
  static Map<String, Object> values(JsonObject row) {
    Map<String, Object> values = new LinkedHashMap<>();
    row.forEach(
        (name, value) ->
            values.put(
                name,
                switch (value.getValueType()) {
                  case NULL -> null;
                  case TRUE -> Boolean.TRUE;
                  case FALSE -> Boolean.FALSE;
                  case NUMBER -> {
                    var n = (jakarta.json.JsonNumber) value;
                    yield n.isIntegral() ? (Object) n.longValue() : n.bigDecimalValue();
                  }
                  case STRING -> ((jakarta.json.JsonString) value).getString();
                  default -> value.toString();
                }));
    return values;
  }

  void add(String tenantId, String kind, List<Map<String, Object>> rows) throws SQLException {
    List<List<Object>> lines = new ArrayList<>();
    int seq = 0;
    for (Map<String, Object> row : rows) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      ExportWriter.json(List.of(row), out);
      String array = out.toString(java.nio.charset.StandardCharsets.UTF_8).strip();
      // one row per record: the object inside the one-element array
      String object = array.substring(1, array.length() - 1).strip();
      lines.add(List.of(tenantId, kind, seq++, object));
    }
    new Rows(connection)
        .insert("tenant_record", List.of("tenant_id", "kind", "seq", "row_json"), lines);
  }
}
