package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.portal.documents.DocumentType;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.search.index.Citation;
import nl.leerkring.search.index.Facet;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Full-text search as a plain GET page: the query, filters, order and page come from the address,
 * so every result page can be bookmarked, shared and opened without JavaScript. What the viewer may
 * find, and every count, is the search service's answer; this bean only shows it.
 */
@Named
@RequestScoped
public class SearchPage {

  /** Hits per page. */
  static final int PAGE_SIZE = 10;

  /** Facets in the order the sidebar shows them. */
  private static final List<Facet> SIDEBAR =
      List.of(Facet.GEMEENTE, Facet.TYPE, Facet.YEAR, Facet.THEME, Facet.WIJK, Facet.CIRCLE);

  @Inject CurrentViewer current;

  @Inject SearchService search;

  @Inject FacesContext faces;

  /** One hit as the page shows it; {@code snippets} are escaped HTML with {@code <mark>}. */
  public record HitView(
      int index,
      String id,
      String title,
      String href,
      String gemeente,
      String typeLabel,
      String date,
      String dateText,
      String number,
      String sharedWith,
      List<String> snippets,
      String citation,
      String similarHref) {}

  /** A facet value: what it reads as, how many hits have it, and the address that adds it. */
  public record FacetValue(String label, long count, String href, boolean active) {}

  /** A facet with its values, for the sidebar. */
  public record FacetView(String param, String heading, List<FacetValue> values) {}

  /** A filter in use, and the address without it. */
  public record ActiveFilter(String heading, String label, String removeHref) {}

  private String q;
  private String sort;
  private String similar;
  private int page = 1;
  private final Map<Facet, String> filters = new EnumMap<>(Facet.class);
  private boolean loaded;
  private SearchResult result;
  private List<HitView> hits;

  /**
   * Runs the search once, before the page is rendered (so that a boundary's message is shown in the
   * page messages at the top); getters load lazily as well.
   */
  public void load() {
    if (loaded) {
      return;
    }
    loaded = true;
    Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
    q = trimmed(params.get("q"));
    similar = trimmed(params.get("similar"));
    for (Facet facet : Facet.values()) {
      String value = trimmed(params.get(facet.param()));
      if (value != null) {
        filters.put(facet, value);
      }
    }
    String askedSort = trimmed(params.get("sort"));
    if (askedSort != null && !askedSort.equals("relevance") && !askedSort.equals("date")) {
      Messages.error(faces, "search.badSort");
      askedSort = null;
    }
    sort = askedSort;
    String askedPage = trimmed(params.get("page"));
    if (askedPage != null) {
      try {
        page = Integer.parseInt(askedPage);
      } catch (NumberFormatException e) {
        page = 0;
      }
      if (page < 1) {
        Messages.error(faces, "search.badPage");
        page = 1;
      }
    }
    if (isSimilarMode()) {
      Messages.attempt(
          faces, () -> result = search.similar(current.signedIn(), similar, PAGE_SIZE));
    } else {
      SearchRequest.Order order =
          sort == null ? null : SearchRequest.Order.valueOf(sort.toUpperCase(Locale.ROOT));
      SearchRequest request = new SearchRequest(q, filters, order, page, PAGE_SIZE);
      Messages.attempt(faces, () -> result = search.search(current.signedIn(), request));
    }
  }

  // --- what was asked ---

  public String getQ() {
    load();
    return q == null ? "" : q;
  }

  /** The order in use: {@code relevance} or {@code date} (the default without a query). */
  public String getSort() {
    load();
    if (sort != null) {
      return sort;
    }
    return q == null ? "date" : "relevance";
  }

  public boolean isSimilarMode() {
    load();
    return similar != null;
  }

  /** No query and no filters: the page shows the most recent items. */
  public boolean isRecent() {
    load();
    return q == null && filters.isEmpty() && similar == null;
  }

  /** The filters as hidden fields of the search form, so a new query keeps them. */
  public List<Map.Entry<String, String>> getHiddenFilters() {
    load();
    List<Map.Entry<String, String>> out = new ArrayList<>();
    filters.forEach((facet, value) -> out.add(Map.entry(facet.param(), value)));
    return out;
  }

  // --- the answer ---

  /** Whether the boundary answered (it did not when the query could not be read, for example). */
  public boolean isAnswered() {
    load();
    return result != null;
  }

  public long getTotal() {
    load();
    return result == null ? 0 : result.total();
  }

  /** The count announced to screen readers, e.g. "3 resultaten voor „wijk”". */
  public String getCountText() {
    load();
    String key;
    if (isSimilarMode()) {
      key = "search.countSimilar";
    } else if (q == null) {
      key = "search.countAll";
    } else {
      key = "search.count";
    }
    return new MessageFormat(Messages.text(faces, key), locale())
        .format(
            new Object[] {
              // "More like this" shows the best few, not how many share any word at all.
              isSimilarMode() ? getHits().size() : getTotal(), q == null ? "" : q
            });
  }

  public List<HitView> getHits() {
    load();
    if (hits == null) {
      hits = new ArrayList<>();
      if (result != null) {
        int i = 0;
        for (SearchResult.Hit h : result.hits()) {
          hits.add(view(h, i++));
        }
      }
    }
    return hits;
  }

  public int getPage() {
    load();
    return page;
  }

  /** Pages that can be shown; results past {@link SearchRequest#MAX_WINDOW} are not fetched. */
  public int getPageCount() {
    load();
    long reachable = Math.min(getTotal(), SearchRequest.MAX_WINDOW);
    return (int) Math.max(1, (reachable + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  public String getPageText() {
    return new MessageFormat(Messages.text(faces, "search.pageOf"), locale())
        .format(new Object[] {getPage(), getPageCount()});
  }

  public String getPreviousHref() {
    load();
    return page > 1 ? href(filters, Math.min(page - 1, getPageCount())) : null;
  }

  public String getNextHref() {
    load();
    return page < getPageCount() ? href(filters, page + 1) : null;
  }

  public List<ActiveFilter> getActiveFilters() {
    load();
    List<ActiveFilter> out = new ArrayList<>();
    for (Facet facet : SIDEBAR) {
      String value = filters.get(facet);
      if (value != null) {
        Map<Facet, String> without = new EnumMap<>(filters);
        without.remove(facet);
        out.add(new ActiveFilter(heading(facet), label(facet, value), href(without, 1)));
      }
    }
    return out;
  }

  public List<FacetView> getFacets() {
    load();
    List<FacetView> out = new ArrayList<>();
    if (result == null || isSimilarMode()) {
      return out;
    }
    for (Facet facet : SIDEBAR) {
      List<SearchResult.FacetCount> counts = result.facets().getOrDefault(facet, List.of());
      if (counts.isEmpty()) {
        continue;
      }
      List<FacetValue> values = new ArrayList<>();
      for (SearchResult.FacetCount c : counts) {
        Map<Facet, String> with = new EnumMap<>(filters);
        with.put(facet, c.value());
        boolean active = c.value().equalsIgnoreCase(filters.get(facet));
        values.add(new FacetValue(label(facet, c.value()), c.count(), href(with, 1), active));
      }
      out.add(new FacetView(facet.param(), heading(facet), values));
    }
    return out;
  }

  public String getExportCsvHref() {
    return exportHref("csv");
  }

  public String getExportJsonHref() {
    return exportHref("json");
  }

  /** The search page itself, without a query: back from "similar documents". */
  public String getSearchHref() {
    return contextPath() + "/app/search.xhtml";
  }

  // --- internals ---

  private HitView view(SearchResult.Hit h, int index) {
    String path = relative(h.link());
    String absolute = absolute(path);
    String date = h.date() == null ? null : h.date().toString();
    return new HitView(
        index,
        h.id(),
        h.title(),
        contextPath() + path + fromHere(path),
        h.gemeente(),
        typeLabel(h.type(), h.typeLabel()),
        date,
        h.date() == null ? null : dateText(h.date()),
        h.number(),
        sharedWith(h.audience()),
        h.snippets(),
        Citation.of(h, absolute),
        contextPath() + "/app/search.xhtml?similar=" + encode(h.id()));
  }

  /**
   * What an item page needs to come back here and mark the searched words: this search (query,
   * filters, order, page) in {@code back}; empty for other pages.
   */
  private String fromHere(String path) {
    if (!path.startsWith("/app/item.xhtml?")) {
      return "";
    }
    Map<String, String> params = baseParams(filters);
    if (page > 1) {
      params.put("page", String.valueOf(page));
    }
    String here = query(params);
    return here.isEmpty() ? "" : "&back=" + encode(here.substring(1));
  }

  /** A link from the index is a path in the application; anything else is not linked as is. */
  private static String relative(String link) {
    if (link == null || link.isBlank()) {
      return "/app/search.xhtml";
    }
    String l = link.strip();
    if (l.startsWith("//") || l.contains("://")) {
      return "/app/search.xhtml";
    }
    return l.startsWith("/") ? l : "/" + l;
  }

  /** The stable address of an item, as the REST API cites it: this request's origin. */
  private String absolute(String path) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    URI here = URI.create(request.getRequestURL().toString());
    return here.resolve(request.getContextPath() + path).toString();
  }

  private String contextPath() {
    return faces.getExternalContext().getRequestContextPath();
  }

  private String exportHref(String format) {
    load();
    Map<String, String> params = baseParams(filters);
    params.put("format", format);
    return contextPath() + "/api/search/export" + query(params);
  }

  private String href(Map<Facet, String> withFilters, int toPage) {
    Map<String, String> params = baseParams(withFilters);
    if (toPage > 1) {
      params.put("page", String.valueOf(toPage));
    }
    return contextPath() + "/app/search.xhtml" + query(params);
  }

  private Map<String, String> baseParams(Map<Facet, String> withFilters) {
    Map<String, String> params = new LinkedHashMap<>();
    if (q != null) {
      params.put("q", q);
    }
    for (Facet facet : SIDEBAR) {
      String value = withFilters.get(facet);
      if (value != null) {
        params.put(facet.param(), value);
      }
    }
    if (sort != null) {
      params.put("sort", sort);
    }
    return params;
  }

  private static String query(Map<String, String> params) {
    StringBuilder b = new StringBuilder();
    params.forEach(
        (k, v) -> b.append(b.isEmpty() ? '?' : '&').append(k).append('=').append(encode(v)));
    return b.toString();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private String heading(Facet facet) {
    return Messages.text(faces, "search.facet." + facet.param());
  }

  /** What a facet value reads as: type labels, circle names and "own workspace" or "public". */
  private String label(Facet facet, String value) {
    return switch (facet) {
      case TYPE -> typeLabel(value, null);
      case CIRCLE -> sharedWith(value);
      default -> value;
    };
  }

  private static String typeLabel(String slug, String fallback) {
    if (slug != null) {
      for (DocumentType t : DocumentType.values()) {
        if (t.slug().equalsIgnoreCase(slug)) {
          return t.label();
        }
      }
      // Koffer items published beside documents (F4).
      if (slug.equals("methode")) {
        return "Methode";
      }
      if (slug.equals("gebruik")) {
        return "Gebruik van een methode";
      }
      if (slug.equals("bijeenkomst")) { // a circle's meeting (F7)
        return "Bijeenkomst";
      }
      if (slug.equals("gesprek")) { // a circle's thread (F8)
        return "Gesprek";
      }
    }
    return fallback != null ? fallback : slug;
  }

  private String sharedWith(String audience) {
    if (audience == null || audience.isBlank()) {
      return "";
    }
    if (audience.equals("private")) {
      return Messages.text(faces, "search.shared.private");
    }
    if (audience.equals("public")) {
      return Messages.text(faces, "search.shared.public");
    }
    return current.get().circles().stream()
        .filter(g -> g.slug().equalsIgnoreCase(audience))
        .map(CircleGrant::name)
        .filter(n -> n != null && !n.isBlank())
        .findFirst()
        .orElse(audience);
  }

  private String dateText(LocalDate date) {
    return Formats.date(locale(), date);
  }

  private Locale locale() {
    return faces.getViewRoot() == null
        ? Locale.forLanguageTag("nl")
        : faces.getViewRoot().getLocale();
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
