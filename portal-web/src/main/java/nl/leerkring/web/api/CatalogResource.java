package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leerkring.portal.publishing.Moderation;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.ReportView;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Published items and their files, for those who may read them (others get 404). */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

  @Inject CurrentViewer current;

  @Inject Publications publications;

  @Inject Moderation moderation;

  @GET
  @Path("{id}")
  @Operation(summary = "A published item with its snapshot.")
  public PublicationView one(@PathParam("id") String id) {
    return publications.item(current.signedIn(), id);
  }

  @POST
  @Path("{id}/reports")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Report a published item to the circle's coordinators, with a reason.")
  public Response report(@PathParam("id") String id, Requests.Reason request) {
    ReportView report =
        publications.report(current.signedIn(), id, Requests.required(request).reason());
    return Response.status(Response.Status.CREATED).entity(report).build();
  }

  @POST
  @Path("{id}/hide")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Hide a published item, with a reason the owner sees (coordinators).")
  public PublicationView hide(@PathParam("id") String id, Requests.Reason request) {
    return moderation.hide(current.signedIn(), id, Requests.required(request).reason());
  }

  @POST
  @Path("{id}/restore")
  @Operation(summary = "Show a hidden item again (coordinators).")
  public PublicationView restore(@PathParam("id") String id) {
    return moderation.restore(current.signedIn(), id);
  }

  @GET
  @Path("{id}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "The published original.")
  public Response file(@PathParam("id") String id) {
    return Downloads.of(publications.file(current.signedIn(), id, null));
  }

  @GET
  @Path("{id}/annexes/{n}/file")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "A published annex, by its number.")
  public Response annex(@PathParam("id") String id, @PathParam("n") int annexNo) {
    return Downloads.of(publications.file(current.signedIn(), id, annexNo));
  }
}
