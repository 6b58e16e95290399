package nl.leerkring.search.index;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The highlighted passages of a page of hits: up to three passages of each hit's body with the
 * words the user's query matched in {@code <mark>}, HTML-escaped, separated by NUL.
 *
 * <p>NOTE: thread-safe; holds only the query analyzer, which Lucene shares between threads.
 */
final class Passages {

  private static final int SNIPPETS = 3;

  private final Analyzer queryAnalyzer;

  Passages(Analyzer queryAnalyzer) {
    this.queryAnalyzer = queryAnalyzer;
  }

  /**
   * The formatted passages of each hit, in the order of {@code page}; an element is null when its
   * body has nothing to show.
   *
   * @param user the user's query alone: the access filter and facet filters must not highlight
   */
  String[] of(IndexSearcher s, Query user, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    TopDocs docs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
    Map<String, String[]> passages =
        highlighter(s)
            .highlightFields(new String[] {Fields.BODY}, user, docs, new int[] {SNIPPETS});
    return passages.getOrDefault(Fields.BODY, new String[page.length]);
  }

  private UnifiedHighlighter highlighter(IndexSearcher s) {
    return UnifiedHighlighter.builder(s, queryAnalyzer)
        .withMaxLength(1_000_000)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u0000", true))
        .build();
  }
}
