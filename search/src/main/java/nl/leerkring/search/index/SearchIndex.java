package nl.leerkring.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.leerkring.search.access.AccessFilter;
import nl.leerkring.search.analysis.DutchAnalysis;
import nl.leerkring.tenants.tenancy.Viewer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene index: a single {@link IndexWriter} for its lifetime and searchers from a {@link
 * SearcherManager}. Every way of reading it ({@link #search}, {@link #suggest}, {@link #similar})
 * takes the {@link Viewer} and wraps its query in {@link AccessFilter#restrict}: there is no method
 * that reads without one.
 *
 * <p>Writes become visible to searches at the next {@link #refresh()}, and durable at the next
 * {@link #commit(long)}, which also records the change-log position the index has applied.
 *
 * <p>NOTE: thread-safe. Writes and searches may run concurrently from any thread; {@link #close()}
 * must not race with them (the owner swaps indexes before closing the old one).
 */
public final class SearchIndex implements Closeable {

  /**
   * Bump when the fields, their analysis or what the portal puts in them change: an index of
   * another version is rebuilt. 3: published cards and uses have kind {@code shared}. 4: the id has
   * doc values, the last tie-break of every order. 5: the text of uses and cards names methods and
   * days in words (no ids, slugs or ISO dates), and meetings are indexed. 7: compounds are split
   * with the OpenTaal lexicon into the field {@code parts}; title and text hold whole words.
   */
  public static final int SCHEMA_VERSION = 7;

  static final String SCHEMA_KEY = "schema";
  static final String SEQUENCE_KEY = "sequence";

  /**
   * Words with one prefix checked for a suggestion at most: a guard, far above real vocabularies.
   */
  private static final int SUGGESTION_WORDS = 50_000;

  /** Access filters whose readable statistics one searcher keeps; then it starts afresh. */
  private static final int STATISTICS_KEPT = 512;

  private final Path path;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = ItemDocuments.facetsConfig();
  private final Analyzer queryAnalyzer = DutchAnalysis.querying();
  private final Analyzer indexAnalyzer = DutchAnalysis.indexing();
  private final Passages passages = new Passages(queryAnalyzer);
  private volatile long sequence;

  private SearchIndex(Path path) throws IOException {
    this.path = path;
    this.directory = FSDirectory.open(path);
    Map<String, Analyzer> perField =
        Map.of(Fields.WORDS, DutchAnalysis.words(), Fields.PARTS, DutchAnalysis.parts());
    IndexWriterConfig config =
        new IndexWriterConfig(new PerFieldAnalyzerWrapper(indexAnalyzer, perField))
            .setSimilarity(Ranking.SIMILARITY)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
            .setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, new FacetedSearcherFactory(facets));
    this.sequence = committed(writer, SEQUENCE_KEY).map(Long::parseLong).orElse(0L);
  }

  /**
   * Opens the index in this directory, creating it when empty.
   *
   * @throws UncheckedIOException when the directory cannot be read or written
   */
  public static SearchIndex open(Path path) {
    try {
      return new SearchIndex(path);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot open the search index at " + path, e);
    }
  }

  /** The schema version recorded in the last commit, if any was made. */
  public Optional<Integer> schemaVersion() {
    return committed(writer, SCHEMA_KEY).map(Integer::parseInt);
  }

  /** The change-log position recorded by the last {@link #commit(long)}; 0 for a new index. */
  public long sequence() {
    return sequence;
  }

  public Path path() {
    return path;
  }

  // --- writing ---

  /** Adds the item, or replaces the item with the same id. */
  public void upsert(IndexedItem item) {
    try {
      writer.updateDocument(
          new Term(Fields.ID, item.id()), facets.build(ItemDocuments.toDocument(item)));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot index " + item.id(), e);
    }
  }

  /** Removes the item; nothing happens when it is not there. */
  public void delete(String id) {
    try {
      writer.deleteDocuments(new Term(Fields.ID, id));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + id + " from the index", e);
    }
  }

  /** Makes everything written so far durable, with the change-log position it reflects. */
  public void commit(long appliedSequence) {
    try {
      writer.setLiveCommitData(
          Map.of(
                  SCHEMA_KEY, String.valueOf(SCHEMA_VERSION),
                  SEQUENCE_KEY, String.valueOf(appliedSequence))
              .entrySet());
      writer.commit();
      sequence = appliedSequence;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot commit the search index", e);
    }
  }

  /** Makes recent writes visible to searches, if any; cheap when nothing changed. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot refresh the search index", e);
    }
  }

  /**
   * Every item in the index (as of the last refresh) with its {@link IndexedItem#fingerprint()}:
   * what reconciliation compares with the database. Not for viewers.
   */
  public Map<String, String> fingerprints() {
    return withSearcher(
        s -> {
          Map<String, String> all = new HashMap<>();
          Set<String> wanted = Set.of(Fields.ID, Fields.FINGERPRINT);
          for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              if (live == null || live.get(doc)) {
                Document d = stored.document(doc, wanted);
                all.put(d.get(Fields.ID), String.valueOf(d.get(Fields.FINGERPRINT)));
              }
            }
          }
          return all;
        });
  }

  /** Documents in the index, as of the last refresh. */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  /**
   * The searched reader's segments and the references to it besides the manager's own (searches
   * under way): in a long run, a reader that is never released shows as a count that only grows.
   */
  public ReaderFigures readerFigures() {
    return withSearcher(
        s ->
            new ReaderFigures(
                s.getIndexReader().leaves().size(), s.getIndexReader().getRefCount() - 2));
  }

  // --- reading, always as a viewer ---

  /** A page of hits with facets and highlighted passages, over what the viewer may open. */
  public SearchResult search(SearchRequest request, Viewer viewer) {
    Objects.requireNonNull(request, "A search request is required.");
    checkPage(request.page(), request.size(), SearchRequest.MAX_SIZE);
    Query user = UserQuery.parse(request.query());
    Query query = readable(filtered(user, request.filters()), viewer);
    return asViewer(viewer, (s, facetState, stats) -> run(s, facetState, request, user, query));
  }

  /**
   * Hits for an export, at most {@link SearchRequest#MAX_WINDOW}: metadata with the highlighted
   * passages and the passage a citation quotes, as on a page of hits; no facets.
   */
  public SearchResult export(SearchRequest request, Viewer viewer) {
    Query user = UserQuery.parse(request.query());
    Query query = readable(filtered(user, request.filters()), viewer);
    return asViewer(
        viewer,
        (s, facetState, stats) -> {
          TopDocs top = s.search(query, SearchRequest.MAX_WINDOW, sort(request.order()), true);
          List<SearchResult.Hit> hits = page(s, user, top.scoreDocs);
          return new SearchResult(top.totalHits.value, 1, hits.size(), hits, Map.of());
        });
  }

  /**
   * Words that start with the prefix and occur in the titles, themes or wijken of items the viewer
   * may open, most frequent (among those items) first.
   */
  public List<String> suggest(String prefix, Viewer viewer, int max) {
    String normalized = prefix == null ? "" : prefix.strip().toLowerCase(java.util.Locale.ROOT);
    if (normalized.length() < 2 || normalized.length() > 50 || max < 1) {
      return List.of();
    }
    return asViewer(
        viewer,
        (s, facetState, stats) -> {
          Terms terms = MultiTerms.getTerms(s.getIndexReader(), Fields.WORDS);
          if (terms == null) {
            return List.of();
          }
          // Every word with the prefix is counted over readable items: choosing candidates by
          // their frequency in the whole index would let others' private words push out (and so
          // reveal) the viewer's own.
          record Counted(String word, int count) {}
          List<Counted> found = new ArrayList<>();
          TermsEnum words = terms.iterator();
          BytesRef start = new BytesRef(normalized);
          int checked = 0;
          if (words.seekCeil(start) != TermsEnum.SeekStatus.END) {
            do {
              String word = words.term().utf8ToString();
              if (!word.startsWith(normalized)) {
                break;
              }
              int count = stats.docFreq(new Term(Fields.WORDS, word));
              if (count > 0) {
                found.add(new Counted(word, count));
              }
            } while (words.next() != null && ++checked < SUGGESTION_WORDS);
          }
          return found.stream()
              .sorted(
                  Comparator.comparingInt(Counted::count).reversed().thenComparing(Counted::word))
              .limit(max)
              .map(Counted::word)
              .toList();
        });
  }

  /**
   * Items like the given one, among those the viewer may open. An item the viewer may not open is
   * {@code NOT_FOUND}, exactly as one that does not exist.
   */
  public SearchResult similar(String id, Viewer viewer, int size) {
    checkPage(1, size, SearchRequest.MAX_SIZE);
    return asViewer(
        viewer,
        (s, facetState, stats) -> {
          // Whether the viewer may open the source, not whether search would list it: a member
          // opens their own publication in the catalog, though search folds it into the workspace
          // copy.
          TopDocs self =
              s.search(AccessFilter.restrict(new TermQuery(new Term(Fields.ID, id)), viewer), 1);
          if (self.scoreDocs.length == 0) {
            throw new SearchException(
                SearchException.Kind.NOT_FOUND,
                SearchException.Reason.ITEM_NOT_FOUND,
                "No item '" + id + "'.",
                id);
          }
          Document source =
              s.storedFields().document(self.scoreDocs[0].doc, Set.of(Fields.TITLE, Fields.BODY));
          Query like =
              SimilarTerms.like(
                  source, new String[] {Fields.TITLE, Fields.BODY}, indexAnalyzer, stats);
          Query others =
              new BooleanQuery.Builder()
                  .add(like, Occur.MUST)
                  .add(new TermQuery(new Term(Fields.ID, id)), Occur.MUST_NOT)
                  .build();
          SearchRequest request =
              new SearchRequest("", Map.of(), SearchRequest.Order.RELEVANCE, 1, size);
          return run(s, facetState, request, like, readable(others, viewer));
        });
  }

  @Override
  public void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot close the search index at " + path, e);
    }
  }

  // --- internals ---

  /** The only way a query reaches the searcher: restricted to the viewer, own copies folded. */
  private static Query readable(Query query, Viewer viewer) {
    Objects.requireNonNull(viewer, "A viewer is required; use Viewer.anonymous() for nobody.");
    BooleanQuery restricted = AccessFilter.restrict(query, viewer);
    if (viewer.homeTenant().isEmpty()) {
      return restricted;
    }
    // A member reads their own document in the workspace; its published copy would be a duplicate.
    // (A shared item, such as a method card, has no workspace copy in the index: never folded.)
    Query ownPublication =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.KIND, "publication")), Occur.FILTER)
            .add(AccessFilter.ownedBy(viewer.homeTenant().get()), Occur.FILTER)
            .build();
    return new BooleanQuery.Builder()
        .add(restricted, Occur.MUST)
        .add(ownPublication, Occur.MUST_NOT)
        .build();
  }

  private Query filtered(Query user, Map<Facet, String> filters) {
    if (filters.isEmpty()) {
      return user;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(user, Occur.MUST);
    filters.forEach(
        (facet, value) ->
            b.add(
                new TermQuery(
                    new Term(
                        ItemDocuments.filterField(facet),
                        value.toLowerCase(java.util.Locale.ROOT))),
                Occur.FILTER));
    return b.build();
  }

  private SearchResult run(
      IndexSearcher s,
      SortedSetDocValuesReaderState facetState,
      SearchRequest request,
      Query user,
      Query query)
      throws IOException {
    // In long arithmetic: a page number from a URL times the size must not overflow into a
    // negative window.
    long end = (long) request.page() * request.size();
    if (end > SearchRequest.MAX_WINDOW) {
      int total = s.count(query);
      return new SearchResult(
          total, request.page(), request.size(), List.of(), FacetCounts.of(s, facetState, query));
    }
    int window = (int) end;
    FacetsCollector collector = new FacetsCollector();
    // Ordered by date, no scores are computed: a hit's score is then 0, as documented. Ties end
    // on the id, so an order never depends on where a document sits in the index.
    boolean byRelevance = request.order() != SearchRequest.Order.DATE;
    TopDocs top =
        FacetsCollector.search(s, query, window, sort(request.order()), byRelevance, collector);
    int from = (request.page() - 1) * request.size();
    ScoreDoc[] page =
        from >= top.scoreDocs.length
            ? new ScoreDoc[0]
            : Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    List<SearchResult.Hit> hits = page(s, user, page);
    return new SearchResult(
        top.totalHits.value,
        request.page(),
        request.size(),
        hits,
        FacetCounts.of(facetState, collector));
  }

  /**
   * The hits with their passages, at most a page's largest size at a time: an export must not hold
   * ten thousand bodies at once.
   */
  private List<SearchResult.Hit> page(IndexSearcher s, Query user, ScoreDoc[] page)
      throws IOException {
    List<SearchResult.Hit> hits = new ArrayList<>(page.length);
    for (int from = 0; from < page.length; from += SearchRequest.MAX_SIZE) {
      ScoreDoc[] chunk =
          Arrays.copyOfRange(page, from, Math.min(page.length, from + SearchRequest.MAX_SIZE));
      Document[] docs = Hits.read(s, chunk);
      hits.addAll(Hits.page(chunk, docs, passages.of(s, user, chunk, Hits.bodies(docs))));
    }
    return hits;
  }

  private static Sort sort(SearchRequest.Order order) {
    SortField byId = new SortField(Fields.ID_SORT, SortField.Type.STRING);
    if (order == SearchRequest.Order.RELEVANCE) {
      return new Sort(SortField.FIELD_SCORE, newestFirst(), byId);
    }
    return new Sort(newestFirst(), SortField.FIELD_SCORE, byId);
  }

  private static SortField newestFirst() {
    SortField byDate = new SortField(Fields.DATE_SORT, SortField.Type.LONG, true);
    byDate.setMissingValue(Long.MIN_VALUE);
    return byDate;
  }

  private static void checkPage(int page, int size, int maxSize) {
    if (page < 1) {
      throw new SearchException(
          SearchException.Kind.INVALID,
          SearchException.Reason.PAGE_BELOW_ONE,
          "The page must be 1 or more.");
    }
    if (size < 1 || size > maxSize) {
      throw new SearchException(
          SearchException.Kind.INVALID,
          SearchException.Reason.PAGE_SIZE,
          "The page size must be between 1 and " + maxSize + ".",
          maxSize);
    }
  }

  private static Optional<String> committed(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data == null) {
      return Optional.empty();
    }
    for (Map.Entry<String, String> e : data) {
      if (e.getKey().equals(key)) {
        return Optional.ofNullable(e.getValue());
      }
    }
    return Optional.empty();
  }

  private <T> T withSearcher(SearchWork<T> work) {
    IndexSearcher s;
    try {
      s = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return work.apply(s);
    } catch (IOException e) {
      throw new UncheckedIOException("The search index failed to answer", e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new SearchException(
          SearchException.Kind.INVALID,
          SearchException.Reason.PREFIX_MATCHES_TOO_MUCH,
          "The query matches too many different words; use a longer prefix before *.");
    } finally {
      try {
        searchers.release(s);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  @FunctionalInterface
  private interface SearchWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  @FunctionalInterface
  private interface ViewerWork<T> {
    /**
     * @param scoring a searcher whose ranking statistics come from the viewer's readable items
     * @param facetState the facet ordinals of its reader, or null when nothing has facets yet
     * @param readable the viewer's statistics, for choices made outside a query
     */
    T apply(
        IndexSearcher scoring,
        SortedSetDocValuesReaderState facetState,
        ReadableStatistics readable)
        throws IOException;
  }

  /** Work for one viewer on the current searcher, with statistics over what they may open. */
  private <T> T asViewer(Viewer viewer, ViewerWork<T> work) {
    Query access = AccessFilter.forViewer(viewer);
    return withSearcher(
        s -> {
          FacetedSearcher base = (FacetedSearcher) s;
          ReadableStatistics stats = base.statistics(access);
          return work.apply(stats.searcher(base), base.state, stats);
        });
  }

  /**
   * A searcher with the facet ordinals of its reader, built once per refresh, not per query, and
   * the readable statistics of the access filters that asked, kept until the next refresh.
   */
  private static final class FacetedSearcher extends IndexSearcher {
    final SortedSetDocValuesReaderState state;
    private final Map<Query, ReadableStatistics> statistics = new ConcurrentHashMap<>();

    ReadableStatistics statistics(Query access) throws IOException {
      ReadableStatistics known = statistics.get(access);
      if (known != null) {
        return known;
      }
      ReadableStatistics made = ReadableStatistics.of(this, access);
      if (statistics.size() >= STATISTICS_KEPT) {
        statistics.clear();
      }
      ReadableStatistics raced = statistics.putIfAbsent(access, made);
      return raced == null ? made : raced;
    }

    FacetedSearcher(IndexReader reader, FacetsConfig config) throws IOException {
      super(reader);
      setSimilarity(Ranking.SIMILARITY);
      this.state =
          hasFacets(reader) ? new DefaultSortedSetDocValuesReaderState(reader, config) : null;
    }

    private static boolean hasFacets(IndexReader reader) throws IOException {
      return reader.leaves().stream()
          .anyMatch(
              l ->
                  l.reader().getFieldInfos().fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME)
                      != null);
    }
  }

  private static final class FacetedSearcherFactory extends SearcherFactory {
    private final FacetsConfig config;

    FacetedSearcherFactory(FacetsConfig config) {
      this.config = config;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      return new FacetedSearcher(reader, config);
    }
  }
}
