package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.search.IndexStatus;
import nl.leerkring.portal.search.SearchService;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The search index, for platform admins: its state, and a rebuild while searches go on. */
@Path("admin/search")
@Produces(MediaType.APPLICATION_JSON)
public class AdminSearchResource {

  @Inject CurrentViewer current;

  @Inject SearchService search;

  @POST
  @Path("rebuild")
  @Operation(
      summary =
          "Rebuild the search index from the database beside the live one, then swap it in;"
              + " searches keep working. Answers at once with the progress.")
  public Response rebuild() {
    search.rebuild(current.signedIn());
    return Response.accepted(search.status()).build();
  }

  @GET
  @Path("rebuild")
  @Operation(summary = "The index's state and the progress of the last or current rebuild.")
  public IndexStatus progress() {
    if (!current.signedIn().isPlatformAdmin()) {
      throw PortalException.forbidden(ApiCode.SEARCH_STATE_ADMINS_ONLY);
    }
    return search.status();
  }
}
