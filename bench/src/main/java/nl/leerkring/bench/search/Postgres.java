package nl.leerkring.bench.search;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import nl.leerkring.search.index.Facet;
import org.postgresql.PGConnection;

/**
 * PostgreSQL full-text search over the same documents: one table with a stored generated {@code
 * tsvector} column {@code to_tsvector('dutch', title || ' ' || body)} and a GIN index on it;
 * queries with the same access filter as SQL predicates, ordered by {@code ts_rank}, {@code LIMIT
 * 10}, and {@code ts_headline} on those 10. Optionally also the six facet counts of the whole match
 * set.
 */
final class Postgres implements AutoCloseable {

  /** One answer, reduced to what is printed. */
  record Answer(int rows, long facetTotal) {}

  private static final String TABLE = "bench_docs";
  private static final String HEADLINE =
      "MaxFragments=3, MaxWords=35, MinWords=15, StartSel=<mark>, StopSel=</mark>";

  private final Connection connection;

  Postgres(String url, String user, String password) throws SQLException {
    this.connection = DriverManager.getConnection(url, user, password);
    this.connection.setAutoCommit(true);
  }

  String version() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("show server_version")) {
      r.next();
      return r.getString(1);
    }
  }

  String setting(String name) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery("show " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  /** Times, in ms: [copy with tsvector, GIN index, other indexes and analyze]. */
  long[] load(int count, IntFunction<String> row) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute("drop table if exists " + TABLE);
      s.execute(
          "create table "
              + TABLE
              + " (id text primary key, kind text not null, tenant text not null, scope text not null,"
              + " circle text, audience text not null, gemeente text not null, type text not null,"
              + " year int not null, date date not null, themes text[] not null, wijken text[] not null,"
              + " title text not null, body text not null,"
              + " tsv tsvector generated always as (to_tsvector('dutch', title || ' ' || body)) stored)");
    }
    long t0 = System.nanoTime();
    try {
      ((PGConnection) connection.unwrap(PGConnection.class))
          .getCopyAPI()
          .copyIn(
              "copy "
                  + TABLE
                  + " (id, kind, tenant, scope, circle, audience, gemeente, type, year, date, themes,"
                  + " wijken, title, body) from stdin",
              new RowReader(count, row));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long t1 = System.nanoTime();
    try (Statement s = connection.createStatement()) {
      s.execute("set maintenance_work_mem = '512MB'");
      s.execute("create index " + TABLE + "_tsv on " + TABLE + " using gin (tsv)");
      long t2 = System.nanoTime();
      s.execute("create index " + TABLE + "_date on " + TABLE + " (date desc)");
      s.execute("create index " + TABLE + "_themes on " + TABLE + " using gin (themes)");
      s.execute("vacuum analyze " + TABLE);
      long t3 = System.nanoTime();
      return new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000};
    }
  }

  String tableSize() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet r =
            s.executeQuery(
                "select pg_size_pretty(pg_total_relation_size('"
                    + TABLE
                    + "')), pg_size_pretty(pg_relation_size('"
                    + TABLE
                    + "_tsv')), (select count(*) from "
                    + TABLE
                    + ")")) {
      r.next();
      return r.getString(1)
          + " in total (GIN index "
          + r.getString(2)
          + "), "
          + r.getLong(3)
          + " rows";
    }
  }

  /** A prepared query for one benchmark query and one viewer: top 10 (+ facets when asked). */
  final class Prepared implements AutoCloseable {
    private final PreparedStatement top;
    private final PreparedStatement facets;

    Prepared(Queries.Query q, String tenant, List<String> circles, boolean withFacets)
        throws SQLException {
      List<Object> params = new ArrayList<>();
      String match = "";
      String from = TABLE + " d";
      if (!q.q().isBlank()) {
        from = TABLE + " d, " + q.pgFunction() + "('dutch', ?) AS qq";
        match = "d.tsv @@ qq AND ";
        params.add(q.pgQuery());
      }
      Array circleArray = connection.createArrayOf("text", circles.toArray());
      String where =
          match
              + "(d.scope = 'PUBLIC' OR (d.scope = 'CIRCLE' AND d.circle = ANY(?))"
              + " OR (d.scope = 'PRIVATE' AND d.tenant = ?))"
              + " AND NOT (d.kind = 'publication' AND d.tenant = ?)";
      params.add(circleArray);
      params.add(tenant);
      params.add(tenant);
      for (Map.Entry<Facet, String> f : q.filters().entrySet()) {
        switch (f.getKey()) {
          case GEMEENTE -> where += " AND d.gemeente = ?";
          case TYPE -> where += " AND d.type = ?";
          case YEAR -> where += " AND d.year = ?::int";
          case THEME -> where += " AND d.themes @> ARRAY[?::text]";
          case WIJK -> where += " AND d.wijken @> ARRAY[?::text]";
          case CIRCLE -> where += " AND d.audience = ?";
        }
        params.add(f.getValue());
      }
      String sql;
      if (q.q().isBlank()) {
        sql =
            "SELECT d.id, d.title, d.gemeente, d.type, d.date, left(d.body, 300) FROM "
                + from
                + " WHERE "
                + where
                + " ORDER BY d.date DESC, d.id LIMIT 10";
      } else {
        sql =
            "WITH top AS (SELECT d.id, ts_rank(d.tsv, qq) AS rank FROM "
                + from
                + " WHERE "
                + where
                + " ORDER BY rank DESC LIMIT 10)"
                + " SELECT d.id, d.title, d.gemeente, d.type, d.date, ts_headline('dutch', d.body, qq, '"
                + HEADLINE
                + "') FROM top JOIN "
                + TABLE
                + " d USING (id), "
                + q.pgFunction()
                + "('dutch', ?) AS qq ORDER BY top.rank DESC";
      }
      top = connection.prepareStatement(sql);
      int i = 1;
      for (Object p : params) {
        top.setObject(i++, p);
      }
      if (!q.q().isBlank()) {
        top.setString(i, q.pgQuery());
      }
      if (withFacets) {
        String m =
            "WITH m AS MATERIALIZED (SELECT d.gemeente, d.type, d.year, d.audience, d.themes, d.wijken FROM "
                + from
                + " WHERE "
                + where
                + ")"
                + " SELECT 'gemeente', gemeente, count(*) FROM m GROUP BY gemeente"
                + " UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY type"
                + " UNION ALL SELECT 'year', year::text, count(*) FROM m GROUP BY year"
                + " UNION ALL SELECT 'circle', audience, count(*) FROM m GROUP BY audience"
                + " UNION ALL SELECT 'theme', t, count(*) FROM m, unnest(m.themes) t GROUP BY t"
                + " UNION ALL SELECT 'wijk', w, count(*) FROM m, unnest(m.wijken) w GROUP BY w";
        facets = connection.prepareStatement(m);
        int j = 1;
        for (Object p : params) {
          facets.setObject(j++, p);
        }
      } else {
        facets = null;
      }
    }

    Answer run() throws SQLException {
      int rows = 0;
      try (ResultSet r = top.executeQuery()) {
        while (r.next()) {
          r.getString(1);
          r.getString(2);
          r.getString(6);
          rows++;
        }
      }
      long total = -1;
      if (facets != null) {
        total = 0;
        try (ResultSet r = facets.executeQuery()) {
          while (r.next()) {
            if (r.getString(1).equals("circle")) {
              total += r.getLong(3);
            }
          }
        }
      }
      return new Answer(rows, total);
    }

    @Override
    public void close() throws SQLException {
      top.close();
      if (facets != null) {
        facets.close();
      }
    }
  }

  Prepared prepare(Queries.Query q, String tenant, List<String> circles, boolean withFacets)
      throws SQLException {
    return new Prepared(q, tenant, circles, withFacets);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** COPY text format, generated row by row (the derived documents are never all in memory). */
  private static final class RowReader extends Reader {
    private final Iterator<Integer> rows;
    private final IntFunction<String> row;
    private String current = "";
    private int pos;

    RowReader(int count, IntFunction<String> row) {
      this.rows = java.util.stream.IntStream.range(0, count).iterator();
      this.row = row;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      while (pos >= current.length()) {
        if (!rows.hasNext()) {
          return -1;
        }
        current = row.apply(rows.next());
        pos = 0;
      }
      int n = Math.min(len, current.length() - pos);
      current.getChars(pos, pos + n, buf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** A value in COPY text format. */
  static String copy(String value) {
    if (value == null) {
      return "\\N";
    }
    StringBuilder b = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\0' -> {}
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A text[] literal in COPY text format. */
  static String array(List<String> values) {
    StringBuilder b = new StringBuilder("{");
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      b.append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return copy(b.append('}').toString());
  }
}
