package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Published items and their files, for those who may read them (others get 404). */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource {

  @Inject CurrentViewer current;

  @Inject Publications publications;

  @GET
  @Path("{id}")
  @Operation(summary = "A published item with its snapshot.")
  public PublicationView one(@PathParam("id") String id) {
    return publications.item(current.signedIn(), id);
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
