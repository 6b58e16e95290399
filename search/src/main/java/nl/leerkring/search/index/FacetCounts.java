package nl.leerkring.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The facet counts of a result, over the hits a query collected (so only readable items count).
 * Every facet is in every result, empty when nothing has it.
 *
 * <p>NOTE: stateless; thread-safe.
 */
final class FacetCounts {

  private FacetCounts() {}

  static Map<Facet, List<SearchResult.FacetCount>> of(
      IndexSearcher s, SortedSetDocValuesReaderState state, Query query) throws IOException {
    FacetsCollector collector = new FacetsCollector();
    FacetsCollector.search(s, query, 1, collector);
    return of(state, collector);
  }

  static Map<Facet, List<SearchResult.FacetCount>> of(
      SortedSetDocValuesReaderState state, FacetsCollector collector) throws IOException {
    Map<Facet, List<SearchResult.FacetCount>> out = new EnumMap<>(Facet.class);
    if (state == null) {
      // Nothing indexed with facets yet: every facet is there, without values, as in any result.
      for (Facet facet : Facet.values()) {
        out.put(facet, List.of());
      }
      return out;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collector);
    for (Facet facet : Facet.values()) {
      FacetResult result;
      try {
        result = counts.getTopChildren(facet == Facet.YEAR ? 50 : 20, facet.param());
      } catch (IllegalArgumentException noSuchDimension) {
        result = null;
      }
      List<SearchResult.FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new SearchResult.FacetCount(lv.label, lv.value.longValue()));
        }
      }
      if (facet == Facet.YEAR) {
        values.sort(Comparator.comparing(SearchResult.FacetCount::value).reversed());
      }
      out.put(facet, List.copyOf(values));
    }
    return out;
  }
}
