package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.leerkring.portal.transfer.TenantExports;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A gemeente's exports, followed and fetched by id; {@code POST /api/tenants/{slug}/export} starts
 * one ({@link TenantsResource}).
 */
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

  /** What a caller sees of an export; {@code download} once it is done. */
  public record ExportAnswer(String id, String status, int progress, String download) {
    static ExportAnswer of(TenantExports.ExportStatus s, UriInfo uri) {
      String download =
          s.ready()
              ? uri.getBaseUriBuilder().path("exports").path(s.id()).path("file").build().toString()
              : null;
      return new ExportAnswer(s.id(), s.status(), s.progress(), download);
    }
  }

  @Inject CurrentViewer current;

  @Inject TenantExports exports;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @GET
  @Path("{id}")
  @Operation(
      summary = "Where an export is: {status: RUNNING|DONE|FAILED, progress (0-100), download}.",
      description = "For the gemeente's tenant admins and platform admins; 404 for anyone else.")
  public ExportAnswer status(@PathParam("id") String id) {
    return ExportAnswer.of(exports.status(current.signedIn(), id), uri);
  }

  @GET
  @Path("{id}/file")
  @Produces("application/zip")
  @Operation(
      summary = "The export's ZIP (manifest.json, LEESMIJ.txt, gegevens/, csv/, bestanden/).",
      description = "As GET /api/exports/{id}; 409 while it is not done.")
  public Response file(@PathParam("id") String id) {
    return Downloads.of(exports.file(current.signedIn(), id));
  }

  /** The answer to a started export: 202 with {id, status}, its address as Location. */
  static Response started(TenantExports.ExportStatus status, UriInfo uri) {
    ExportAnswer started = ExportAnswer.of(status, uri);
    return Response.accepted(started)
        .location(uri.getBaseUriBuilder().path("exports").path(started.id()).build())
        .build();
  }
}
