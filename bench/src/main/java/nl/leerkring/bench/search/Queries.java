package nl.leerkring.bench.search;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.search.index.Facet;

/**
 * The fixed query set, the same for the portal, raw Lucene, PostgreSQL and wrk. Each query is
 * written once in the portal's query language and once as a PostgreSQL tsquery with the function
 * that reads it.
 */
final class Queries {

  /** Query classes, in the order they are reported. */
  static final List<String> CLASSES = List.of("term", "boolean", "phrase", "prefix", "facet");

  /**
   * One query.
   *
   * @param q what the portal gets as {@code q}; empty lists the newest items
   * @param pgFunction {@code websearch_to_tsquery}, {@code to_tsquery} or {@code phraseto_tsquery};
   *     ignored when q is empty
   * @param pgQuery the text of that function's argument
   * @param filters facet filters, as request parameters
   */
  record Query(
      String name,
      String kind,
      String q,
      String pgFunction,
      String pgQuery,
      Map<Facet, String> filters) {

    /** The portal's path and query string for this query: top 10, default order. */
    String path() {
      StringBuilder b = new StringBuilder("/api/search?q=").append(enc(q));
      filters.forEach((f, v) -> b.append('&').append(f.param()).append('=').append(enc(v)));
      return b.append("&page=1&size=10").toString();
    }

    String label() {
      StringBuilder b = new StringBuilder(q.isEmpty() ? "(empty)" : q);
      filters.forEach((f, v) -> b.append(' ').append(f.param()).append('=').append(v));
      return b.toString();
    }
  }

  private Queries() {}

  static List<Query> all(String circleSlug) {
    return List.of(
        q("T1", "term", "subsidie", "websearch_to_tsquery", "subsidie"),
        q("T2", "term", "vergunning", "websearch_to_tsquery", "vergunning"),
        q("T3", "term", "gemeenteraad", "websearch_to_tsquery", "gemeenteraad"),
        q("B1", "boolean", "subsidie AND gemeente", "to_tsquery", "subsidie & gemeente"),
        q("B2", "boolean", "vergunning OR ontheffing", "to_tsquery", "vergunning | ontheffing"),
        q(
            "B3",
            "boolean",
            "belasting NOT inkomstenbelasting",
            "to_tsquery",
            "belasting & !inkomstenbelasting"),
        q(
            "B4",
            "boolean",
            "(jeugd OR jongeren) AND zorg",
            "to_tsquery",
            "(jeugd | jongeren) & zorg"),
        q(
            "P1",
            "phrase",
            "\"college van burgemeester en wethouders\"",
            "phraseto_tsquery",
            "college van burgemeester en wethouders"),
        q("P2", "phrase", "\"openbare orde\"", "phraseto_tsquery", "openbare orde"),
        q("X1", "prefix", "milieu*", "to_tsquery", "milieu:*"),
        q("X2", "prefix", "verzeker*", "to_tsquery", "verzeker:*"),
        q("X3", "prefix", "subsid* gemeente", "to_tsquery", "subsid:* & gemeente"),
        new Query("F1", "facet", "", "", "", filters(Facet.THEME, "wonen", Facet.YEAR, "2024")),
        new Query(
            "F2",
            "facet",
            "",
            "",
            "",
            filters(Facet.GEMEENTE, "Wijchen", Facet.THEME, "zorg", Facet.CIRCLE, circleSlug)),
        new Query(
            "F3",
            "facet",
            "regeling",
            "websearch_to_tsquery",
            "regeling",
            filters(
                Facet.TYPE,
                "ministeriele-regeling",
                Facet.THEME,
                "duurzaamheid",
                Facet.YEAR,
                "2023")));
  }

  private static Query q(String name, String kind, String q, String fn, String pg) {
    return new Query(name, kind, q, fn, pg, Map.of());
  }

  private static Map<Facet, String> filters(Object... pairs) {
    Map<Facet, String> m = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Facet) pairs[i], (String) pairs[i + 1]);
    }
    return m;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
