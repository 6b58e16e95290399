package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.leerkring.portal.cofinancing.RollupView;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.portal.cofinancing.export.Export;
import nl.leerkring.portal.koffer.Koffer;
import nl.leerkring.portal.koffer.KofferFilter;
import nl.leerkring.portal.koffer.Views.KofferEntry;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.portal.publishing.CatalogFilter;
import nl.leerkring.portal.publishing.Moderation;
import nl.leerkring.portal.publishing.ModerationFilter;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The circles (leerkringen) of the portal: which gemeenten take part, in which period. */
@Path("circles")
@Produces(MediaType.APPLICATION_JSON)
public class CirclesResource {

  @Inject CurrentViewer current;

  @Inject Circles circles;

  @Inject Publications publications;

  @Inject Moderation moderation;

  @Inject Koffer koffer;

  @Inject Vocabularies vocabularies;

  @Inject Statements statements;

  @GET
  @Path("{slug}/statements")
  @Operation(summary = "Every cofinancing statement in the circle; for its coordinators.")
  public List<StatementView> statements(@PathParam("slug") String slug) {
    return statements.inCircle(current.signedIn(), slug);
  }

  @GET
  @Path("{slug}/rollup")
  @Operation(
      summary =
          "The circle's cofinancing from accepted statements, per gemeente and calendar year"
              + " (or one year): required, pledged in kind and cash, realised, subsidy, gaps, and"
              + " what happens to each share if one gemeente withdraws; for coordinators.")
  public RollupView rollup(@PathParam("slug") String slug, @QueryParam("year") String year) {
    return statements.rollup(current.signedIn(), slug, year(year));
  }

  @GET
  @Path("{slug}/rollup/export")
  @Produces({Export.XLSX_TYPE, "text/csv"})
  @Operation(
      summary =
          "The roll-up as XLSX (one sheet per calendar year) or CSV for a Dutch spreadsheet (UTF-8"
              + " with BOM, ';' separated, Dutch headers; decimal=comma (default) or point).")
  public Response rollupExport(
      @PathParam("slug") String slug,
      @QueryParam("year") String year,
      @QueryParam("format") String format,
      @QueryParam("decimal") String decimal) {
    return Downloads.export(
        statements.rollupExport(current.signedIn(), slug, year(year), format, decimal));
  }

  /** All years when absent; a readable 400 (not JAX-RS's 404) for anything but a number. */
  private static Integer year(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw nl.leerkring.portal.PortalException.invalidField("year", ApiCode.NOT_A_YEAR, text);
    }
  }

  @GET
  @Path("{slug}/catalog")
  @Operation(
      summary =
          "What is published in the circle, for those who take part in it: a JSON array of one"
              + " page (page from 1, size 1-100, default 20), the whole counted in X-Total-Count"
              + " and the pages linked in Link; kind (document, method, use), type, theme and q"
              + " narrow it; sort=date (newest first, the default) or title.")
  public Response catalog(
      @PathParam("slug") String slug,
      @QueryParam("type") String type,
      @QueryParam("theme") String theme,
      @QueryParam("sort") String sort,
      @BeanParam ListQuery query) {
    Viewer viewer = current.signedIn();
    CatalogFilter filter = new CatalogFilter(query.kind, type, theme, query.q, sort);
    return query.answer(publications.catalog(viewer, slug, filter, query.paging()));
  }

  @GET
  @Path("{slug}/koffer")
  @Operation(
      summary =
          "The circle's koffer: the current version of each published method card, filtered by"
              + " theme, wijktype, vraagstuk and evidence; sort=uses (default) or name.")
  public List<KofferEntry> koffer(
      @PathParam("slug") String slug,
      @QueryParam("theme") String theme,
      @QueryParam("wijktype") String wijktype,
      @QueryParam("vraagstuk") String vraagstuk,
      @QueryParam("evidence") String evidence,
      @QueryParam("sort") String sort) {
    return koffer.browse(
        current.signedIn(), slug, new KofferFilter(theme, wijktype, vraagstuk, evidence, sort));
  }

  @GET
  @Path("{slug}/vocabulary")
  @Operation(summary = "The wijk types and vraagstukken the circle speaks in.")
  public List<Vocabularies.Term> vocabulary(@PathParam("slug") String slug) {
    return vocabularies.ofCircle(current.signedIn(), slug);
  }

  @POST
  @Path("{slug}/vocabulary")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a wijk type or vraagstuk to the circle's vocabulary (coordinators).")
  public Response addTerm(@PathParam("slug") String slug, Requests.NewTerm request) {
    Requests.NewTerm body = Requests.required(request);
    return Response.status(Response.Status.CREATED)
        .entity(vocabularies.add(current.signedIn(), slug, body.kind(), body.label()))
        .build();
  }

  @GET
  @Path("{slug}/reports")
  @Operation(
      summary =
          "Reports about the circle's publications (coordinators), newest first: state=open (the"
              + " default), handled or all; kind and q narrow it; paged as the catalog.")
  public Response reports(
      @PathParam("slug") String slug,
      @QueryParam("state") String state,
      @BeanParam ListQuery query) {
    Viewer viewer = current.signedIn();
    ModerationFilter filter = new ModerationFilter(query.kind, query.q, state);
    return query.answer(moderation.reports(viewer, slug, filter, query.paging()));
  }

  @GET
  @Path("{slug}/moderation")
  @Operation(
      summary =
          "Submissions waiting for the circle's coordinators, with their snapshots; kind and q"
              + " narrow it; paged as the catalog.")
  public Response moderation(@PathParam("slug") String slug, @BeanParam ListQuery query) {
    Viewer viewer = current.signedIn();
    ModerationFilter filter = new ModerationFilter(query.kind, query.q, null);
    return query.answer(moderation.moderationQueue(viewer, slug, filter, query.paging()));
  }

  @GET
  @Operation(summary = "All circles and their member gemeenten (public directory).")
  public List<CircleView> all() {
    current.signedIn();
    return circles.all();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One circle; unknown slugs are 404.")
  public CircleView one(@PathParam("slug") String slug) {
    current.signedIn();
    return circles.bySlug(slug);
  }
}
