package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leerkring.portal.publishing.Moderation;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Moderation of submissions (coordinators) and withdrawal (owners). */
@Path("publications")
@Produces(MediaType.APPLICATION_JSON)
public class PublicationsResource {

  @Inject CurrentViewer current;

  @Inject Publications publications;

  @Inject Moderation moderation;

  @Inject SearchService search;

  @GET
  @Path("{id}")
  @Operation(
      summary = "A submission or publication, for its owner, its circle's coordinators or readers.")
  public PublicationView one(@PathParam("id") String id) {
    return publications.item(current.signedIn(), id);
  }

  @POST
  @Path("{id}/approve")
  @Operation(
      summary = "Approve a submission: it is published in the circle catalog (coordinators).")
  public PublicationView approve(
      @PathParam("id") String id, @QueryParam("refresh") @DefaultValue("false") boolean refresh) {
    PublicationView approved = moderation.approve(current.signedIn(), id);
    if (refresh) {
      search.catchUp();
    }
    return approved;
  }

  @POST
  @Path("{id}/return")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Return a submission with a reason (coordinators).")
  public PublicationView giveBack(@PathParam("id") String id, Requests.Reason request) {
    return moderation.giveBack(current.signedIn(), id, Requests.required(request).reason());
  }

  @POST
  @Path("{id}/reports/{reportId}/handled")
  @Operation(
      summary =
          "Mark a report about this item handled (coordinators of its circle): 204; it leaves the"
              + " open reports and stays under state=handled with who and when. Again: 204, the"
              + " first handling kept.")
  public Response handled(@PathParam("id") String id, @PathParam("reportId") String reportId) {
    moderation.handleReport(current.signedIn(), id, reportId);
    return Response.noContent().build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Withdraw a submission or a published item (its owner).")
  public Response withdraw(@PathParam("id") String id) {
    publications.withdraw(current.signedIn(), id);
    return Response.noContent().build();
  }
}
