package nl.leerkring.search.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with the facet counts of the whole result; everything in it was computed over what
 * the viewer may open, and nothing else.
 */
public record SearchResult(
    long total, int page, int size, List<Hit> hits, Map<Facet, List<FacetCount>> facets) {

  /** One value of a facet and how many readable hits carry it. */
  public record FacetCount(String value, long count) {}

  /**
   * One hit.
   *
   * @param snippets passages with the matching words in {@code <mark>}; the text is HTML-escaped
   * @param passage the best passage as plain text, for citing
   * @param score relevance; {@code 0} when ordered by date
   */
  public record Hit(
      String id,
      String kind,
      String title,
      String gemeente,
      String type,
      String typeLabel,
      LocalDate date,
      String number,
      String audience,
      List<String> themes,
      List<String> wijken,
      String link,
      float score,
      List<String> snippets,
      String passage) {}

  static SearchResult empty(int page, int size) {
    return new SearchResult(0, page, size, List.of(), Map.of());
  }
}
