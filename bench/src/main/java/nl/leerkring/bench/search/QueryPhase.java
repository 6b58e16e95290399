package nl.leerkring.bench.search;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import nl.leerkring.bench.Machine;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Phase {@code query}: latency of the portal, raw Lucene and PostgreSQL, the access filter's cost,
 * wrk's requests.
 */
final class QueryPhase {

  private QueryPhase() {}

  static void query() throws Exception {
    Path data = Path.of(SearchBenchmark.setting("dataDir"));
    int docs = SearchBenchmark.number("docs");
    int warmup = SearchBenchmark.number("warmup");
    int runs = SearchBenchmark.number("runs");
    int pgRuns = SearchBenchmark.number("pgRuns");
    PortalClient portal = new PortalClient(SearchBenchmark.setting("base"));
    Map<String, String> out =
        new LinkedHashMap<>(RunFiles.loadMap(Path.of(SearchBenchmark.setting("results"))));

    String admin = portal.token("admin", SearchBenchmark.setting("adminPassword"));
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

    String token = portal.token("duiven.lid", SearchBenchmark.setting("demoPassword"));
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
        Path.of(SearchBenchmark.setting("wrkPaths")),
        queries.stream().map(Queries.Query::path).toList(),
        StandardCharsets.UTF_8);
    Files.writeString(Path.of(SearchBenchmark.setting("wrkToken")), token, StandardCharsets.UTF_8);

    try (RawLucene raw = new RawLucene(data.resolve("index"));
        Postgres pg = PreparePhase.postgres()) {
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
      CostPhase.report(raw, queries, viewer, Math.min(warmup, 20), runs, out);
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
          Machine.loadAverage("?"));
      out.put("raw.qps", SearchBenchmark.fmt(ceiling));
      out.put("raw.qps.threads", String.valueOf(threads));
      out.put("portal.p50", SearchBenchmark.fmt(portalP50));
      out.put("portal.p99", SearchBenchmark.fmt(http.pct("all", 99)));
      out.put("raw.p50", SearchBenchmark.fmt(rawP50));
      out.put("raw.p99", SearchBenchmark.fmt(rawF.pct("all", 99)));
      out.put("rawnofilter.p50", SearchBenchmark.fmt(rawUP50));
      out.put("pg.p50", SearchBenchmark.fmt(pgP50));
      out.put("pg.p99", SearchBenchmark.fmt(pgPlain.pct("all", 99)));
      out.put("pgfacets.p50", SearchBenchmark.fmt(pgFP50));
      out.put("docs", String.valueOf(docs));
      out.put("live.p50", SearchBenchmark.fmt(liveP50));
      out.put("me.p50", SearchBenchmark.fmt(meP50));
      RunFiles.save(Path.of(SearchBenchmark.setting("results")), out);
    }
  }

  /** Queries per second of raw Lucene on {@code threads} threads for {@code duration}. */
  static double rawThroughput(
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
  static final class Samples {
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
}
