package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leerkring.portal.publishing.Paging;
import nl.leerkring.portal.signals.Activity;
import nl.leerkring.portal.signals.Activity.ActivityPage;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A circle's activity (F8): what changed since one's last visit, only what the viewer may read. Its
 * own root resource, as {@link CircleThreadsResource}; outsiders get 404.
 */
@Path("circles/{slug}/activity")
@Produces(MediaType.APPLICATION_JSON)
public class CircleActivityResource {

  @Inject CurrentViewer current;

  @Inject Activity activity;

  @GET
  @Operation(
      summary =
          "What changed in the circle since your last visit (or since=, an ISO date or date-time),"
              + " one entry per item at its newest change, 20 a page; kind= CATALOG, MEETINGS or"
              + " CONVERSATIONS. The first page without since= records this visit.",
      description =
          "{circle, circleName, since, items: [{kind, group, title, link, at, changes}], total,"
              + " page}")
  public ActivityPage activity(
      @PathParam("slug") String slug,
      @QueryParam("since") String since,
      @QueryParam("kind") String kind,
      @QueryParam("page") String page) {
    Paging paging = Listings.paging(page, String.valueOf(Paging.DEFAULT_SIZE));
    return activity.ofCircle(current.signedIn(), slug, since, kind, paging.page());
  }
}
