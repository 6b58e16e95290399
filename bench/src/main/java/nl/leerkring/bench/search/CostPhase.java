package nl.leerkring.bench.search;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.bench.Machine;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Part of the query phase (F12): what one search costs raw Lucene doing the portal's full work
 * before ({@link RawLucene.Work#TODAY}) and after ({@link RawLucene.Work#NEW}) F12, in one loop
 * that alternates the two per query, so both see the same load. Cost is the searching thread's CPU
 * time: queries/s per core is the inverse of the mean CPU time per query, which the other builds
 * on a shared machine disturb far less than wall time (printed too). Before timing, it checks that
 * both mark the same words in every hit and counts the hits whose passages are identical; with
 * {@code -Dbench.diff=true} it prints both versions of every hit whose passages differ.
 */
final class CostPhase {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private CostPhase() {}

  static void report(
      RawLucene raw,
      List<Queries.Query> queries,
      Viewer viewer,
      int warmup,
      int rounds,
      Map<String, String> out)
      throws Exception {
    int hits = 0;
    int same = 0;
    int sameMarks = 0;
    for (Queries.Query q : queries) {
      String[] before = raw.search(q, viewer, true, RawLucene.Work.TODAY).passages();
      String[] after = raw.search(q, viewer, true, RawLucene.Work.NEW).passages();
      for (int i = 0; i < before.length; i++) {
        hits++;
        same += Objects.equals(before[i], after[i]) ? 1 : 0;
        sameMarks += marks(before[i]).equals(marks(after[i])) ? 1 : 0;
        if (Boolean.getBoolean("bench.diff") && !Objects.equals(before[i], after[i])) {
          System.out.println(q.name() + " today: " + oneLine(before[i]));
          System.out.println(q.name() + " new:   " + oneLine(after[i]));
        }
      }
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long[] cpuNanos = new long[2];
    long[] wallNanos = new long[2];
    int measured = 0;
    for (int round = 0; round < warmup + rounds; round++) {
      for (Queries.Query q : queries) {
        for (RawLucene.Work work : RawLucene.Work.values()) {
          long c = cpu.getCurrentThreadCpuTime();
          long t = System.nanoTime();
          raw.search(q, viewer, true, work);
          if (round >= warmup) {
            wallNanos[work.ordinal()] += System.nanoTime() - t;
            cpuNanos[work.ordinal()] += cpu.getCurrentThreadCpuTime() - c;
          }
        }
        measured += round >= warmup ? 1 : 0;
      }
    }
    double todayCpu = measured / (cpuNanos[0] / 1e9);
    double newCpu = measured / (cpuNanos[1] / 1e9);
    double todayWall = measured / (wallNanos[0] / 1e9);
    double newWall = measured / (wallNanos[1] / 1e9);
    System.out.println();
    System.out.printf(
        Locale.ROOT,
        "COST (F12): raw Lucene doing the portal's full work (Dutch analysis, access filter, top 10, six facets,"
            + " three passages per hit, stored fields), one thread, %d warm-up + %d rounds of the %d queries,"
            + " today's and the new work alternating per query%n",
        warmup,
        rounds,
        queries.size());
    System.out.printf(
        Locale.ROOT,
        "    passages: the same words marked in %d of %d hits; identical passages in %d of %d%n",
        sameMarks,
        hits,
        same,
        hits);
    System.out.printf(
        Locale.ROOT,
        "    today: %.0f queries/s per core (CPU %.2f ms/query; wall %.0f/s)"
            + " | new: %.0f queries/s per core (CPU %.2f ms/query; wall %.0f/s)%n",
        todayCpu,
        1000 / todayCpu,
        todayWall,
        newCpu,
        1000 / newCpu,
        newWall);
    System.out.printf(
        Locale.ROOT,
        "(5) new / today = %.2f× per core by CPU time (%.2f× by wall time); goal ≥ 2×: %s (load avg %s)%n",
        newCpu / todayCpu,
        newWall / todayWall,
        newCpu >= 2 * todayCpu ? "MET" : "NOT MET",
        Machine.loadAverage("?"));
    out.put("cost.today.qps", SearchBenchmark.fmt(todayCpu));
    out.put("cost.new.qps", SearchBenchmark.fmt(newCpu));
    out.put("cost.today.wall", SearchBenchmark.fmt(todayWall));
    out.put("cost.new.wall", SearchBenchmark.fmt(newWall));
    out.put("cost.hits", String.valueOf(hits));
    out.put("cost.sameMarks", String.valueOf(sameMarks));
    out.put("cost.samePassages", String.valueOf(same));
    out.put("cost.load", Machine.loadAverage("?"));
  }

  private static String oneLine(String formatted) {
    return String.valueOf(formatted).replace('\u0000', '|').replace('\n', ' ');
  }

  private static Set<String> marks(String formatted) {
    Set<String> words = new LinkedHashSet<>();
    if (formatted != null) {
      Matcher m = MARK.matcher(formatted);
      while (m.find()) {
        words.add(m.group(1).toLowerCase(Locale.ROOT));
      }
    }
    return words;
  }

}
