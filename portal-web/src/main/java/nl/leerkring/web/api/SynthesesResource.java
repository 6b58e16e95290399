package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.leerkring.portal.learning.LearningForms;
import nl.leerkring.portal.learning.LearningViews.SynthesisVersionView;
import nl.leerkring.portal.learning.LearningViews.SynthesisView;
import nl.leerkring.portal.learning.LearningViews.VersionRef;
import nl.leerkring.portal.learning.Syntheses;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * One phase synthesis (F7): writers read and revise the newest version and publish it; every other
 * reader of the circle reads the published version; a draft never published is 404 for them.
 */
@Path("syntheses")
@Produces(MediaType.APPLICATION_JSON)
public class SynthesesResource {

  @Inject CurrentViewer current;

  @Inject Syntheses syntheses;

  @Inject SearchService search;

  @GET
  @Path("{id}")
  @Operation(
      summary = "The synthesis with the harvest it cites and the versions the viewer may open.")
  public SynthesisView synthesis(@PathParam("id") String id) {
    return syntheses.synthesis(current.signedIn(), id);
  }

  @GET
  @Path("{id}/versions")
  @Operation(
      summary =
          "The versions the viewer may open [{number, savedBy, savedAt}]: writers every one,"
              + " other readers the published version and those before it.")
  public List<VersionRef> versions(@PathParam("id") String id) {
    return syntheses.versions(current.signedIn(), id);
  }

  @GET
  @Path("{id}/versions/{number}")
  @Operation(
      summary =
          "One version as it was saved: {synthesis, number, title, text, savedBy, savedAt,"
              + " published, citations}; one the viewer may not open is 404.")
  public SynthesisVersionView version(@PathParam("id") String id, @PathParam("number") int number) {
    return syntheses.version(current.signedIn(), id, number);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save the next version {title, text, citations, version} (coordinators, facilitators);"
              + " the published version stays what readers read.")
  public SynthesisView revise(@PathParam("id") String id, LearningForms.SynthesisDraft draft) {
    return syntheses.revise(current.signedIn(), id, draft);
  }

  @POST
  @Path("{id}/publish")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Publish the newest version to the circle's readers: {version}. With refresh=true the"
              + " answer waits until search finds it.")
  public SynthesisView publish(
      @PathParam("id") String id,
      @QueryParam("refresh") @DefaultValue("false") boolean refresh,
      LearningForms.Publishing publishing) {
    SynthesisView s = syntheses.publish(current.signedIn(), id, publishing);
    if (refresh) {
      search.catchUp();
    }
    return s;
  }
}
