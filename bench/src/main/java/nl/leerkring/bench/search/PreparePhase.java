package nl.leerkring.bench.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import nl.leerkring.bench.Machine;
import nl.leerkring.search.access.Scope;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.index.IndexHome;
import nl.leerkring.search.index.IndexedItem;
import nl.leerkring.search.index.SearchIndex;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/** Phase {@code prepare}: times indexing, builds the portal's live index and loads PostgreSQL. */
final class PreparePhase {

  private static final double MB = 1_000_000.0;

  private PreparePhase() {}

  static void prepare() throws Exception {
    Properties ids = SearchBenchmark.load(Path.of(SearchBenchmark.setting("ids")));
    Path data = Path.of(SearchBenchmark.setting("dataDir"));
    Path work = Path.of(SearchBenchmark.setting("work"));
    int docs = SearchBenchmark.number("docs");
    Machine.print(false);

    long t0 = System.nanoTime();
    List<Corpus.Law> laws = Corpus.read(Path.of(SearchBenchmark.setting("corpus")));
    long corpusChars = laws.stream().mapToLong(l -> l.body().length()).sum();
    System.out.printf(
        Locale.ROOT,
        "corpus:     %s: %,d documents, %,d body characters (%.0f MB as UTF-8 ≈), read and parsed in %.1f s (not in any figure)%n",
        SearchBenchmark.setting("corpus"),
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
    RunFiles.save(Path.of(SearchBenchmark.setting("results")), out);
  }

  /** (3) the corpus through the portal's pipeline and through raw Lucene. */
  static void indexing(List<Corpus.Law> laws, Properties ids, Path work, Map<String, String> out)
      throws Exception {
    System.out.println();
    System.out.println(
        "INDEXING (3): all "
            + laws.size()
            + " corpus documents, whole bodies, one thread, into a new directory on "
            + RunFiles.fileStore(work)
            + "; commit included; corpus already in memory");
    List<IndexedItem> items = new ArrayList<>(laws.size());
    for (int j = 0; j < laws.size(); j++) {
      items.add(item(Corpus.whole(laws, j), ids));
    }
    long bytes = laws.stream().mapToLong(l -> (long) l.title().length() + l.body().length()).sum();

    Path portalDir = work.resolve("index-portal");
    RunFiles.deleteTree(portalDir);
    System.gc();
    long t0 = System.nanoTime();
    try (SearchIndex index = SearchIndex.open(portalDir)) {
      for (IndexedItem item : items) {
        index.upsert(item);
      }
      index.commit(0);
    }
    double portalS = (System.nanoTime() - t0) / 1e9;
    long portalSize = RunFiles.treeSize(portalDir);

    Path rawDir = work.resolve("index-raw");
    RunFiles.deleteTree(rawDir);
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
    long rawSize = RunFiles.treeSize(rawDir);

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
    out.put("index.portal.s", SearchBenchmark.fmt(portalS));
    out.put("index.raw.s", SearchBenchmark.fmt(rawS));
    out.put("index.docs", String.valueOf(laws.size()));
    RunFiles.deleteTree(portalDir);
    RunFiles.deleteTree(rawDir);
  }

  /** The N-document index as the live generation of the portal's index directory. */
  static void build(
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
        RunFiles.treeSize(dir) / MB,
        sequence);
    out.put("build.s", SearchBenchmark.fmt(s));
  }

  static void loadPostgres(List<Corpus.Law> laws, Properties ids, int docs, Map<String, String> out)
      throws Exception {
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
      out.put("pg.load.s", SearchBenchmark.fmt((t[0] + t[1] + t[2]) / 1e3));
    }
  }

  static Postgres postgres() throws Exception {
    return new Postgres(
        SearchBenchmark.setting("pgUrl"),
        SearchBenchmark.setting("pgUser"),
        SearchBenchmark.setting("pgPassword"));
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
}
