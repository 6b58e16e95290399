package nl.leerkring.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.SmallFloat;

/**
 * The statistics that ranking uses — how many documents hold a word, how often, and how long a
 * field is on average — counted over the documents one viewer may open, never over the whole index.
 * Lucene's own statistics include every gemeente's private text, so a score, an order, a suggestion
 * or a "more like this" choice would move when another gemeente uploads a document with the same
 * word (the leak the outside review measured: 5.436 → 5.043).
 *
 * <p>Field lengths come from the norms BM25 stores per document (one byte, lossy for long fields,
 * exactly as BM25 itself reads a document's length). {@code sumDocFreq} is not used by BM25 and is
 * given its smallest allowed value. A word that no readable document holds gets figures of one: it
 * can only match documents the viewer cannot see, so its figures decide nothing shown.
 *
 * <p>NOTE: thread-safe; immutable but for the caches of field and term figures. One instance
 * belongs to one reader generation and one access filter: the readable documents are fixed when it
 * is made.
 */
final class ReadableStatistics {

  private final List<LeafReaderContext> leaves;
  private final FixedBitSet[] readable;
  private final int readableCount;
  private final ConcurrentHashMap<String, CollectionStatistics> fields = new ConcurrentHashMap<>();

  /** Term figures already counted on this reader; bounded, then started afresh. */
  private final ConcurrentHashMap<Term, TermStatistics> terms = new ConcurrentHashMap<>();

  static final int TERMS_KEPT = 20_000;

  private ReadableStatistics(List<LeafReaderContext> leaves, FixedBitSet[] readable, int count) {
    this.leaves = leaves;
    this.readable = readable;
    this.readableCount = count;
  }

  /** The live documents of the searcher's reader that the access query matches. */
  static ReadableStatistics of(IndexSearcher searcher, Query access) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<LeafReaderContext> leaves = reader.leaves();
    Weight weight =
        searcher.createWeight(searcher.rewrite(access), ScoreMode.COMPLETE_NO_SCORES, 1f);
    FixedBitSet[] readable = new FixedBitSet[leaves.size()];
    int count = 0;
    for (LeafReaderContext leaf : leaves) {
      LeafReader r = leaf.reader();
      FixedBitSet bits = new FixedBitSet(Math.max(1, r.maxDoc()));
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        Bits live = r.getLiveDocs();
        DocIdSetIterator it = scorer.iterator();
        for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
          if (live == null || live.get(d)) {
            bits.set(d);
            count++;
          }
        }
      }
      readable[leaf.ord] = bits;
    }
    return new ReadableStatistics(leaves, readable, count);
  }

  /** Readable documents in the reader. */
  int readableCount() {
    return readableCount;
  }

  /** Readable documents that hold the term; 0 when none does. */
  int docFreq(Term term) throws IOException {
    return (int) count(term, false)[0];
  }

  TermStatistics termStatistics(Term term) throws IOException {
    TermStatistics known = terms.get(term);
    if (known != null) {
      return known;
    }
    // A copy: a term's bytes may belong to a buffer its maker reuses.
    Term kept = new Term(term.field(), BytesRef.deepCopyOf(term.bytes()));
    TermStatistics counted = countStatistics(kept);
    if (terms.size() >= TERMS_KEPT) {
      terms.clear();
    }
    terms.put(kept, counted);
    return counted;
  }

  private TermStatistics countStatistics(Term term) throws IOException {
    long[] counted = count(term, true);
    if (counted[0] == 0) {
      return new TermStatistics(term.bytes(), 1, 1);
    }
    return new TermStatistics(term.bytes(), counted[0], Math.max(counted[0], counted[1]));
  }

  CollectionStatistics collectionStatistics(String field) {
    return fields.computeIfAbsent(
        field,
        f -> {
          try {
            return computeCollection(f);
          } catch (IOException e) {
            throw new UncheckedIOException("Cannot count the readable field lengths of " + f, e);
          }
        });
  }

  /** Document frequency and, when asked, the total term frequency over readable documents. */
  private long[] count(Term term, boolean withFreqs) throws IOException {
    long docFreq = 0;
    long totalFreq = 0;
    for (LeafReaderContext leaf : leaves) {
      PostingsEnum postings =
          leaf.reader().postings(term, withFreqs ? PostingsEnum.FREQS : PostingsEnum.NONE);
      if (postings == null) {
        continue;
      }
      FixedBitSet bits = readable[leaf.ord];
      for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
        if (bits.get(d)) {
          docFreq++;
          if (withFreqs) {
            totalFreq += postings.freq();
          }
        }
      }
    }
    return new long[] {docFreq, totalFreq};
  }

  private CollectionStatistics computeCollection(String field) throws IOException {
    long maxDoc = Math.max(1, readableCount);
    long docCount = 0;
    long sumLength = 0;
    boolean hasNorms = false;
    for (LeafReaderContext leaf : leaves) {
      NumericDocValues norms = leaf.reader().getNormValues(field);
      if (norms == null) {
        continue;
      }
      hasNorms = true;
      FixedBitSet bits = readable[leaf.ord];
      for (int d = norms.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = norms.nextDoc()) {
        if (bits.get(d)) {
          docCount++;
          sumLength += SmallFloat.byte4ToInt((byte) norms.longValue());
        }
      }
    }
    if (!hasNorms) {
      // A field without norms (an id, a filter value) scores by frequency alone; its length
      // figures are never read, but must be consistent.
      docCount = readableCount;
      sumLength = readableCount;
    }
    if (docCount == 0) {
      return new CollectionStatistics(field, maxDoc, 1, 1, 1);
    }
    return new CollectionStatistics(
        field, Math.max(maxDoc, docCount), docCount, Math.max(sumLength, docCount), docCount);
  }

  /**
   * A searcher over the same reader whose scores use these statistics. Cheap: made per query.
   *
   * <p>NOTE: as thread-safe as {@link IndexSearcher}.
   */
  IndexSearcher searcher(IndexSearcher base) {
    IndexSearcher s =
        new IndexSearcher(base.getIndexReader()) {
          @Override
          public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
              throws IOException {
            return ReadableStatistics.this.termStatistics(term);
          }

          @Override
          public CollectionStatistics collectionStatistics(String field) {
            return ReadableStatistics.this.collectionStatistics(field);
          }
        };
    s.setSimilarity(base.getSimilarity());
    s.setQueryCache(base.getQueryCache());
    s.setQueryCachingPolicy(base.getQueryCachingPolicy());
    return s;
  }
}
