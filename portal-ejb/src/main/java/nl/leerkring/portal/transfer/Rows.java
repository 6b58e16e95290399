package nl.leerkring.portal.transfer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rows of a table as plain values (text, whole numbers, decimals, booleans, days, moments in UTC)
 * in the table's column order, read and written with JDBC. A gemeente's export reads whole tables
 * by one condition; JPA would load every entity with its relations for nothing.
 *
 * <p>NOTE: not thread-safe; one per connection and task.
 */
final class Rows {

  /** How a column's values are read and written. */
  enum Type {
    TEXT,
    WHOLE,
    DECIMAL,
    BOOLEAN,
    DAY,
    LOCAL_TIME,
    MOMENT
  }

  private final Connection connection;

  Rows(Connection connection) {
    this.connection = connection;
  }

  /** The table's columns (lower case) and their types, in the table's order. */
  Map<String, Type> columns(String table) throws SQLException {
    try (PreparedStatement s =
            connection.prepareStatement("select * from " + table + " where 1=0");
        ResultSet rs = s.executeQuery()) {
      return columns(rs.getMetaData());
    }
  }

  /** The rows matching the condition (one {@code ?}: the value), ordered by the first columns. */
  List<Map<String, Object>> select(String table, String where, String value) throws SQLException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (PreparedStatement s =
        connection.prepareStatement(
            "select * from " + table + " where " + where + " order by 1, 2")) {
      s.setString(1, value);
      try (ResultSet rs = s.executeQuery()) {
        Map<String, Type> columns = columns(rs.getMetaData());
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          int i = 1;
          for (Map.Entry<String, Type> c : columns.entrySet()) {
            row.put(c.getKey(), read(rs, i++, c.getValue()));
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  private static Map<String, Type> columns(ResultSetMetaData meta) throws SQLException {
    Map<String, Type> columns = new LinkedHashMap<>();
    for (int i = 1; i <= meta.getColumnCount(); i++) {
      columns.put(
          meta.getColumnName(i).toLowerCase(Locale.ROOT),
          type(meta.getColumnType(i), meta.getColumnTypeName(i)));
    }
    return columns;
  }

  private static Type type(int sqlType, String typeName) {
    String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
    return switch (sqlType) {
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> Type.WHOLE;
      case Types.NUMERIC, Types.DECIMAL -> Type.DECIMAL;
      case Types.BOOLEAN, Types.BIT -> Type.BOOLEAN;
      case Types.DATE -> Type.DAY;
      case Types.TIMESTAMP_WITH_TIMEZONE -> Type.MOMENT;
      // PostgreSQL reports timestamptz as TIMESTAMP; only its name tells them apart
      case Types.TIMESTAMP ->
          name.contains("tz") || name.contains("time zone") ? Type.MOMENT : Type.LOCAL_TIME;
      default -> Type.TEXT;
    };
  }

  private static Object read(ResultSet rs, int i, Type type) throws SQLException {
    Object value =
        switch (type) {
          case WHOLE -> rs.getLong(i);
          case DECIMAL -> rs.getBigDecimal(i);
          case BOOLEAN -> rs.getBoolean(i);
          case DAY -> rs.getObject(i, LocalDate.class);
          case LOCAL_TIME -> rs.getObject(i, LocalDateTime.class);
          case MOMENT -> {
            OffsetDateTime at = rs.getObject(i, OffsetDateTime.class);
            yield at == null ? null : at.withOffsetSameInstant(ZoneOffset.UTC);
          }
          case TEXT -> rs.getString(i);
        };
    return rs.wasNull() ? null : value;
  }

  /** Converts a value read back from an export's text to what the column takes. */
  static Object parse(Type type, Object value) {
    if (value == null) {
      return null;
    }
    String text = value.toString();
    return switch (type) {
      case WHOLE -> Long.valueOf(text);
      case DECIMAL -> new BigDecimal(text);
      case BOOLEAN -> Boolean.valueOf(text);
      case DAY -> LocalDate.parse(text);
      case LOCAL_TIME -> LocalDateTime.parse(text);
      case MOMENT -> OffsetDateTime.parse(text);
      case TEXT -> text;
    };
  }

  /** Inserts rows of the given columns, in batches. */
  void insert(String table, List<String> columns, List<List<Object>> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") values ("
            + String.join(", ", java.util.Collections.nCopies(columns.size(), "?"))
            + ")";
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      int pending = 0;
      for (List<Object> row : rows) {
        for (int i = 0; i < row.size(); i++) {
          s.setObject(i + 1, row.get(i));
        }
        s.addBatch();
        if (++pending == 500) {
          s.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        s.executeBatch();
      }
    }
  }

  /** Whether a row of the table holds this value in the column. */
  boolean exists(String table, String column, String value) throws SQLException {
    try (PreparedStatement s =
        connection.prepareStatement(
            "select count(*) from " + table + " where " + column + " = ?")) {
      s.setString(1, value);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** The tables (lower case) that the table's foreign keys point at. */
  List<String> parents(String table) throws SQLException {
    List<String> parents = new ArrayList<>();
    var meta = connection.getMetaData();
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      try (ResultSet rs =
          meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), name)) {
        while (rs.next()) {
          parents.add(rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
      if (!parents.isEmpty()) {
        break;
      }
    }
    return parents;
  }
}
