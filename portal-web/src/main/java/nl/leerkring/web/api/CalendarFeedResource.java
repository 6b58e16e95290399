package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leerkring.portal.meetings.CalendarFeeds;
import nl.leerkring.portal.meetings.Views.FeedLink;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The signed-in person's calendar feed (F7): a secret link to all meetings of the circles they take
 * part in, for a calendar application that cannot sign in. Its own root resource beside {@code me}:
 * the longer path is matched first.
 */
@Path("me/calendar-feed")
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

  @Inject CurrentViewer current;

  @Inject CalendarFeeds feeds;

  @Context UriInfo uri;

  @GET
  @Operation(summary = "Your calendar feed link {url, since}, made on first asking.")
  public FeedLink link() {
    return feeds.link(current.signedIn(), base(uri));
  }

  @POST
  @Operation(summary = "A new secret for your feed: the old link stops working.")
  public FeedLink renew() {
    return feeds.renew(current.signedIn(), base(uri));
  }

  @DELETE
  @Operation(summary = "Revoke your feed link.")
  public Response revoke() {
    feeds.revoke(current.signedIn());
    return Response.noContent().build();
  }

  /** The portal's address without a trailing slash. */
  static String base(UriInfo uri) {
    String base = uri.getBaseUri().resolve("..").toString();
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
