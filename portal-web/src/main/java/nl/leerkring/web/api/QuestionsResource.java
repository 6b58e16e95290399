package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leerkring.portal.learning.Harvests;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.learning.LearningViews.QuestionView;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One learning question (F7): its learning history, status and harvest. A question the viewer may
 * not read is 404, like one that does not exist; managing it without managing the circle is 403.
 */
@Path("questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionsResource {

  @Inject CurrentViewer current;

  @Inject Learning learning;

  @Inject Harvests harvests;

  @Inject SearchService search;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(
      summary =
          "The question with its meetings, harvest (with the sources you may open) and its"
              + " learning history in date order.")
  public QuestionView question(@PathParam("id") String id) {
    return learning.question(current.signedIn(), id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "A new status {status: OPEN|EXPLORING|ANSWERED|PARKED, explanation, version}"
              + " (coordinators, facilitators); answering, parking and reopening need an"
              + " explanation.")
  public QuestionView status(@PathParam("id") String id, LearningForms.StatusUpdate update) {
    return learning.changeStatus(current.signedIn(), id, update);
  }

  @POST
  @Path("{id}/meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Link a meeting of the circle where the question is worked on: {meeting}.")
  public QuestionView linkMeeting(@PathParam("id") String id, LearningForms.MeetingLink link) {
    return learning.linkMeeting(current.signedIn(), id, link);
  }

  @POST
  @Path("{id}/harvest")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Add harvest (participants): {kind: INSIGHT|QUOTE|STORY, text, meeting, sources: [ids"
              + " of catalog items, method cards or uses the circle reads]}. With refresh=true"
              + " the answer waits until search finds it.")
  public Response harvest(
      @PathParam("id") String id,
      @QueryParam("refresh") @DefaultValue("false") boolean refresh,
      LearningForms.HarvestDraft draft) {
    HarvestView h = learning.harvest(current.signedIn(), id, draft);
    if (refresh) {
      search.catchUp();
    }
    return Response.created(
            uri.getBaseUriBuilder().path("questions").path(id).path("harvest").path(h.id()).build())
        .entity(h)
        .build();
  }

  @GET
  @Path("{id}/harvest/{harvestId}")
  @Operation(summary = "One harvest item of the question.")
  public HarvestView harvestItem(
      @PathParam("id") String id, @PathParam("harvestId") String harvestId) {
    return learning.harvestItem(current.signedIn(), id, harvestId);
  }

  @PUT
  @Path("{id}/harvest/{harvestId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Edit harvest (its author, coordinators, facilitators): {kind, text, sources, version};"
              + " the history keeps that it was edited. With refresh=true the answer waits for"
              + " search.")
  public HarvestView editHarvest(
      @PathParam("id") String id,
      @PathParam("harvestId") String harvestId,
      @QueryParam("refresh") @DefaultValue("false") boolean refresh,
      LearningForms.HarvestEdit edit) {
    HarvestView h = harvests.edit(current.signedIn(), id, harvestId, edit);
    if (refresh) {
      search.catchUp();
    }
    return h;
  }

  @DELETE
  @Path("{id}/harvest/{harvestId}")
  @Operation(
      summary =
          "Remove harvest (its author, coordinators, facilitators); 409 while a phase synthesis"
              + " cites it. The history keeps that it was removed, not its text.")
  public Response removeHarvest(
      @PathParam("id") String id,
      @PathParam("harvestId") String harvestId,
      @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
    harvests.remove(current.signedIn(), id, harvestId);
    if (refresh) {
      search.catchUp();
    }
    return Response.noContent().build();
  }
}
