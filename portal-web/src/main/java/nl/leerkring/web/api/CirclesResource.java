package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The circles (leerkringen) of the portal: which gemeenten take part, in which period. */
@Path("circles")
@Produces(MediaType.APPLICATION_JSON)
public class CirclesResource {

  @Inject CurrentViewer current;

  @Inject Circles circles;

  @GET
  @Operation(summary = "All circles and their member gemeenten (public directory).")
  public List<CircleView> all() {
    current.signedIn();
    return circles.all();
  }

  @GET
  @Path("{slug}")
  @Operation(summary = "One circle; unknown slugs are 404.")
  public CircleView one(@PathParam("slug") String slug) {
    current.signedIn();
    return circles.bySlug(slug);
  }
}
