package nl.leerkring.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import nl.leerkring.portal.transfer.TenantExports;
import nl.leerkring.web.i18n.CodeTexts;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A gemeente's exports, followed and fetched by id; {@code POST /api/tenants/{slug}/export} starts
 * one ({@link TenantsResource}).
 */
@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
public class ExportsResource {

  /**
   * What a caller sees of an export; {@code download} once it is done, {@code failure} (code and
   * text in the caller's language) once it failed.
   */
  public record ExportAnswer(
      String id, String status, int progress, String download, Failure failure) {
    static ExportAnswer of(TenantExports.ExportStatus s, UriInfo uri, Locale locale) {
      String download =
          s.ready()
              ? uri.getBaseUriBuilder().path("exports").path(s.id()).path("file").build().toString()
              : null;
      Failure failure =
          s.failure() == null
              ? null
              : new Failure(s.failure().key(), CodeTexts.text(locale, s.failure().key()));
      return new ExportAnswer(s.id(), s.status(), s.progress(), download, failure);
    }
  }

  /** Why an export failed: its code and the text of it. */
  public record Failure(String code, String message) {}

  @Inject CurrentViewer current;

  @Inject TenantExports exports;

  @jakarta.ws.rs.core.Context UriInfo uri;

  @jakarta.ws.rs.core.Context HttpHeaders headers;

  @GET
  @Path("{id}")
  @Operation(
      summary = "Where an export is: {status: RUNNING|DONE|FAILED, progress (0-100), download}.",
      description = "For the gemeente's tenant admins and platform admins; 404 for anyone else.")
  public ExportAnswer status(@PathParam("id") String id) {
    return ExportAnswer.of(
        exports.status(current.signedIn(), id), uri, Problems.languageOf(headers));
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
    ExportAnswer started = ExportAnswer.of(status, uri, CodeTexts.DUTCH);
    return Response.accepted(started)
        .location(uri.getBaseUriBuilder().path("exports").path(started.id()).build())
        .build();
  }
}
