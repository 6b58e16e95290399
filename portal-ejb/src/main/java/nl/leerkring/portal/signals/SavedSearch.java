package nl.leerkring.portal.signals;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.leerkring.search.index.Facet;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;

/**
 * A search page one person saved: its query and filters, and what it has already found. Checked
 * again as its owner ({@link SavedSearches#check}), a hit it has not found before is new material.
 * The first check only learns what is there, so saving a search never alerts about old material.
 */
@Entity
@Table(name = "saved_search")
@NamedQuery(
    name = SavedSearch.OF_ACCOUNT,
    query = "select s from SavedSearch s where s.accountId = :account order by s.createdAt, s.id")
@NamedQuery(name = SavedSearch.ALL_IDS, query = "select s.id from SavedSearch s order by s.id")
@NamedQuery(
    name = SavedSearch.COUNT_OF_ACCOUNT,
    query = "select count(s) from SavedSearch s where s.accountId = :account")
public class SavedSearch {

  public static final String OF_ACCOUNT = "SavedSearch.ofAccount";
  public static final String ALL_IDS = "SavedSearch.allIds";
  public static final String COUNT_OF_ACCOUNT = "SavedSearch.countOfAccount";

  /** How many of the most recent hits each check compares with what was found before. */
  static final int WINDOW = 50;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 1000)
  private String query;

  @Column(nullable = false, length = 2000)
  private String filters;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column(name = "matched_at")
  private Instant matchedAt;

  @ElementCollection
  @CollectionTable(name = "saved_search_hit", joinColumns = @JoinColumn(name = "saved_search_id"))
  @Column(name = "item_id", length = 64, nullable = false)
  private Set<String> found = new HashSet<>();

  protected SavedSearch() {}

  SavedSearch(String accountId, String name, String query, Map<Facet, String> filters, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.accountId = Objects.requireNonNull(accountId);
    this.name = Objects.requireNonNull(name);
    this.query = query == null ? "" : query;
    this.filters = encode(filters);
    this.createdAt = Objects.requireNonNull(at);
  }

  /** The search it runs: the saved query and filters, newest first, one window of hits. */
  SearchRequest request() {
    return new SearchRequest(query, filters(), SearchRequest.Order.DATE, 1, WINDOW);
  }

  /**
   * Takes in what the search finds now and answers the hits it had not found before; none the first
   * time (that only learns what is there).
   */
  List<SearchResult.Hit> newAmong(List<SearchResult.Hit> hits, Instant now) {
    boolean first = checkedAt == null;
    checkedAt = now;
    List<SearchResult.Hit> fresh = hits.stream().filter(h -> found.add(h.id())).toList();
    if (first) {
      return List.of();
    }
    if (!fresh.isEmpty()) {
      matchedAt = now;
    }
    return fresh;
  }

  Map<Facet, String> filters() {
    Map<Facet, String> out = new EnumMap<>(Facet.class);
    if (filters.isEmpty()) {
      return out;
    }
    for (String pair : filters.split("&")) {
      int eq = pair.indexOf('=');
      String param = URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8);
      for (Facet f : Facet.values()) {
        if (f.param().equals(param)) {
          out.put(f, URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    return out;
  }

  /** The search page's own address for it, relative to the portal's root. */
  String link() {
    String q = URLEncoder.encode(query, StandardCharsets.UTF_8);
    return "app/search.xhtml?q=" + q + "&sort=date" + (filters.isEmpty() ? "" : "&" + filters);
  }

  private static String encode(Map<Facet, String> filters) {
    return filters.entrySet().stream()
        .map(
            e -> e.getKey().param() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  String id() {
    return id;
  }

  String accountId() {
    return accountId;
  }

  SavedSearchView view() {
    Map<String, String> byParam = new java.util.LinkedHashMap<>();
    filters().forEach((f, v) -> byParam.put(f.param(), v));
    return new SavedSearchView(id, name, query, byParam, link(), createdAt, matchedAt);
  }
}
