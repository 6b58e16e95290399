package nl.leerkring.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Chooses the words that describe an item for "similar items", as Lucene's {@code MoreLikeThis}
 * does (words frequent in the item and rare elsewhere, by tf·idf), but with how rare a word is
 * counted over the viewer's readable documents only: {@code MoreLikeThis} reads document
 * frequencies from the whole index, so another gemeente's private text would change which words are
 * chosen, and so which items are shown.
 *
 * <p>NOTE: stateless; thread-safe.
 */
final class SimilarTerms {

  static final int MIN_TERM_FREQ = 2;
  static final int MIN_DOC_FREQ = 2;
  static final int MAX_TERMS = 25;
  static final int MAX_TOKENS = 20_000;

  private SimilarTerms() {}

  private record Scored(Term term, double score) {}

  /** A query of the item's most telling words, or an empty query when none is telling. */
  static Query like(Document item, String[] fields, Analyzer analyzer, ReadableStatistics stats)
      throws IOException {
    List<Scored> scored = new ArrayList<>();
    int docs = Math.max(1, stats.readableCount());
    for (String field : fields) {
      for (Map.Entry<String, Integer> e : frequencies(item, field, analyzer).entrySet()) {
        if (e.getValue() < MIN_TERM_FREQ) {
          continue;
        }
        Term term = new Term(field, e.getKey());
        int docFreq = stats.docFreq(term);
        if (docFreq < MIN_DOC_FREQ) {
          continue;
        }
        double idf = Math.log((docs + 1.0) / (docFreq + 1.0)) + 1.0;
        scored.add(new Scored(term, e.getValue() * idf));
      }
    }
    scored.sort(
        Comparator.comparingDouble(Scored::score)
            .reversed()
            .thenComparing(s -> s.term().field())
            .thenComparing(s -> s.term().text()));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    scored.stream().limit(MAX_TERMS).forEach(s -> query.add(new TermQuery(s.term()), Occur.SHOULD));
    return query.build();
  }

  private static Map<String, Integer> frequencies(Document item, String field, Analyzer analyzer)
      throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    int tokens = 0;
    for (String value : item.getValues(field)) {
      try (TokenStream stream = analyzer.tokenStream(field, value)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (tokens < MAX_TOKENS && stream.incrementToken()) {
          tokens++;
          counts.merge(term.toString(), 1, Integer::sum);
        }
        stream.end();
      }
    }
    return counts;
  }
}
