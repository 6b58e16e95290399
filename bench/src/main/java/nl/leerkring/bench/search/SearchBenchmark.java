package nl.leerkring.bench.search;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import nl.leerkring.search.access.Scope;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexHome;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

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

  private static final double MB = 1_000_000.0;

  private SearchBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("Phase required: ids, prepare, query or summary.");
    }
    switch (args[0]) {
      case "ids" -> ids(args[1], args[2], Path.of(args[3]));
      case "prepare" -> prepare();
      case "query" -> query();
      case "summary" -> summary(Path.of(args[1]), Path.of(args[2]));
      default -> throw new IllegalArgumentException("Unknown phase " + args[0]);
    }
  }

  // --- settings (system properties, set by search.sh) ---

  private static String setting(String key) {
    String v = System.getProperty("bench." + key);
    if (v == null) {
      throw new IllegalArgumentException("-Dbench." + key + " is required");
    }
    return v;
  }

  private static int number(String key) {
    return Integer.parseInt(setting(key));
  }

  // --- phase ids ---

  private static void ids(String base, String adminPassword, Path out) throws IOException {
    PortalClient portal = new PortalClient(base);
    String token = portal.token("admin", adminPassword);
    Properties p = new Properties();
    for (JsonValue v : portal.getJson("/api/admin/tenants", token).asJsonArray()) {
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

  private static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  // --- phase prepare ---

  private static void prepare() throws Exception {
    Properties ids = load(Path.of(setting("ids")));
    Path data = Path.of(setting("dataDir"));
    Path work = Path.of(setting("work"));
    int docs = number("docs");
    printMachine();

    long t0 = System.nanoTime();
    List<Corpus.Law> laws = Corpus.read(Path.of(setting("corpus")));
    long corpusChars = laws.stream().mapToLong(l -> l.body().length()).sum();
    System.out.printf(
        Locale.ROOT,
        "corpus:     %s: %,d documents, %,d body characters (%.0f MB as UTF-8 ≈), read and parsed in %.1f s (not in any figure)%n",
        setting("corpus"),
        laws.size(),
        corpusChars,
        laws.stream().mapToLong(l -> l.body().getBytes(StandardCharsets.UTF_8).length).sum() / MB,
        (System.nanoTime() - t0) / 1e9);

    Map<String, String> out = new LinkedHashMap<>();
    if (Boolean.parseBoolean(System.getProperty("bench.indexing", "true"))) {
      indexing(laws, ids, work, out);
    }
    build(laws, ids, data, docs, out);
    loadPostgres(laws, ids, docs, out);
    save(Path.of(setting("results")), out);
  }

  /** (3) the corpus through the portal's pipeline and through raw Lucene. */
  private static void indexing(
      List<Corpus.Law> laws, Properties ids, Path work, Map<String, String> out) throws Exception {
    System.out.println();
    System.out.println(
        "INDEXING (3): all "
            + laws.size()
            + " corpus documents, whole bodies, one thread, into a new directory on "
            + fileStore(work)
            + "; commit included; corpus already in memory");
    List<IndexedItem> items = new ArrayList<>(laws.size());
    for (int j = 0; j < laws.size(); j++) {
      items.add(item(Corpus.whole(laws, j), ids));
    }
    long bytes = laws.stream().mapToLong(l -> (long) l.title().length() + l.body().length()).sum();

    Path portalDir = work.resolve("index-portal");
    deleteTree(portalDir);
    System.gc();
    long t0 = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(portalDir)) {
      for (IndexedItem item : items) {
        index.upsert(item);
      }
      index.commit(0);
    }
    double portalS = (System.nanoTime() - t0) / 1e9;
    long portalSize = treeSize(portalDir);

    Path rawDir = work.resolve("index-raw");
    deleteTree(rawDir);
    System.gc();
    t0 = System.nanoTime();
    try (FSDirectory dir = FSDirectory.open(rawDir);
        IndexWriter w =
            new IndexWriter(
                dir,
                new IndexWriterConfig(new StandardAnalyzer())
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(64))) {
      for (Corpus.Law l : laws) {
        Document d = new Document();
        d.add(new StringField("id", l.id(), Field.Store.YES));
        d.add(new TextField("title", l.title(), Field.Store.YES));
        d.add(new TextField("body", l.body(), Field.Store.YES));
        w.addDocument(d);
      }
      w.commit();
    }
    double rawS = (System.nanoTime() - t0) / 1e9;
    long rawSize = treeSize(rawDir);

    System.out.printf(
        Locale.ROOT,
        "%-58s %9s %9s %9s %10s%n",
        "pipeline",
        "total s",
        "docs/s",
        "MB/s",
        "index MB");
    System.out.printf(
        Locale.ROOT,
        "%-58s %9.1f %9.0f %9.2f %10.0f%n",
        "portal: SearchIndex.upsert (Dutch+compounds, facets, access)",
        portalS,
        laws.size() / portalS,
        bytes / MB / portalS,
        portalSize / MB);
    System.out.printf(
        Locale.ROOT,
        "%-58s %9.1f %9.0f %9.2f %10.0f%n",
        "raw Lucene: StandardAnalyzer, title+body stored TextFields",
        rawS,
        laws.size() / rawS,
        bytes / MB / rawS,
        rawSize / MB);
    System.out.printf(
        Locale.ROOT,
        "portal/raw: %.2f×; goal ≤ 180 s for the corpus through the portal's pipeline: %s (database reads and text extraction not included)%n",
        portalS / rawS,
        portalS <= 180 ? "MET" : "NOT MET");
    out.put("index.portal.s", fmt(portalS));
    out.put("index.raw.s", fmt(rawS));
    out.put("index.docs", String.valueOf(laws.size()));
    deleteTree(portalDir);
    deleteTree(rawDir);
  }

  /** The N-document index as the live generation of the portal's index directory. */
  private static void build(
      List<Corpus.Law> laws, Properties ids, Path data, int docs, Map<String, String> out)
      throws IOException {
    IndexHome home = new IndexHome(data.resolve("index"));
    long sequence = 0;
    var old = home.openLive();
    if (old.isPresent()) {
      sequence = old.get().sequence();
      old.get().close();
    }
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "BUILD: %,d documents DERIVED from the corpus (see README: corpus documents cut at %,d characters, then"
            + " recombined sections under new ids; synthetic gemeenten, scopes, dates, themes, wijken)%n",
        docs,
        Corpus.MAX_BODY);
    Map<String, Integer> byTenant = new java.util.TreeMap<>();
    Map<Scope, Integer> byScope = new java.util.EnumMap<>(Scope.class);
    long chars = 0;
    long t0 = System.nanoTime();
    SearchIndex next = home.createNext();
    for (int j = 0; j < docs; j++) {
      Corpus.Doc d = Corpus.derive(laws, j);
      chars += d.body().length();
      byTenant.merge(d.tenant(), 1, Integer::sum);
      byScope.merge(d.scope(), 1, Integer::sum);
      next.upsert(item(d, ids));
    }
    home.makeLive(next, sequence);
    Path dir = next.path();
    next.close();
    double s = (System.nanoTime() - t0) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "       %,d body characters (mean %,d); by tenant %s; by scope %s%n",
        chars,
        chars / Math.max(1, docs),
        byTenant,
        byScope);
    System.out.printf(
        Locale.ROOT,
        "       indexed with SearchIndex into %s in %.1f s (%.0f docs/s, %.0f MB on disk), made live at change-log position %d%n",
        dir,
        s,
        docs / s,
        treeSize(dir) / MB,
        sequence);
    out.put("build.s", fmt(s));
  }

  private static void loadPostgres(
      List<Corpus.Law> laws, Properties ids, int docs, Map<String, String> out) throws Exception {
    try (Postgres pg = postgres()) {
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "POSTGRESQL %s (shared_buffers %s, work_mem %s, max_parallel_workers_per_gather %s): loading the same %,d documents%n",
          pg.version(),
          pg.setting("shared_buffers"),
          pg.setting("work_mem"),
          pg.setting("max_parallel_workers_per_gather"),
          docs);
      String circleId = ids.getProperty("circle.id");
      String circleSlug = ids.getProperty("circle.slug");
      long[] t =
          pg.load(
              docs,
              j -> {
                Corpus.Doc d = Corpus.derive(laws, j);
                String tenantId = ids.getProperty("tenant." + d.tenant() + ".id");
                String audience =
                    d.scope() == Scope.PRIVATE
                        ? "private"
                        : d.scope() == Scope.PUBLIC ? "public" : circleSlug;
                return String.join(
                        "\t",
                        Postgres.copy(d.id()),
                        d.kind(),
                        Postgres.copy(tenantId),
                        d.scope().name(),
                        d.scope() == Scope.CIRCLE ? Postgres.copy(circleId) : "\\N",
                        Postgres.copy(audience),
                        Postgres.copy(ids.getProperty("tenant." + d.tenant() + ".name")),
                        Postgres.copy(d.type()),
                        String.valueOf(d.date().getYear()),
                        d.date().toString(),
                        Postgres.array(d.themes()),
                        Postgres.array(d.wijken()),
                        Postgres.copy(d.title()),
                        Postgres.copy(d.body()))
                    + "\n";
              });
      System.out.printf(
          Locale.ROOT,
          "           COPY with to_tsvector('dutch', …) %.1f s, GIN index %.1f s, date/themes indexes + VACUUM ANALYZE %.1f s; %s%n",
          t[0] / 1e3,
          t[1] / 1e3,
          t[2] / 1e3,
          pg.tableSize());
      out.put("pg.load.s", fmt((t[0] + t[1] + t[2]) / 1e3));
    }
  }

  private static Postgres postgres() throws Exception {
    return new Postgres(setting("pgUrl"), setting("pgUser"), setting("pgPassword"));
  }

  static IndexedItem item(Corpus.Doc d, Properties ids) {
    TenantId owner = new TenantId(ids.getProperty("tenant." + d.tenant() + ".id"));
    CircleId circle = new CircleId(ids.getProperty("circle.id"));
    Visibility visibility =
        switch (d.scope()) {
          case PRIVATE -> Visibility.privateTo(owner);
          case CIRCLE -> Visibility.inCircle(owner, circle);
          case PUBLIC -> Visibility.publicFrom(owner);
        };
    String audience =
        switch (d.scope()) {
          case PRIVATE -> "private";
          case CIRCLE -> ids.getProperty("circle.slug");
          case PUBLIC -> "public";
        };
    String link =
        d.scope() == Scope.PRIVATE
            ? "/app/document.xhtml?id=" + d.uuid()
            : "/app/item.xhtml?id=" + d.uuid();
    return new IndexedItem(
        d.id(),
        d.kind(),
        visibility,
        d.title(),
        "",
        d.body(),
        ids.getProperty("tenant." + d.tenant() + ".name"),
        d.type(),
        d.type(),
        d.date(),
        d.number(),
        d.themes(),
        d.wijken(),
        audience,
        link);
  }

  // --- phase query ---

  private static void query() throws Exception {
    Path data = Path.of(setting("dataDir"));
    int docs = number("docs");
    int warmup = number("warmup");
    int runs = number("runs");
    int pgRuns = number("pgRuns");
    PortalClient portal = new PortalClient(setting("base"));
    Map<String, String> out = new LinkedHashMap<>(loadMap(Path.of(setting("results"))));

    String admin = portal.token("admin", setting("adminPassword"));
    JsonObject status = portal.getJson("/api/admin/search/rebuild", admin).asJsonObject();
    JsonObject ready = portal.getJson("/health/ready", null).asJsonObject();
    int indexed = status.getInt("documents");
    System.out.println();
    System.out.println(
        "PORTAL restarted on the built index: GET /api/admin/search/rebuild → " + status);
    System.out.println("                                     GET /health/ready → " + ready);
    if (indexed < docs) {
      throw new IllegalStateException(
          "The portal's live index has " + indexed + " documents, expected at least " + docs);
    }

    String token = portal.token("duiven.lid", setting("demoPassword"));
    JsonObject me = portal.getJson("/api/me", token).asJsonObject();
    Map<String, String> circleIds = new HashMap<>();
    for (JsonValue v : portal.getJson("/api/circles", token).asJsonArray()) {
      circleIds.put(v.asJsonObject().getString("slug"), v.asJsonObject().getString("id"));
    }
    List<CircleGrant> grants = new ArrayList<>();
    for (JsonValue v : me.getJsonArray("circles")) {
      JsonObject c = v.asJsonObject();
      grants.add(
          new CircleGrant(
              new CircleId(circleIds.get(c.getString("slug"))),
              c.getString("slug"),
              c.getString("name"),
              CircleRole.valueOf(c.getString("role").toUpperCase(Locale.ROOT))));
    }
    String tenantId = me.getJsonObject("tenant").getString("id");
    Viewer viewer =
        new Viewer(
            me.getString("id"),
            me.getString("username"),
            me.getString("displayName"),
            new TenantId(tenantId),
            Set.of(Role.MEMBER),
            grants);
    List<String> circles = grants.stream().map(g -> g.circle().value()).toList();
    String circleSlug = grants.isEmpty() ? "leerkring-wdw" : grants.get(0).slug();
    System.out.println(
        "VIEWER: duiven.lid, tenant "
            + me.getJsonObject("tenant").getString("name")
            + " ("
            + tenantId
            + "), circles "
            + grants.stream().map(CircleGrant::slug).toList()
            + "; the same viewer for all three systems");

    List<Queries.Query> queries = Queries.all(circleSlug);
    Files.write(
        Path.of(setting("wrkPaths")),
        queries.stream().map(Queries.Query::path).toList(),
        StandardCharsets.UTF_8);
    Files.writeString(Path.of(setting("wrkToken")), token, StandardCharsets.UTF_8);

    try (RawLucene raw = new RawLucene(data.resolve("index"));
        Postgres pg = postgres()) {
      System.out.printf(
          Locale.ROOT,
          "RAW LUCENE: the same index opened read-only, %,d documents%n",
          raw.numDocs());
      System.out.println();
      System.out.println(
          "QUERIES: matches per system (portal total = raw Lucene total is checked; PostgreSQL counts differ by its own Dutch analysis)");
      System.out.printf(
          Locale.ROOT,
          "%-3s %-8s %-62s %9s %9s %11s %9s%n",
          "id",
          "class",
          "query",
          "portal",
          "raw",
          "unfiltered",
          "pg");
      List<Postgres.Prepared> plain = new ArrayList<>();
      List<Postgres.Prepared> faceted = new ArrayList<>();
      List<HttpRequest> requests = new ArrayList<>();
      for (Queries.Query q : queries) {
        HttpRequest request = portal.get(q.path(), token);
        requests.add(request);
        HttpResponse<byte[]> response = portal.fetch(request);
        if (response.statusCode() != 200) {
          throw new IllegalStateException(
              q.path()
                  + " → HTTP "
                  + response.statusCode()
                  + " "
                  + new String(response.body(), StandardCharsets.UTF_8));
        }
        JsonObject reply =
            PortalClient.json(new String(response.body(), StandardCharsets.UTF_8)).asJsonObject();
        long portalTotal = reply.getJsonNumber("total").longValue();
        RawLucene.Answer filtered = raw.search(q, viewer, true);
        RawLucene.Answer unfiltered = raw.search(q, viewer, false);
        Postgres.Prepared p = pg.prepare(q, tenantId, circles, false);
        Postgres.Prepared f = pg.prepare(q, tenantId, circles, true);
        plain.add(p);
        faceted.add(f);
        long pgTotal = f.run().facetTotal();
        System.out.printf(
            Locale.ROOT,
            "%-3s %-8s %-62s %9d %9d %11d %9d%s%n",
            q.name(),
            q.kind(),
            q.label(),
            portalTotal,
            filtered.total(),
            unfiltered.total(),
            pgTotal,
            portalTotal == filtered.total() ? "" : "  MISMATCH portal/raw");
        if (portalTotal != filtered.total()) {
          throw new IllegalStateException(
              "The raw Lucene search does not match the portal's for " + q.name());
        }
      }

      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "LATENCY (1, 2): sequential, one client, all systems in one loop; %d warm-up rounds then %d rounds over all %d queries,"
              + " each query on raw Lucene (filtered, unfiltered) then the portal (PostgreSQL: %d + %d rounds spread over the loop)%n",
          warmup,
          runs,
          queries.size(),
          Math.min(warmup, 3),
          pgRuns);

      // All systems in one loop, one query after the other on each: the machine's load changes
      // from minute to minute, and the ratios must not depend on which system ran when.
      // PostgreSQL, much slower, runs in every stride-th measured round, spread over the loop.
      Samples rawF = new Samples(queries);
      Samples rawU = new Samples(queries);
      Samples http = new Samples(queries);
      Samples pgPlain = new Samples(queries);
      Samples pgFacets = new Samples(queries);
      int pgWarm = Math.min(warmup, 3);
      int stride = Math.max(1, runs / Math.max(1, pgRuns));
      for (int round = 0; round < warmup + runs; round++) {
        boolean measured = round >= warmup;
        boolean withPg =
            round < pgWarm
                || (measured
                    && (round - warmup) % stride == 0
                    && (round - warmup) / stride < pgRuns);
        for (int i = 0; i < queries.size(); i++) {
          long t = System.nanoTime();
          raw.search(queries.get(i), viewer, true);
          long a = System.nanoTime() - t;
          t = System.nanoTime();
          raw.search(queries.get(i), viewer, false);
          long b = System.nanoTime() - t;
          t = System.nanoTime();
          HttpResponse<byte[]> r = portal.fetch(requests.get(i));
          long c = System.nanoTime() - t;
          if (r.statusCode() != 200) {
            throw new IllegalStateException(queries.get(i).path() + " → HTTP " + r.statusCode());
          }
          if (measured) {
            rawF.add(i, a);
            rawU.add(i, b);
            http.add(i, c);
          }
          if (withPg) {
            t = System.nanoTime();
            plain.get(i).run();
            long d = System.nanoTime() - t;
            t = System.nanoTime();
            faceted.get(i).run();
            long e = System.nanoTime() - t;
            if (measured) {
              pgPlain.add(i, d);
              pgFacets.add(i, e);
            }
          }
        }
      }
      // What every request pays before any search: Payara's HTTP path (/health/live, no sign-in)
      // and
      // the signed-in path (/api/me: JWT, viewer lookup in the database, JSON), the same number of
      // times.
      List<Long> live = new ArrayList<>();
      List<Long> meSamples = new ArrayList<>();
      HttpRequest liveRequest = portal.get("/health/live", null);
      HttpRequest meRequest = portal.get("/api/me", token);
      for (int n = 0; n < (warmup + runs) * queries.size(); n++) {
        long t = System.nanoTime();
        int a = portal.fetch(liveRequest).statusCode();
        long la = System.nanoTime() - t;
        t = System.nanoTime();
        int b = portal.fetch(meRequest).statusCode();
        long lb = System.nanoTime() - t;
        if (a != 200 || b != 200) {
          throw new IllegalStateException("/health/live or /api/me answered " + a + ", " + b);
        }
        if (n >= warmup * queries.size()) {
          live.add(la);
          meSamples.add(lb);
        }
      }
      for (Postgres.Prepared p : plain) {
        p.close();
      }
      for (Postgres.Prepared p : faceted) {
        p.close();
      }

      System.out.println();
      System.out.println(
          "p50 / p99 in ms (nearest rank). portal = GET /api/search over HTTP (access filter + facets + highlight, top 10);"
              + " raw = plain Lucene in-process, same query, filter, facets, highlight;"
              + " raw-nofilter = raw without the access filter;"
              + " pg = PostgreSQL FTS top 10 + ts_headline;"
              + " pg+facets = the six facet counts of the match set in a second statement (the portal computes them too)");
      System.out.printf(
          Locale.ROOT,
          "%-8s %15s %15s %15s %17s %17s%n",
          "class",
          "portal",
          "raw",
          "raw-nofilter",
          "pg",
          "pg+facets");
      List<String> rows = new ArrayList<>(Queries.CLASSES);
      rows.add("all");
      for (String c : rows) {
        System.out.printf(
            Locale.ROOT,
            "%-8s %15s %15s %15s %17s %17s%n",
            c,
            http.cell(c),
            rawF.cell(c),
            rawU.cell(c),
            pgPlain.cell(c),
            pgFacets.cell(c));
      }
      System.out.println();
      System.out.println("per query, p50 in ms:");
      System.out.printf(
          Locale.ROOT,
          "%-3s %-8s %9s %9s %13s %9s %11s%n",
          "id",
          "class",
          "portal",
          "raw",
          "raw-nofilter",
          "pg",
          "pg+facets");
      for (int i = 0; i < queries.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "%-3s %-8s %9.2f %9.2f %13.2f %9.2f %11.2f%n",
            queries.get(i).name(),
            queries.get(i).kind(),
            http.p50(i),
            rawF.p50(i),
            rawU.p50(i),
            pgPlain.p50(i),
            pgFacets.p50(i));
      }

      double portalP50 = http.pct("all", 50);
      double rawP50 = rawF.pct("all", 50);
      double rawUP50 = rawU.pct("all", 50);
      double pgP50 = pgPlain.pct("all", 50);
      double pgFP50 = pgFacets.pct("all", 50);
      System.out.println();
      System.out.printf(
          Locale.ROOT,
          "(1) portal p50 %.2f ms − raw Lucene p50 %.2f ms = %+.2f ms (portal/raw %.2f×); goal ≤ +5 ms: %s%n",
          portalP50,
          rawP50,
          portalP50 - rawP50,
          portalP50 / rawP50,
          portalP50 <= rawP50 + 5 ? "MET" : "NOT MET");
      System.out.printf(
          Locale.ROOT,
          "(1) PostgreSQL p50 %.2f ms / portal p50 %.2f ms = %.1f× (with facets %.2f ms: %.1f×); goal ≥ 3×: %s%n",
          pgP50,
          portalP50,
          pgP50 / portalP50,
          pgFP50,
          pgFP50 / portalP50,
          pgP50 >= 3 * portalP50 ? "MET" : "NOT MET");
      double liveP50 = Samples.percentile(live, 50);
      double meP50 = Samples.percentile(meSamples, 50);
      System.out.printf(
          Locale.ROOT,
          "    where the portal's extra %.2f ms go (p50, %d requests each, same client): GET /health/live (HTTP in Payara, no sign-in) %.2f ms;"
              + " GET /api/me (+ JWT, viewer lookup, JSON) %.2f ms; so search − /api/me = %.2f ms against raw Lucene's %.2f ms%n",
          portalP50 - rawP50,
          live.size(),
          liveP50,
          meP50,
          portalP50 - meP50,
          rawP50);
      System.out.printf(
          Locale.ROOT,
          "(2) access filter: raw p50 filtered %.2f ms / unfiltered %.2f ms = %+.1f %%; goal ≤ +20 %%: %s%n",
          rawP50,
          rawUP50,
          (rawP50 / rawUP50 - 1) * 100,
          rawP50 <= 1.2 * rawUP50 ? "MET" : "NOT MET");
      for (String c : Queries.CLASSES) {
        System.out.printf(
            Locale.ROOT,
            "    %-8s filtered/unfiltered p50 %+6.1f %%, portal−raw p50 %+6.2f ms, pg/portal p50 %5.1f×%n",
            c,
            (rawF.pct(c, 50) / rawU.pct(c, 50) - 1) * 100,
            http.pct(c, 50) - rawF.pct(c, 50),
            pgPlain.pct(c, 50) / http.pct(c, 50));
      }
      // The ceiling any HTTP server on this machine has: raw Lucene alone, one thread per core, no
      // HTTP, no JSON, the same queries in turn. wrk's figure (4) can only be compared with this.
      int threads = Runtime.getRuntime().availableProcessors();
      double ceiling = rawThroughput(raw, queries, viewer, threads, Duration.ofSeconds(20));
      System.out.printf(
          Locale.ROOT,
          "(4) ceiling: raw Lucene in-process, %d threads (one per core), 20 s, the same %d queries in turn:"
              + " %.0f queries/s (load avg %s)%n",
          threads,
          queries.size(),
          ceiling,
          loadAvg());
      out.put("raw.qps", fmt(ceiling));
      out.put("raw.qps.threads", String.valueOf(threads));
      out.put("portal.p50", fmt(portalP50));
      out.put("portal.p99", fmt(http.pct("all", 99)));
      out.put("raw.p50", fmt(rawP50));
      out.put("raw.p99", fmt(rawF.pct("all", 99)));
      out.put("rawnofilter.p50", fmt(rawUP50));
      out.put("pg.p50", fmt(pgP50));
      out.put("pg.p99", fmt(pgPlain.pct("all", 99)));
      out.put("pgfacets.p50", fmt(pgFP50));
      out.put("docs", String.valueOf(docs));
      out.put("live.p50", fmt(liveP50));
      out.put("me.p50", fmt(meP50));
      save(Path.of(setting("results")), out);
    }
  }

  /** Queries per second of raw Lucene on {@code threads} threads for {@code duration}. */
  private static double rawThroughput(
      RawLucene raw, List<Queries.Query> queries, Viewer viewer, int threads, Duration duration)
      throws InterruptedException {
    AtomicLong done = new AtomicLong();
    long deadline = System.nanoTime() + duration.toNanos();
    List<Thread> workers = new ArrayList<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int first = t;
      Thread worker =
          new Thread(
              () -> {
                int i = first;
                try {
                  while (System.nanoTime() < deadline) {
                    raw.search(queries.get(i++ % queries.size()), viewer, true);
                    done.incrementAndGet();
                  }
                } catch (Exception e) {
                  failure.compareAndSet(null, e);
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (failure.get() != null) {
      throw new IllegalStateException("Raw Lucene failed under load", failure.get());
    }
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  /** Latency samples per query; classes pool the samples of their queries. */
  private static final class Samples {
    private final List<Queries.Query> queries;
    private final List<List<Long>> perQuery = new ArrayList<>();

    Samples(List<Queries.Query> queries) {
      this.queries = queries;
      for (int i = 0; i < queries.size(); i++) {
        perQuery.add(new ArrayList<>());
      }
    }

    void add(int query, long nanos) {
      perQuery.get(query).add(nanos);
    }

    double p50(int query) {
      return percentile(perQuery.get(query), 50);
    }

    double pct(String kind, int pct) {
      List<Long> all = new ArrayList<>();
      for (int i = 0; i < queries.size(); i++) {
        if (kind.equals("all") || queries.get(i).kind().equals(kind)) {
          all.addAll(perQuery.get(i));
        }
      }
      return percentile(all, pct);
    }

    String cell(String kind) {
      return String.format(Locale.ROOT, "%7.2f / %-7.2f", pct(kind, 50), pct(kind, 99));
    }

    /** Nearest rank; p50 of an even count is the lower middle. In ms. */
    static double percentile(List<Long> values, int pct) {
      if (values.isEmpty()) {
        return Double.NaN;
      }
      long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
      int rank = (int) Math.ceil(pct / 100.0 * sorted.length);
      return sorted[Math.max(0, rank - 1)] / 1e6;
    }
  }

  // --- phase summary ---

  private static void summary(Path results, Path wrk) throws IOException {
    Map<String, String> r = loadMap(results);
    String w = Files.exists(wrk) ? Files.readString(wrk) : "";
    double rps = grab(w, "Requests/sec:\\s+([0-9.]+)");
    double non2xx = grab(w, "Non-2xx or 3xx responses:\\s+([0-9]+)");
    double total = grab(w, "([0-9]+) requests in");
    String socket =
        w.lines().filter(l -> l.contains("Socket errors")).findFirst().orElse("").strip();
    System.out.println();
    System.out.println(
        "SUMMARY (" + r.getOrDefault("docs", "?") + " documents; all figures from this run)");
    double portal = d(r, "portal.p50");
    double raw = d(r, "raw.p50");
    double rawU = d(r, "rawnofilter.p50");
    double pg = d(r, "pg.p50");
    row(
        "1  portal p50 ≤ raw Lucene p50 + 5 ms",
        String.format(Locale.ROOT, "%.2f vs %.2f ms (%+.2f ms)", portal, raw, portal - raw),
        portal <= raw + 5);
    row(
        "1  portal p50 ≥ 3× faster than PostgreSQL",
        String.format(Locale.ROOT, "pg %.2f / portal %.2f ms = %.1f×", pg, portal, pg / portal),
        pg >= 3 * portal);
    row(
        "2  access filter ≤ +20 % (raw p50)",
        String.format(Locale.ROOT, "%.2f vs %.2f ms (%+.1f %%)", raw, rawU, (raw / rawU - 1) * 100),
        raw <= 1.2 * rawU);
    if (r.containsKey("index.portal.s")) {
      double s = d(r, "index.portal.s");
      row(
          "3  corpus through the portal's pipeline ≤ 3 min",
          String.format(
              Locale.ROOT,
              "%.1f s for %s docs (raw Lucene %.1f s)",
              s,
              r.get("index.docs"),
              d(r, "index.raw.s")),
          s <= 180);
    }
    row(
        "4  wrk 50 connections ≥ 1,000 req/s, 0 errors",
        String.format(
            Locale.ROOT,
            "%.0f req/s, %.0f requests, non-2xx %.0f%s",
            rps,
            total,
            Double.isNaN(non2xx) ? 0 : non2xx,
            socket.isEmpty() ? ", no socket errors" : ", " + socket),
        rps >= 1000 && (Double.isNaN(non2xx) || non2xx == 0) && socket.isEmpty());
    if (r.containsKey("raw.qps")) {
      System.out.printf(
          Locale.ROOT,
          "   ceiling on this machine: raw Lucene in-process on %s threads, no HTTP: %.0f queries/s;"
              + " the portal's wrk figure is %.0f %% of it%n",
          r.get("raw.qps.threads"),
          d(r, "raw.qps"),
          100 * rps / d(r, "raw.qps"));
    }
  }

  private static void row(String goal, String figure, boolean met) {
    System.out.printf(Locale.ROOT, "%-48s %-58s %s%n", goal, figure, met ? "MET" : "NOT MET");
  }

  private static double grab(String text, String regex) {
    var m = java.util.regex.Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  private static double d(Map<String, String> r, String key) {
    String v = r.get(key);
    return v == null ? Double.NaN : Double.parseDouble(v);
  }

  // --- helpers ---

  private static void printMachine() {
    var os = ManagementFactory.getOperatingSystemMXBean();
    Runtime rt = Runtime.getRuntime();
    System.out.println(
        "date:       "
            + ZonedDateTime.now(ZoneOffset.UTC)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    System.out.println(
        "cpu:        " + cpuModel() + ", " + rt.availableProcessors() + " cores available");
    System.out.println(
        "jvm:        "
            + System.getProperty("java.vm.name")
            + " "
            + System.getProperty("java.runtime.version")
            + ", max heap "
            + rt.maxMemory() / (1024 * 1024)
            + " MiB");
    System.out.println("os:         " + os.getName() + " " + os.getVersion() + " " + os.getArch());
    System.out.println(
        "load avg:   " + loadAvg() + " (1, 5, 15 min, at start; the machine is shared)");
  }

  static String loadAvg() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "?";
    }
  }

  private static String cpuModel() {
    try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
      return lines
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst()
          .orElse("?");
    } catch (IOException e) {
      return "?";
    }
  }

  private static String fileStore(Path p) throws IOException {
    Files.createDirectories(p);
    return p + " (" + Files.getFileStore(p).type() + ")";
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static Map<String, String> loadMap(Path file) throws IOException {
    Map<String, String> m = new LinkedHashMap<>();
    if (Files.exists(file)) {
      Properties p = load(file);
      p.stringPropertyNames().stream().sorted().forEach(k -> m.put(k, p.getProperty(k)));
    }
    return m;
  }

  private static void save(Path file, Map<String, String> values) throws IOException {
    Properties p = new Properties();
    values.forEach(p::setProperty);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      p.store(w, "search benchmark results of one run");
    }
  }

  private static long treeSize(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  @SuppressWarnings("unused")
  private static String join(long[] values) {
    return Arrays.toString(values);
  }
}
