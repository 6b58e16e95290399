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
import nl.leerkring.portal.conversations.ConversationForms.ThreadDraft;
import nl.leerkring.portal.conversations.ConversationViews.ThreadSummary;
import nl.leerkring.portal.conversations.ConversationViews.ThreadView;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A circle's threads (F8). Its own root resource, like the circle's meetings: its path is longer
 * than {@code circles}, so it is matched first for these paths only. Someone who does not read the
 * circle gets 404, as for a circle that does not exist.
 */
@Path("circles/{slug}/threads")
@Produces(MediaType.APPLICATION_JSON)
public class CircleThreadsResource {

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "The circle's threads, the most recently active first: [{id, circle, title, about:"
              + " {kind, id, title, link}, startedBy, startedAt, lastPostAt, replies}].")
  public List<ThreadSummary> threads(@PathParam("slug") String slug) {
    return conversations.threads(current.signedIn(), slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Start a thread: {title, body, about: {kind: CATALOG|METHOD|MEETING|QUESTION, id}}"
              + " (about left out: a free question to the circle). @username and @gemeente-slug"
              + " in the body notify those people, if they read the circle.")
  public Response start(@PathParam("slug") String slug, ThreadDraft draft) {
    ThreadView t = conversations.start(current.signedIn(), slug, Requests.required(draft));
    return Response.created(uri.getBaseUriBuilder().path("threads").path(t.id()).build())
        .entity(t)
        .build();
  }
}
