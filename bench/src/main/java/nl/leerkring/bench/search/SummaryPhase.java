package nl.leerkring.bench.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** Phase {@code summary}: the goals of the issue against the figures of this run. */
final class SummaryPhase {

  private SummaryPhase() {}

  static void summary(Path results, Path wrk) throws IOException {
    Map<String, String> r = RunFiles.loadMap(results);
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
    if (r.containsKey("cost.new.qps")) {
      f12(r, rps, portal, raw);
    }
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

  /** The cost goals of F12, against the same run's figures. */
  private static void f12(Map<String, String> r, double rps, double portal, double raw) {
    double today = d(r, "cost.today.qps");
    double now = d(r, "cost.new.qps");
    System.out.println(
        "F12 (cost; load avg during the cost loop " + r.getOrDefault("cost.load", "?") + ")");
    row(
        "F12 raw Lucene, full work: new ≥ 2× today",
        String.format(
            Locale.ROOT,
            "%.0f vs %.0f queries/s per core = %.2f× (wall %.2f×)",
            now,
            today,
            now / today,
            d(r, "cost.new.wall") / d(r, "cost.today.wall")),
        now >= 2 * today);
    row(
        "F12 portal p50 ≤ raw Lucene p50 + 3 ms",
        String.format(Locale.ROOT, "%.2f vs %.2f ms (%+.2f ms)", portal, raw, portal - raw),
        portal <= raw + 3);
    double ceiling = d(r, "raw.qps");
    row(
        "F12 wrk ≥ 85 % of raw Lucene's ceiling",
        String.format(
            Locale.ROOT, "%.0f of %.0f queries/s = %.0f %%", rps, ceiling, 100 * rps / ceiling),
        rps >= 0.85 * ceiling);
    System.out.printf(
        Locale.ROOT,
        "   passages of the %s hits, today's against the new work: identical %s, the same words marked %s%n",
        r.get("cost.hits"),
        r.get("cost.samePassages"),
        r.get("cost.sameMarks"));
  }

  static void row(String goal, String figure, boolean met) {
    System.out.printf(Locale.ROOT, "%-48s %-58s %s%n", goal, figure, met ? "MET" : "NOT MET");
  }

  static double grab(String text, String regex) {
    var m = java.util.regex.Pattern.compile(regex).matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
  }

  static double d(Map<String, String> r, String key) {
    String v = r.get(key);
    return v == null ? Double.NaN : Double.parseDouble(v);
  }
}
