package nl.leerkring.search.index;

import java.util.EnumMap;
import java.util.Map;

/**
 * What a reader asks: the query as typed (empty shows the most recent items), facet filters, the
 * order and the page.
 *
 * @param page counted from 1
 */
public record SearchRequest(
    String query, Map<Facet, String> filters, Order order, int page, int size) {

  /** The largest page size; exports ask for more through {@link #MAX_WINDOW}. */
  public static final int MAX_SIZE = 100;

  /** Results past this many are not fetched: deeper pages answer empty with the total. */
  public static final int MAX_WINDOW = 10_000;

  /** Queries longer than this are refused: nobody types them, and they are costly to parse. */
  public static final int MAX_QUERY_LENGTH = 1_000;

  /** How hits are ordered. */
  public enum Order {
    RELEVANCE,
    DATE
  }

  public SearchRequest {
    query = query == null ? "" : query.strip();
    Map<Facet, String> copy = new EnumMap<>(Facet.class);
    if (filters != null) {
      filters.forEach(
          (facet, value) -> {
            if (value != null && !value.isBlank()) {
              copy.put(facet, value.strip());
            }
          });
    }
    filters = Map.copyOf(copy);
    order = order == null ? (query.isEmpty() ? Order.DATE : Order.RELEVANCE) : order;
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, 1, 10);
  }
}
