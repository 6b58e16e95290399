package nl.leerkring.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The highlighted passages of a page of hits: up to three passages of each hit's body with the
 * words the user's query matched in {@code <mark>}, HTML-escaped, separated by NUL.
 *
 * <p>What makes it cheap (F12), each measured with a profiler on the search benchmark:
 *
 * <ul>
 *   <li>Offsets come from the postings for every query, prefix and wildcard words too. Lucene's
 *       highlighter would analyse the whole body again for those (a fifth of its cost with the
 *       Dutch compound analysis); the body is indexed with offsets, and its matches API finds the
 *       words a prefix matched in the document itself — the words that made it a hit.
 *   <li>The body is the one {@link Hits#read} already read with the hit's other stored fields, not
 *       read and decompressed a second time.
 *   <li>The JDK's sentence boundaries are read forward once per body and kept ({@link
 *       SentenceBreaks}), not found again around every match.
 *   <li>Passages are ranked by Lucene's own formula, without a hash table per passage.
 * </ul>
 *
 * <p>Public, with Lucene types, for one caller only: the search benchmark's raw Lucene path, which
 * must do the portal's work with the same highlighter. The portal reaches it through {@link
 * SearchIndex}.
 *
 * <p>NOTE: thread-safe; holds only the query analyzer, which Lucene shares between threads.
 */
public final class Passages {

  private static final int SNIPPETS = 3;

  private final Analyzer queryAnalyzer;

  public Passages(Analyzer queryAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
  }

  /**
   * The formatted passages of each hit, in the order of {@code page}; an element is null when its
   * body has nothing to show.
   *
   * @param user the user's query alone: the access filter and facet filters must not highlight
   * @param bodies the body of each hit, in the order of {@code page}
   */
  public String[] of(IndexSearcher s, Query user, ScoreDoc[] page, String[] bodies)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    Map<Integer, String> byDoc = new HashMap<>();
    for (int i = 0; i < page.length; i++) {
      byDoc.put(page[i].doc, bodies[i] == null ? "" : bodies[i]);
    }
    TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    Map<String, String[]> passages =
        new Highlighter(s, queryAnalyzer, byDoc)
            .highlightFields(new String[] {Fields.BODY}, user, docs, new int[] {SNIPPETS});
    return passages.getOrDefault(Fields.BODY, new String[page.length]);
  }

  private static final class Highlighter extends UnifiedHighlighter {
    private final Map<Integer, String> bodies;

    Highlighter(IndexSearcher s, Analyzer analyzer, Map<Integer, String> bodies) {
      super(
          UnifiedHighlighter.builder(s, analyzer)
              .withMaxLength(1_000_000)
              .withBreakIterator(SentenceBreaks::new)
              .withScorer(new Scorer())
              .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u0000", true)));
      this.bodies = bodies;
    }

    @Override
    protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
      OffsetSource chosen = super.getOptimizedOffsetSource(components);
      FieldInfo info = getFieldInfo(components.getField());
      boolean offsetsIndexed =
          info != null
              && info.getIndexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
      // Lucene analyses the text again for a prefix or wildcard; weight matches (the builder's
      // default) read any query's offsets from the postings instead.
      return chosen == OffsetSource.ANALYSIS && offsetsIndexed && weightMatches(components)
          ? OffsetSource.POSTINGS
          : chosen;
    }

    @Override
    protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
      return source == OffsetSource.POSTINGS && weightMatches(components)
          ? new SharedWeightMatches(components, searcher)
          : super.getOffsetStrategy(source, components);
    }

    private static boolean weightMatches(UHComponents components) {
      return components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docs, int cacheCharsThreshold) throws IOException {
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        values.add(new CharSequence[] {bodies.getOrDefault(doc, "")});
      }
      return values;
    }
  }

  /**
   * Offsets from the postings through the query's matches, as Lucene's own postings strategy, but
   * with one rewrite and one weight for the page rather than one of each per hit.
   */
  private static final class SharedWeightMatches extends FieldOffsetStrategy {
    private final IndexSearcher searcher;
    private Weight weight;

    SharedWeightMatches(UHComponents components, IndexSearcher searcher) {
      super(components);
      // Matches need no scores: a plain searcher over the same reader, without the query cache.
      this.searcher = new IndexSearcher(searcher.getIndexReader());
      this.searcher.setQueryCache(null);
    }

    @Override
    public UnifiedHighlighter.OffsetSource getOffsetSource() {
      return UnifiedHighlighter.OffsetSource.POSTINGS;
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
        throws IOException {
      if (weight == null) {
        Query query = searcher.rewrite(components.getQuery());
        weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
      }
      LeafReaderContext leaf = leafOf(reader);
      if (leaf == null) {
        // A reader the page's searcher does not hold (none today): Lucene's way, per document.
        return createOffsetsEnumFromReader(reader, docId);
      }
      Matches matches = weight.matches(leaf, docId);
      MatchesIterator body = matches == null ? null : matches.getMatches(getField());
      return body == null ? OffsetsEnum.EMPTY : new OffsetsEnum.OfMatchesIteratorWithSubs(body);
    }

    private LeafReaderContext leafOf(LeafReader reader) {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        if (leaf.reader() == reader) {
          return leaf;
        }
      }
      return null;
    }
  }

  /** Lucene's passage score (BM25 of the passage's words, boosted early in the text). */
  private static final class Scorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
      int matches = passage.getNumMatches();
      BytesRef[] terms = passage.getMatchTerms();
      double score = 0d;
      for (int i = 0; i < matches; i++) {
        if (firstOf(terms, i)) {
          int inPassage = 0;
          for (int j = i; j < matches; j++) {
            if (terms[j].equals(terms[i])) {
              inPassage++;
            }
          }
          score +=
              tf(inPassage, passage.getLength())
                  * weight(contentLength, passage.getMatchTermFreqsInDoc()[i]);
        }
      }
      return (float) (score * norm(passage.getStartOffset()));
    }

    private static boolean firstOf(BytesRef[] terms, int i) {
      for (int j = 0; j < i; j++) {
        if (terms[j].equals(terms[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
