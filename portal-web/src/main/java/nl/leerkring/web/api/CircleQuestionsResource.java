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
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms.QuestionDraft;
import nl.leerkring.portal.learning.LearningViews.QuestionSummary;
import nl.leerkring.portal.learning.LearningViews.QuestionView;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A circle's learning questions (leeragenda, F7). Its own root resource, like the circle's
 * meetings: its path is longer than {@code circles}, so it is matched first for these paths only.
 */
@Path("circles/{slug}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class CircleQuestionsResource {

  @Inject CurrentViewer current;

  @Inject Learning learning;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "The circle's learning questions by phase: [{id, text, phase, status, owner, harvest,"
              + " version}].")
  public List<QuestionSummary> list(@PathParam("slug") String slug) {
    return learning.ofCircle(current.signedIn(), slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Raise a learning question (coordinators, facilitators): {text, phase:"
              + " SPECIFY|REALISE|REFLECT, owner: a gemeente slug of the circle or a participant's"
              + " account id, none for yourself}.")
  public Response raise(@PathParam("slug") String slug, QuestionDraft draft) {
    QuestionView q = learning.raise(current.signedIn(), slug, draft);
    return Response.created(uri.getBaseUriBuilder().path("questions").path(q.id()).build())
        .entity(q)
        .build();
  }
}
