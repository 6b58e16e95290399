package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leerkring.portal.meetings.CalendarFeeds;
import nl.leerkring.portal.meetings.Views.Calendar;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A person's calendar feed as a calendar application reads it (F7): the secret in the link is its
 * only credential, so no sign-in; an unknown, renewed or revoked secret is 404.
 */
@Path("calendar")
public class CalendarResource {

  @Inject CalendarFeeds feeds;

  @Context UriInfo uri;

  @GET
  @Path("{secret}.ics")
  @Produces("text/calendar")
  @Operation(
      summary =
          "The meetings of the circles a person takes part in, as one calendar, behind their"
              + " secret link (GET /api/me/calendar-feed).")
  public Response feed(@PathParam("secret") String secret) {
    Calendar c = feeds.feed(secret, CalendarFeedResource.base(uri));
    return Response.ok(c.text())
        .type("text/calendar; charset=UTF-8")
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
