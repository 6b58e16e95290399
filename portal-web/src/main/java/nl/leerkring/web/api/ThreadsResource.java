package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import nl.leerkring.portal.conversations.ConversationForms.HideReason;
import nl.leerkring.portal.conversations.ConversationForms.PostEdit;
import nl.leerkring.portal.conversations.ConversationForms.ReplyDraft;
import nl.leerkring.portal.conversations.ConversationForms.WatchChoice;
import nl.leerkring.portal.conversations.ConversationViews.PostView;
import nl.leerkring.portal.conversations.ConversationViews.ThreadView;
import nl.leerkring.portal.conversations.ConversationViews.VersionView;
import nl.leerkring.portal.conversations.ConversationViews.WatchView;
import nl.leerkring.portal.conversations.Conversations;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One thread (F8): its posts, replies, one's own edits with their history, moderation and one's
 * watch level. A thread the viewer may not read is 404, like one that does not exist.
 */
@Path("threads")
@Produces(MediaType.APPLICATION_JSON)
public class ThreadsResource {

  @Inject CurrentViewer current;

  @Inject Conversations conversations;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "The thread with its posts (hidden ones only for coordinators and their authors) and"
              + " your watch level; reading it marks your notifications about it read.")
  public ThreadView thread(@PathParam("id") String id) {
    return conversations.thread(current.signedIn(), id);
  }

  @POST
  @Path("{id}/replies")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reply: {body}; @username and @gemeente-slug notify who reads the circle.")
  public Response reply(@PathParam("id") String id, ReplyDraft draft) {
    PostView p = conversations.reply(current.signedIn(), id, Requests.required(draft));
    return Response.created(
            uri.getBaseUriBuilder().path("threads").path(id).path("posts").path(p.id()).build())
        .entity(p)
        .build();
  }

  @PUT
  @Path("{id}/posts/{post}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Change your own post: {body, version} from the version you read (stale: 409); the"
              + " text it replaces is kept.")
  public PostView edit(@PathParam("id") String id, @PathParam("post") String post, PostEdit edit) {
    return conversations.edit(current.signedIn(), id, post, Requests.required(edit));
  }

  @GET
  @Path("{id}/posts/{post}/versions")
  @Operation(summary = "The earlier texts of a post, newest first: [{number, body, writtenAt}].")
  public List<VersionView> versions(@PathParam("id") String id, @PathParam("post") String post) {
    return conversations.versions(current.signedIn(), id, post);
  }

  @POST
  @Path("{id}/posts/{post}/reports")
  @Operation(summary = "Report a post to the circle's coordinators.")
  public PostView report(@PathParam("id") String id, @PathParam("post") String post) {
    return conversations.report(current.signedIn(), id, post);
  }

  @POST
  @Path("{id}/posts/{post}/hide")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hide a post with a reason its author sees (coordinators): {reason}.")
  public PostView hide(
      @PathParam("id") String id, @PathParam("post") String post, HideReason reason) {
    return conversations.hide(current.signedIn(), id, post, Requests.required(reason));
  }

  @POST
  @Path("{id}/posts/{post}/restore")
  @Operation(summary = "Show a hidden post again (coordinators).")
  public PostView restore(@PathParam("id") String id, @PathParam("post") String post) {
    return conversations.restore(current.signedIn(), id, post);
  }

  @PUT
  @Path("{id}/watch")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Your level for this thread: {level: WATCHING (every reply) | NORMAL (only mentions) |"
              + " MUTED (nothing)}.")
  public WatchView watch(@PathParam("id") String id, WatchChoice choice) {
    return conversations.watch(current.signedIn(), id, Requests.required(choice));
  }
}
