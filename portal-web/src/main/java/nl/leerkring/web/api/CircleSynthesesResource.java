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
import nl.leerkring.portal.learning.LearningForms.SynthesisDraft;
import nl.leerkring.portal.learning.LearningViews.SynthesisSummary;
import nl.leerkring.portal.learning.LearningViews.SynthesisView;
import nl.leerkring.portal.learning.Syntheses;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A circle's phase syntheses (the denkkader, the borgingsplan; F7). */
@Path("circles/{slug}/syntheses")
@Produces(MediaType.APPLICATION_JSON)
public class CircleSynthesesResource {

  @Inject CurrentViewer current;

  @Inject Syntheses syntheses;

  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "The circle's phase syntheses: writers all, readers the published ones: [{id, phase,"
              + " title, status, number, publishedNumber}].")
  public List<SynthesisSummary> list(@PathParam("slug") String slug) {
    return syntheses.ofCircle(current.signedIn(), slug);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Write a phase synthesis (coordinators, facilitators): {phase, title, text, citations:"
              + " [harvest ids of this phase or earlier]}; a draft until published.")
  public Response write(@PathParam("slug") String slug, SynthesisDraft draft) {
    SynthesisView s = syntheses.write(current.signedIn(), slug, draft);
    return Response.created(uri.getBaseUriBuilder().path("syntheses").path(s.id()).build())
        .entity(s)
        .build();
  }
}
