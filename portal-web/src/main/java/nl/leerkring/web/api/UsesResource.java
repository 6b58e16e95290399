package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import nl.leerkring.portal.koffer.Uses;
import nl.leerkring.portal.koffer.Views.UseView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A gemeente's own recorded uses of methods, and sharing one with a circle. */
@Path("uses")
@Produces(MediaType.APPLICATION_JSON)
public class UsesResource {

  @Inject CurrentViewer current;

  @Inject Uses uses;

  @Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(summary = "One of your gemeente's uses, with its publications.")
  public UseView one(@PathParam("id") String id) {
    return uses.get(current.signedIn(), id);
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Edit the use: the body of recording one plus the `version` GET returned (else 409 and"
              + " nothing is saved). Its publications keep what was submitted until it is"
              + " submitted again.")
  public UseView update(@PathParam("id") String id, Requests.UseChange change) {
    Requests.UseChange body = Requests.required(change);
    return uses.update(current.signedIn(), id, body.draft(), body.version());
  }

  @DELETE
  @Path("{id}")
  @Operation(
      summary =
          "Delete the use for good (204); where it is shared in a circle it is withdrawn there"
              + " first.")
  public Response delete(@PathParam("id") String id) {
    uses.delete(current.signedIn(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/publications")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Share the use with a circle: {scope: CIRCLE|PUBLIC, circle}.")
  public Response submit(@PathParam("id") String id, Requests.PublicationRequest request) {
    Requests.PublicationRequest body = Requests.required(request);
    PublicationView publication = uses.submit(current.signedIn(), id, body.scope(), body.circle());
    return Response.created(
            uri.getBaseUriBuilder().path("publications").path(publication.id()).build())
        .entity(publication)
        .build();
  }
}
