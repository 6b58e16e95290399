package nl.leerkring.bench.search;

import java.io.FileReader;
import java.io.Reader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Extra mode of the search benchmark (issue F3), no portal needed: the portal's own {@link
 * SearchIndex#search} and {@link RawLucene} in one plain JVM, on the same index, same viewer
 * (duiven.lid: home tenant Duiven, circle leerkring-wdw), same queries, warm-up and rounds as the
 * latency phase, alternating per query. It tells whether a gap between the portal and raw Lucene is
 * in {@code SearchIndex} or in the portal's environment.
 *
 * <pre>
 *   cp -r bench/target/search-bench/data/index /tmp/si-index   # SearchIndex opens an IndexWriter
 *   java -Xmx2g -cp bench/target/classes:$(cat bench/target/search-bench/classpath.txt) \
 *     nl.leerkring.bench.search.InProcess /tmp/si-index bench/target/search-bench/ids.properties
 * </pre>
 *
 * Settings: {@code -Dbench.warmup} (20), {@code -Dbench.runs} (50), {@code -Dbench.only} (both;
 * {@code index} or {@code raw} runs one system only, e.g. for a profile; {@code cost} runs only
 * {@link CostPhase}: today's against the new work of raw Lucene). With {@code
 * -Dbench.base=http://127.0.0.1:PORT} (and {@code -Dbench.demoPassword}, default leerkring-demo) a
 * running portal on the same index is timed too, as duiven.lid over HTTP, interleaved with the
 * other two per query: the only fair comparison on a machine whose load changes from minute to
 * minute.
 */
public final class InProcess {

  private InProcess() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "Usage: InProcess <copy of the index root> <ids.properties>");
    }
    Path root = Path.of(args[0]);
    Properties ids = new Properties();
    try (Reader r = new FileReader(args[1], StandardCharsets.UTF_8)) {
      ids.load(r);
    }
    int warmup = Integer.getInteger("bench.warmup", 20);
    int runs = Integer.getInteger("bench.runs", 50);
    String only = System.getProperty("bench.only", "both");
    String slug = ids.getProperty("circle.slug");
    Viewer viewer =
        new Viewer(
            "00000000-0000-0000-0000-00000000bench",
            "duiven.lid",
            "Lid Duiven",
            new TenantId(ids.getProperty("tenant.duiven.id")),
            Set.of(Role.MEMBER),
            List.of(
                new CircleGrant(
                    new CircleId(ids.getProperty("circle.id")),
                    slug,
                    ids.getProperty("circle.name"),
                    CircleRole.MEMBER)));
    List<Queries.Query> queries = Queries.all(slug);
    String live = Files.readString(root.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
    long opened = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(root.resolve(live));
        RawLucene raw = new RawLucene(root)) {
      System.out.printf(
          Locale.ROOT,
          "JVM %s %s; SearchIndex opened in %d ms, %,d documents; warm-up %d, runs %d%n",
          System.getProperty("java.vm.name"),
          System.getProperty("java.vm.version"),
          (System.nanoTime() - opened) / 1_000_000,
          index.size(),
          warmup,
          runs);
      if (only.equals("cost")) {
        CostPhase.report(raw, queries, viewer, warmup, runs, new java.util.LinkedHashMap<>());
        return;
      }
      String base = System.getProperty("bench.base");
      PortalClient portal = base == null ? null : new PortalClient(base);
      String token =
          portal == null
              ? null
              : portal.token(
                  "duiven.lid", System.getProperty("bench.demoPassword", "leerkring-demo"));
      List<HttpRequest> http = new ArrayList<>();
      List<SearchRequest> requests = new ArrayList<>();
      for (Queries.Query q : queries) {
        SearchRequest request = new SearchRequest(q.q(), q.filters(), null, 1, 10);
        requests.add(request);
        if (portal != null) {
          http.add(portal.get(q.path(), token));
          long p =
              PortalClient.json(
                      new String(
                          portal.fetch(http.get(http.size() - 1)).body(), StandardCharsets.UTF_8))
                  .asJsonObject()
                  .getJsonNumber("total")
                  .longValue();
          if (p != raw.search(q, viewer, true).total()) {
            throw new IllegalStateException(q.name() + ": portal " + p);
          }
        }
        long a = index.search(request, viewer).total();
        long b = raw.search(q, viewer, true).total();
        if (a != b) {
          throw new IllegalStateException(q.name() + ": SearchIndex " + a + ", raw " + b);
        }
      }
      List<List<Long>> si = samples(queries.size());
      List<List<Long>> rl = samples(queries.size());
      List<List<Long>> hp = samples(queries.size());
      List<Long> hpAll = new ArrayList<>();
      List<Long> meAll = new ArrayList<>();
      List<Long> liveAll = new ArrayList<>();
      HttpRequest me = portal == null ? null : portal.get("/api/me", token);
      HttpRequest alive = portal == null ? null : portal.get("/health/live", null);
      List<Long> siAll = new ArrayList<>();
      List<Long> rlAll = new ArrayList<>();
      for (int round = 0; round < warmup + runs; round++) {
        for (int i = 0; i < queries.size(); i++) {
          long a = 0;
          long b = 0;
          if (!only.equals("raw")) {
            long t = System.nanoTime();
            SearchResult result = index.search(requests.get(i), viewer);
            a = System.nanoTime() - t;
            if (result.hits() == null) {
              throw new IllegalStateException();
            }
          }
          if (!only.equals("index")) {
            long t = System.nanoTime();
            raw.search(queries.get(i), viewer, true);
            b = System.nanoTime() - t;
          }
          long c = 0;
          if (portal != null) {
            long t = System.nanoTime();
            if (portal.fetch(http.get(i)).statusCode() != 200) {
              throw new IllegalStateException(queries.get(i).path());
            }
            c = System.nanoTime() - t;
            if (i % 3 == 0 && round >= warmup) {
              // What every request pays: Payara's HTTP path, and with sign-in (JWT, viewer, JSON).
              t = System.nanoTime();
              portal.fetch(me);
              meAll.add(System.nanoTime() - t);
              t = System.nanoTime();
              portal.fetch(alive);
              liveAll.add(System.nanoTime() - t);
            }
          }
          if (round >= warmup) {
            hp.get(i).add(c);
            hpAll.add(c);
            si.get(i).add(a);
            rl.get(i).add(b);
            siAll.add(a);
            rlAll.add(b);
          }
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%-3s %-50s %10s %10s %10s %10s%n",
          "id",
          "query",
          "index p50",
          "raw p50",
          "index p99",
          "raw p99");
      for (int i = 0; i < queries.size(); i++) {
        System.out.printf(
            Locale.ROOT,
            "%-3s %-50s %10.2f %10.2f %10.2f %10.2f %10.2f%n",
            queries.get(i).name(),
            queries.get(i).label(),
            ms(si.get(i), 50),
            ms(rl.get(i), 50),
            ms(si.get(i), 99),
            ms(rl.get(i), 99),
            ms(hp.get(i), 50));
      }
      System.out.printf(
          Locale.ROOT,
          "ALL SearchIndex.search p50 %.2f ms p99 %.2f ms | RawLucene p50 %.2f ms p99 %.2f ms"
              + " | portal HTTP p50 %.2f ms p99 %.2f ms (load %s)%n",
          ms(siAll, 50),
          ms(siAll, 99),
          ms(rlAll, 50),
          ms(rlAll, 99),
          ms(hpAll, 50),
          ms(hpAll, 99),
          Files.readString(Path.of("/proc/loadavg")).strip());
      if (portal != null) {
        System.out.printf(
            Locale.ROOT,
            "portal GET /api/me p50 %.2f ms, GET /health/live p50 %.2f ms (interleaved)%n",
            ms(meAll, 50),
            ms(liveAll, 50));
      }
      if (!only.equals("raw")) {
        firstSearchOfAViewer(index, ids, requests);
      }
    }
  }

  /**
   * What a viewer's first search after a refresh costs more than their next (F10): since ranking
   * statistics count only what the viewer may read, the first search of each access filter on a
   * reader finds its readable documents and their field lengths. Each round takes a gemeente that
   * has not searched yet (a made-up tenant id, in the circle), so its statistics are cold.
   */
  private static void firstSearchOfAViewer(
      SearchIndex index, Properties ids, List<SearchRequest> requests) {
    int viewers = Integer.getInteger("bench.coldViewers", 30);
    List<Long> first = new ArrayList<>();
    List<Long> second = new ArrayList<>();
    for (int v = 0; v < viewers; v++) {
      Viewer fresh =
          new Viewer(
              "cold-" + v,
              "cold" + v,
              "Koud " + v,
              new TenantId(java.util.UUID.randomUUID().toString()),
              Set.of(Role.MEMBER),
              List.of(
                  new CircleGrant(
                      new CircleId(ids.getProperty("circle.id")),
                      ids.getProperty("circle.slug"),
                      ids.getProperty("circle.name"),
                      CircleRole.MEMBER)));
      SearchRequest request = requests.get(v % requests.size());
      long t = System.nanoTime();
      index.search(request, fresh);
      first.add(System.nanoTime() - t);
      t = System.nanoTime();
      index.search(request, fresh);
      second.add(System.nanoTime() - t);
    }
    System.out.printf(
        Locale.ROOT,
        "FIRST SEARCH OF A VIEWER (%d viewers new to this reader, same query twice): first p50 %.2f ms"
            + " max %.2f ms, second p50 %.2f ms; difference of the p50s %.2f ms%n",
        viewers,
        ms(first, 50),
        ms(first, 100),
        ms(second, 50),
        ms(first, 50) - ms(second, 50));
  }

  private static List<List<Long>> samples(int n) {
    List<List<Long>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }

  private static double ms(List<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    Collections.sort(sorted);
    int at = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, at)) / 1e6;
  }
}
