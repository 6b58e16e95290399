package nl.leerkring.bench.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerkring.bench.quality.Collection.Doc;
import nl.leerkring.bench.quality.Systems.Ranker;

/**
 * Search quality (issue F12): the portal, PostgreSQL full-text search and a BM25 baseline on the
 * same documents and the judged queries of {@code bench/quality/}.
 *
 * <ul>
 *   <li>{@code score}: nDCG@10, P@5, MRR and recall@10 per system, for all queries and per class;
 *   <li>{@code pool DIR}: the top {@value #POOL} of every system, merged, shuffled and without the
 *       system's name, for each query, minus what is judged already: what a judge reads.
 * </ul>
 *
 * Grades: 0 not relevant, 1 touches the subject, 2 relevant, 3 about exactly this. Relevant for
 * P@5, MRR and recall is grade 2 or more; nDCG uses gain 2^grade - 1. Unjudged documents count as
 * 0.
 */
public final class QualityEval {

  static final int POOL = 20;

  /** How deep each system's ranking is pooled for judging. */
  static final int JUDGE_DEPTH = Integer.getInteger("quality.depth", 20);

  record Query(String id, String kind, String text) {}

  public static void main(String[] args) throws Exception {
    Path home = Path.of(System.getProperty("quality.home", "bench/quality"));
    List<Query> queries = queries(home.resolve("queries.tsv"));
    Map<String, Map<String, Integer>> judged = judgments(home.resolve("judgments.tsv"));
    long start = System.nanoTime();
    List<Doc> docs =
        Collection.read(
            Path.of(System.getProperty("quality.samples")),
            Path.of(System.getProperty("quality.demo")),
            Path.of(System.getProperty("quality.corpus")));
    System.out.printf(
        Locale.ROOT, "%d documents, %d queries, %d judgments%n",
        docs.size(), queries.size(), judged.values().stream().mapToInt(Map::size).sum());
    Path indexDir = Files.createTempDirectory("quality-index");
    // quality.systems=portal measures the portal alone, for a quick look while tuning.
    boolean all = !"portal".equals(System.getProperty("quality.systems"));
    List<Ranker> systems =
        all
            ? List.of(
                Systems.portal(docs, indexDir),
                Systems.postgres(
                    docs,
                    System.getProperty("quality.pg.url"),
                    System.getProperty("quality.pg.user", "leerkring"),
                    System.getProperty("quality.pg.password", "leerkring")),
                Systems.bm25(docs))
            : List.of(Systems.portal(docs, indexDir));
    System.out.printf(Locale.ROOT, "indexed in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Map<String, Map<String, List<String>>> runs = new LinkedHashMap<>();
    for (Ranker r : systems) {
      Map<String, List<String>> run = new HashMap<>();
      for (Query q : queries) {
        run.put(q.id(), r.rank(q.text(), POOL));
      }
      runs.put(r.name(), run);
      r.close();
    }
    if (args.length > 1 && args[0].equals("pool")) {
      pool(Path.of(args[1]), queries, judged, runs, docs);
    } else {
      score(queries, judged, runs);
      for (String id : System.getProperty("quality.show", "").split(",")) {
        if (id.isBlank()) {
          continue;
        }
        for (var run : runs.entrySet()) {
          List<String> ranked = run.getValue().getOrDefault(id, List.of());
          System.out.println(id + " " + run.getKey() + ": " + ranked.stream().limit(10)
              .map(d -> d.replaceAll("^(bwb:|demo:|sample:)", "").replaceAll("\\.txt$", "")
                  + "=" + grade(judged.getOrDefault(id, Map.of()), d))
              .collect(Collectors.joining(" ")));
        }
      }
      String perQuery = System.getProperty("quality.perQuery");
      if (perQuery != null) {
        StringBuilder out = new StringBuilder("query");
        runs.keySet().forEach(name -> out.append('\t').append(name));
        out.append('\n');
        for (Query q : queries) {
          out.append(q.id()).append(' ').append(q.text());
          for (var run : runs.values()) {
            List<String> ranked = run.get(q.id());
            out.append(String.format(
                Locale.ROOT, "\t%.3f",
                ndcg(ranked.subList(0, Math.min(10, ranked.size())),
                    judged.getOrDefault(q.id(), Map.of()))));
          }
          out.append('\n');
        }
        Files.writeString(Path.of(perQuery), out.toString());
      }
    }
  }

  private static void score(
      List<Query> queries,
      Map<String, Map<String, Integer>> judged,
      Map<String, Map<String, List<String>>> runs) {
    Set<String> kinds = new LinkedHashSet<>();
    kinds.add("all");
    kinds.add(TUNE);
    kinds.add(HELD_OUT);
    queries.forEach(q -> kinds.add(q.kind()));
    System.out.printf(
        Locale.ROOT, "%-10s %-9s %4s %8s %6s %6s %9s %7s%n",
        "queries", "system", "n", "nDCG@10", "P@5", "MRR", "recall@10", "judged");
    for (String kind : kinds) {
      List<Query> set = queries.stream().filter(q -> in(q, kind)).toList();
      for (var run : runs.entrySet()) {
        double ndcg = 0, p5 = 0, mrr = 0, recall = 0, coverage = 0;
        for (Query q : set) {
          Map<String, Integer> grades = judged.getOrDefault(q.id(), Map.of());
          List<String> ranked = run.getValue().get(q.id());
          List<String> top = ranked.subList(0, Math.min(10, ranked.size()));
          ndcg += ndcg(top, grades);
          p5 += top.stream().limit(5).filter(d -> grade(grades, d) >= 2).count() / 5.0;
          for (int i = 0; i < top.size(); i++) {
            if (grade(grades, top.get(i)) >= 2) {
              mrr += 1.0 / (i + 1);
              break;
            }
          }
          long relevant = grades.values().stream().filter(g -> g >= 2).count();
          recall +=
              relevant == 0
                  ? 0
                  : top.stream().filter(d -> grade(grades, d) >= 2).count() / (double) relevant;
          coverage +=
              top.isEmpty() ? 1 : top.stream().filter(grades::containsKey).count() / (double) top.size();
        }
        int n = set.size();
        System.out.printf(
            Locale.ROOT, "%-10s %-9s %4d %8.3f %6.3f %6.3f %9.3f %6.0f%%%n",
            kind, run.getKey(), n, ndcg / n, p5 / n, mrr / n, recall / n, 100 * coverage / n);
      }
    }
  }

  /**
   * The two halves, fixed before any tuning: queries with an odd number are tuned on, those with
   * an even number are held out and only reported.
   */
  static final String TUNE = "tune", HELD_OUT = "held-out";

  private static boolean in(Query q, String set) {
    boolean odd = Integer.parseInt(q.id().substring(1)) % 2 == 1;
    return switch (set) {
      case "all" -> true;
      case TUNE -> odd;
      case HELD_OUT -> !odd;
      default -> q.kind().equals(set);
    };
  }

  static double ndcg(List<String> top, Map<String, Integer> grades) {
    double dcg = 0;
    for (int i = 0; i < top.size(); i++) {
      dcg += (Math.pow(2, grade(grades, top.get(i))) - 1) / log2(i + 2);
    }
    List<Integer> ideal = new ArrayList<>(grades.values());
    ideal.sort(Collections.reverseOrder());
    double idcg = 0;
    for (int i = 0; i < Math.min(10, ideal.size()); i++) {
      idcg += (Math.pow(2, ideal.get(i)) - 1) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static int grade(Map<String, Integer> grades, String doc) {
    return grades.getOrDefault(doc, 0);
  }

  /** Writes, per query, the unjudged pooled documents in a shuffled order, no system named. */
  private static void pool(
      Path out,
      List<Query> queries,
      Map<String, Map<String, Integer>> judged,
      Map<String, Map<String, List<String>>> runs,
      List<Doc> docs)
      throws IOException {
    Files.createDirectories(out);
    Map<String, Doc> byId = docs.stream().collect(Collectors.toMap(Doc::id, Function.identity()));
    int total = 0;
    for (Query q : queries) {
      Set<String> pooled = new LinkedHashSet<>();
      runs.values()
          .forEach(r -> pooled.addAll(r.get(q.id()).subList(0, Math.min(JUDGE_DEPTH, r.get(q.id()).size()))));
      pooled.removeAll(judged.getOrDefault(q.id(), Map.of()).keySet());
      List<String> shuffled = new ArrayList<>(pooled);
      Collections.shuffle(shuffled, new Random(q.id().hashCode()));
      if (shuffled.isEmpty()) {
        continue;
      }
      StringBuilder text = new StringBuilder();
      text.append("# ").append(q.id()).append(" [").append(q.text()).append("]\n");
      for (String id : shuffled) {
        Doc d = byId.get(id);
        text.append(q.id()).append('\t').append(id).append("\t?\t")
            .append(cut(d.title(), 140)).append(" (").append(d.body().length() / 1000)
            .append("k)\n");
        for (String s : Snippets.best(d.body(), q.text(), 3)) {
          text.append("      | ").append(s).append('\n');
        }
      }
      total += shuffled.size();
      Files.writeString(out.resolve(q.id() + ".txt"), text.toString());
    }
    System.out.println(total + " documents to judge in " + out);
  }

  static String cut(String s, int n) {
    String flat = s.replaceAll("\\s+", " ").strip();
    return flat.length() <= n ? flat : flat.substring(0, n) + "…";
  }

  private static List<Query> queries(Path file) throws IOException {
    List<Query> out = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.add(new Query(f[0], f[1], f[2]));
    }
    return out;
  }

  private static Map<String, Map<String, Integer>> judgments(Path file) throws IOException {
    Map<String, Map<String, Integer>> out = new HashMap<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      out.computeIfAbsent(f[0], k -> new HashMap<>()).put(f[1], Integer.parseInt(f[2].strip()));
    }
    return out;
  }
}
