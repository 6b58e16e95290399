package nl.leerkring.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.exports.CsvTable;
import nl.leerkring.portal.exports.DecimalMark;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.search.index.Citation;
import nl.leerkring.search.index.Facet;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Full-text search over what the signed-in viewer may open: their own workspace, the catalogs of
 * their circles and public items. Every figure in a reply (hits, totals, facet counts, suggestions)
 * is computed over those alone.
 */
@Path("search")
@Produces(MediaType.APPLICATION_JSON)
@ApplicationScoped // one instance: creating and injecting one per request cost a tenth of a search
public class SearchResource {

  /** A hit as the API returns it. */
  public record HitReply(
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
      float score,
      List<String> snippets,
      String link,
      CitationReply citation) {}

  /** What to paste into a report, and the stable address it points at. */
  public record CitationReply(String text, String link) {}

  /** One facet value and its count among readable hits. */
  public record FacetReply(String value, long count) {}

  /** A page of results. */
  public record SearchReply(
      long total, int page, int size, List<HitReply> hits, Map<String, List<FacetReply>> facets) {}

  @Inject CurrentViewer current;

  @Inject SearchService search;

  @GET
  @Operation(
      summary =
          "Search case documents and published items: q (empty = most recent), facet filters,"
              + " sort=relevance|date, page from 1, size up to 100.")
  public SearchReply search(
      @BeanParam Criteria criteria,
      @QueryParam("page") @DefaultValue("1") String page,
      @QueryParam("size") @DefaultValue("10") String size,
      @Context UriInfo uri) {
    SearchRequest request = criteria.request(number("page", page), number("size", size));
    return reply(search.search(current.signedIn(), request), uri);
  }

  @GET
  @Path("suggest")
  @Operation(summary = "Words for autocomplete, from items the viewer may open.")
  public List<String> suggest(@QueryParam("prefix") String prefix) {
    return search.suggest(current.signedIn(), prefix);
  }

  @GET
  @Path("{id}/similar")
  @Operation(summary = "Items like this one, among those the viewer may open.")
  public SearchReply similar(
      @PathParam("id") String id,
      @QueryParam("size") @DefaultValue("10") String size,
      @Context UriInfo uri) {
    return reply(search.similar(current.signedIn(), id, number("size", size)), uri);
  }

  @GET
  @Path("export")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @Operation(
      summary =
          "The metadata, highlighted passages and citation of a whole result set (up to 10,000"
              + " items) as JSON or as CSV for a Dutch spreadsheet (UTF-8 with BOM, ';' separated,"
              + " Dutch headers, dates as dd-mm-jjjj), with the same parameters as the search.")
  public Response export(
      @BeanParam Criteria criteria,
      @QueryParam("format") @DefaultValue("csv") String format,
      @Context UriInfo uri) {
    if (!format.equals("csv") && !format.equals("json")) {
      throw PortalException.invalidField(
          "format", nl.leerkring.portal.CommonCode.NOT_ONE_OF, format, List.of("csv", "json"));
    }
    SearchRequest request = criteria.request(1, 1);
    SearchResult result = search.export(current.signedIn(), request);
    List<HitReply> hits = result.hits().stream().map(h -> hit(h, uri)).toList();
    String name = "leerkring-zoekresultaat-" + LocalDate.now() + "." + format;
    Object body = format.equals("json") ? hits : csv(hits);
    return Response.ok(
            body, format.equals("json") ? MediaType.APPLICATION_JSON : "text/csv; charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  /** What to search for, the same for a page of hits and an export. */
  public static class Criteria {
    @QueryParam("q")
    String q;

    @QueryParam("type")
    String type;

    @QueryParam("gemeente")
    String gemeente;

    @QueryParam("year")
    String year;

    @QueryParam("theme")
    String theme;

    @QueryParam("wijk")
    String wijk;

    @QueryParam("circle")
    String circle;

    @QueryParam("sort")
    String sort;

    SearchRequest request(int page, int size) {
      Map<Facet, String> filters = new EnumMap<>(Facet.class);
      put(filters, Facet.TYPE, type);
      put(filters, Facet.GEMEENTE, gemeente);
      put(filters, Facet.YEAR, year);
      put(filters, Facet.THEME, theme);
      put(filters, Facet.WIJK, wijk);
      put(filters, Facet.CIRCLE, circle);
      SearchRequest.Order order;
      if (sort == null || sort.isBlank()) {
        order = null;
      } else if (sort.equals("relevance") || sort.equals("date")) {
        order = SearchRequest.Order.valueOf(sort.toUpperCase(Locale.ROOT));
      } else {
        throw PortalException.invalidField(
            "sort", nl.leerkring.portal.CommonCode.NOT_ONE_OF, sort, List.of("relevance", "date"));
      }
      return new SearchRequest(q, filters, order, page, size);
    }
  }

  private static void put(Map<Facet, String> filters, Facet facet, String value) {
    if (value != null && !value.isBlank()) {
      if (value.length() > 200) {
        throw PortalException.invalidField(
            facet.param(), nl.leerkring.portal.CommonCode.TOO_LONG, 200);
      }
      filters.put(facet, value);
    }
  }

  private static int number(String name, String value) {
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw PortalException.invalidField(name, ApiCode.NOT_A_NUMBER, value);
    }
  }

  private static SearchReply reply(SearchResult result, UriInfo uri) {
    Map<String, List<FacetReply>> facets = new LinkedHashMap<>();
    result
        .facets()
        .forEach(
            (facet, values) ->
                facets.put(
                    facet.param(),
                    values.stream().map(v -> new FacetReply(v.value(), v.count())).toList()));
    return new SearchReply(
        result.total(),
        result.page(),
        result.size(),
        result.hits().stream().map(h -> hit(h, uri)).toList(),
        facets);
  }

  private static HitReply hit(SearchResult.Hit h, UriInfo uri) {
    String link = absolute(uri, h.link());
    return new HitReply(
        h.id(),
        h.kind(),
        h.title(),
        h.gemeente(),
        h.type(),
        h.typeLabel(),
        h.date(),
        h.number(),
        h.audience(),
        h.themes(),
        h.wijken(),
        h.score(),
        h.snippets(),
        link,
        new CitationReply(Citation.of(h, link), link));
  }

  private static String absolute(UriInfo uri, String path) {
    URI base = uri.getBaseUri().resolve("../");
    return base.resolve(path.startsWith("/") ? path.substring(1) : path).toString();
  }

  /** The columns of the CSV export, in the words of the search page. */
  static final List<String> CSV_HEADER =
      List.of(
          "Titel",
          "Gemeente",
          "Soort",
          "Datum",
          "Nummer",
          "Gedeeld met",
          "Thema's",
          "Wijken",
          "Citaat",
          "Link");

  /**
   * The CSV for a Dutch spreadsheet ({@link CsvTable}): the metadata, who it is shared with in
   * words ("Eigen werkruimte", "Openbaar", the circle's name) and the citation a report can quote.
   */
  private String csv(List<HitReply> hits) {
    CsvTable table = CsvTable.of(DecimalMark.COMMA, CSV_HEADER);
    for (HitReply h : hits) {
      table
          .row()
          .text(h.title())
          .text(h.gemeente())
          .text(h.typeLabel())
          .day(h.date())
          .text(h.number())
          .text(sharedWith(h.audience()))
          .text(String.join(", ", h.themes()))
          .text(String.join(", ", h.wijken()))
          .text(h.citation().text())
          .text(h.link())
          .end();
    }
    return table.text();
  }

  private String sharedWith(String audience) {
    if (audience == null || audience.isBlank()) {
      return "";
    }
    return switch (audience) {
      case "private" -> "Eigen werkruimte";
      case "public" -> "Openbaar";
      default ->
          current.get().circles().stream()
              .filter(g -> g.slug().equalsIgnoreCase(audience))
              .map(CircleGrant::name)
              .filter(n -> n != null && !n.isBlank())
              .findFirst()
              .orElse(audience);
    };
  }
}
