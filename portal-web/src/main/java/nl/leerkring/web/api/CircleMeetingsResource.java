package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.leerkring.portal.meetings.MeetingDraft;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A circle's meetings (F7). Its own root resource: its path is longer than {@code circles}, so it
 * is matched first for these paths only. A circle the viewer takes no part in is 404.
 */
@Path("circles/{slug}/meetings")
@Produces(MediaType.APPLICATION_JSON)
public class CircleMeetingsResource {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "The circle's meetings in date order: [{id, title, start, end, status}].")
  public List<MeetingSummary> list(@PathParam("slug") String slug) {
    return meetings.ofCircle(current.signedIn(), slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Plan a meeting (coordinators, facilitators): {title, start, end, place, onlineUrl, host,"
              + " capacity, description}; start and end as ISO local date-times in"
              + " Europe/Amsterdam, host a gemeente slug of the circle.")
  public Response plan(@PathParam("slug") String slug, MeetingDraft draft) {
    MeetingView m = meetings.plan(current.signedIn(), slug, draft);
    return Response.created(uri.getBaseUriBuilder().path("meetings").path(m.id()).build())
        .entity(m)
        .build();
  }
}
