package nl.leerkring.bench.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.search.access.AccessFilter;
import nl.leerkring.search.analysis.DutchAnalysis;
import nl.leerkring.search.index.Facet;
import nl.leerkring.search.index.Passages;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;

/**
 * The same search as the portal's, written with plain Lucene calls in this JVM, on the portal's own
 * index directory opened read-only: the user query parsed with the same analyzer and parser
 * settings, the same facet filters, the same access filter ({@link AccessFilter#restrict} plus the
 * portal's folding of the viewer's own publications), top 10 with a {@link FacetsCollector}, the
 * six facet counts, three highlighted body passages per hit with the {@link UnifiedHighlighter},
 * and the stored fields of the hits. What it leaves out is what the portal adds around Lucene:
 * HTTP, JAX-RS, security, the viewer lookup, JSON, citations.
 */
final class RawLucene implements Closeable {

  /** One answer, reduced to what is checked against the portal's. */
  record Answer(long total, int hits, int snippets, int facetValues, String[] passages) {}

  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final SortedSetDocValuesReaderState state;
  private final Analyzer analyzer = DutchAnalysis.querying();
  private final Passages passages = new Passages(analyzer);

  RawLucene(Path indexRoot) throws IOException {
    String live = Files.readString(indexRoot.resolve("CURRENT"), StandardCharsets.UTF_8).strip();
    this.directory = FSDirectory.open(indexRoot.resolve(live));
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.state = new DefaultSortedSetDocValuesReaderState(reader, facetsConfig());
  }

  int numDocs() {
    return reader.numDocs();
  }

  /** The portal's work as it is now: {@link Work#NEW}. */
  Answer search(Queries.Query q, Viewer viewer, boolean accessFilter) throws IOException {
    return search(q, viewer, accessFilter, Work.NEW);
  }

  /**
   * What one search costs, before and after F12 made it cheaper. Both do the same work (query,
   * access filter, top 10, six facets, three passages per hit, the hits' stored fields); they
   * differ in how.
   */
  enum Work {
    /**
     * As the portal did before F12: Lucene's highlighter with its defaults (the JDK's sentence
     * iterator, the text analysed again for a prefix or wildcard, its own read of each body), and
     * each hit's stored fields read again.
     */
    TODAY,
    /** As the portal does now: the portal's own {@link Passages}, each hit read once. */
    NEW
  }

  Answer search(Queries.Query q, Viewer viewer, boolean accessFilter, Work work)
      throws IOException {
    Query user = parse(q.q());
    Query filtered = filtered(user, q.filters());
    Query query = accessFilter ? readable(filtered, viewer) : filtered;
    FacetsCollector collector = new FacetsCollector();
    TopDocs top =
        q.q().isBlank()
            ? FacetsCollector.search(searcher, query, 10, byDate(), false, collector)
            : FacetsCollector.search(searcher, query, 10, collector);
    ScoreDoc[] page = top.scoreDocs;
    var stored = searcher.storedFields();
    List<Document> docs = new ArrayList<>(page.length);
    String[] formatted;
    if (work == Work.TODAY) {
      formatted = page.length == 0 ? new String[0] : highlightAsBefore(user, page);
      for (ScoreDoc sd : page) {
        docs.add(stored.document(sd.doc));
      }
    } else {
      String[] bodies = new String[page.length];
      for (int i = 0; i < page.length; i++) {
        docs.add(stored.document(page[i].doc));
        bodies[i] = docs.get(i).get("body");
      }
      formatted = passages.of(searcher, user, page, bodies);
    }
    int snippets = 0;
    for (String p : formatted) {
      if (p != null) {
        snippets += (int) Arrays.stream(p.split("\u0000")).filter(s -> !s.isBlank()).count();
      }
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    int facetValues = 0;
    for (Facet facet : Facet.values()) {
      FacetResult r;
      try {
        r = counts.getTopChildren(facet == Facet.YEAR ? 50 : 20, facet.param());
      } catch (IllegalArgumentException noSuchDimension) {
        r = null;
      }
      facetValues += r == null ? 0 : r.labelValues.length;
    }
    return new Answer(top.totalHits.value, docs.size(), snippets, facetValues, formatted);
  }

  private String[] highlightAsBefore(Query user, ScoreDoc[] page) throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withMaxLength(1_000_000)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u0000", true))
            .build();
    return highlighter
        .highlightFields(
            new String[] {"body"},
            user,
            new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page),
            new int[] {3})
        .getOrDefault("body", new String[page.length]);
  }

  /**
   * As the portal's UserQuery: title^2, body and meta^0.5 (themes, wijken, type, gemeente, number),
   * AND between words, no leading wildcards.
   */
  private Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(
            new String[] {"title", "body", "meta"},
            analyzer,
            Map.of("title", 2f, "body", 1f, "meta", 0.5f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    parser.setSplitOnWhitespace(true);
    try {
      return parser.parse(text.replaceAll("(?<!\\\\)/", "\\\\/"));
    } catch (ParseException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static Query filtered(Query user, Map<Facet, String> filters) {
    if (filters.isEmpty()) {
      return user;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, Occur.MUST);
    filters.forEach(
        (facet, value) ->
            b.add(
                new TermQuery(new Term("filter." + facet.param(), value.toLowerCase(Locale.ROOT))),
                Occur.FILTER));
    return b.build();
  }

  /** The access filter, and the viewer's own publications folded into their workspace copies. */
  private static Query readable(Query query, Viewer viewer) {
    BooleanQuery restricted = AccessFilter.restrict(query, viewer);
    if (viewer.homeTenant().isEmpty()) {
      return restricted;
    }
    Query ownPublication =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("kind", "publication")), Occur.FILTER)
            .add(AccessFilter.ownedBy(viewer.homeTenant().get()), Occur.FILTER)
            .build();
    return new BooleanQuery.Builder()
        .add(restricted, Occur.MUST)
        .add(ownPublication, Occur.MUST_NOT)
        .build();
  }

  private static Sort byDate() {
    SortField date = new SortField("date.sort", SortField.Type.LONG, true);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }

  static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(Facet.THEME.param(), true);
    config.setMultiValued(Facet.WIJK.param(), true);
    for (Facet facet : Facet.values()) {
      config.setDrillDownTermsIndexing(facet.param(), FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return config;
  }

  @Override
  public void close() throws IOException {
    reader.close();
    directory.close();
  }
}
