package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.leerkring.portal.documents.DocumentPurge;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The prullenbakken of all gemeenten, for platform admins: the nightly purge, run on demand. */
@Path("admin/documents")
@Produces(MediaType.APPLICATION_JSON)
public class AdminDocumentsResource {

  /**
   * The JSON-P provider, looked up once: {@code Json.createReader} and friends look it up on every
   * call through the service loader, under the class loader's lock (a soak's flight recording found
   * request threads queueing there).
   */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  @Inject CurrentViewer current;

  @Inject DocumentPurge purge;

  @POST
  @Path("purge")
  @Operation(
      summary =
          "Run the nightly purge of the prullenbak now: documents deleted more than `days` days"
              + " ago (default portal.documents.trash-days; 0 empties every prullenbak) are removed"
              + " for good. Answers how many.")
  public JsonObject purge(@QueryParam("days") Integer days) {
    return JSON_P.createObjectBuilder().add("purged", purge.now(current.signedIn(), days)).build();
  }
}
