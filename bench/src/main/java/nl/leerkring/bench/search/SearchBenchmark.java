package nl.leerkring.bench.search;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.leerkring.search.index.SearchIndex;

/**
 * Search benchmark (issue F3), in phases that {@code bench/search.sh} runs around two starts of the
 * portal; see {@code bench/README.md}. A plain main, not JMH: the units are HTTP requests and SQL
 * statements of milliseconds, compared as distributions.
 *
 * <ul>
 *   <li>{@code ids}: while the portal runs on a fresh data directory, read the demo tenants and the
 *       circle over REST as admin and write their ids to a properties file.
 *   <li>{@code prepare}: with the portal stopped, (3) time indexing the corpus through the portal's
 *       {@link SearchIndex} and through raw Lucene; build the N-document index into the portal's
 *       data directory as its live generation; load the same N documents into PostgreSQL.
 *   <li>{@code query}: with the portal running on that index, (1) latency of the portal's HTTP
 *       search, raw Lucene on the same index and PostgreSQL, (2) the access filter's cost, and
 *       write the request list for wrk (4).
 *   <li>{@code summary}: the goals of the issue against the figures of this run.
 * </ul>
 */
public final class SearchBenchmark {

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("Phase required: ids, prepare, query or summary.");
    }
    switch (args[0]) {
      case "ids" -> ids(args[1], args[2], Path.of(args[3]));
      case "prepare" -> PreparePhase.prepare();
      case "query" -> QueryPhase.query();
      case "summary" -> SummaryPhase.summary(Path.of(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException("Unknown phase " + args[0]);
    }
  }

  // --- settings (system properties, set by search.sh) ---

  static String setting(String key) {
    String v = System.getProperty("bench." + key);
    if (v == null) {
      throw new IllegalArgumentException("-Dbench." + key + " is required");
    }
    return v;
  }

  static int number(String key) {
    return Integer.parseInt(setting(key));
  }

  // --- phase ids ---

  private static void ids(String base, String adminPassword, Path out) throws IOException {
    PortalClient portal = new PortalClient(base);
    String token = portal.token("admin", adminPassword);
    Properties p = new Properties();
    for (JsonValue v : portal.getJson("/api/tenants", token).asJsonArray()) {
      JsonObject t = v.asJsonObject();
      p.setProperty("tenant." + t.getString("slug") + ".id", t.getString("id"));
      p.setProperty("tenant." + t.getString("slug") + ".name", t.getString("name"));
    }
    for (String slug : Corpus.TENANTS) {
      if (p.getProperty("tenant." + slug + ".id") == null) {
        throw new IllegalStateException("Demo tenant " + slug + " is missing: " + p);
      }
    }
    JsonArray circles = portal.getJson("/api/circles", token).asJsonArray();
    JsonObject circle = circles.get(0).asJsonObject();
    p.setProperty("circle.id", circle.getString("id"));
    p.setProperty("circle.slug", circle.getString("slug"));
    p.setProperty("circle.name", circle.getString("name"));
    List<String> members =
        circle.getJsonArray("members").stream()
            .map(m -> m.asJsonObject().getString("slug"))
            .sorted()
            .toList();
    p.setProperty("circle.members", String.join(",", members));
    try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      p.store(w, "Demo tenants and circle of the benchmark portal");
    }
    System.out.println(
        "Portal ids: 6 tenants, circle "
            + circle.getString("slug")
            + " ("
            + circle.getString("id")
            + ") with "
            + String.join(", ", members));
  }

  static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  @SuppressWarnings("unused")
  private static String join(long[] values) {
    return Arrays.toString(values);
  }
}
