package nl.leerkring.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem document. */
public record Problem(String type, String title, int status, String detail) {

  public static final String MEDIA_TYPE = "application/problem+json";

  private static final Jsonb JSON = JsonbBuilder.create();

  public Response toResponse() {
    return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
  }

  static String titleOf(int status) {
    return switch (status) {
      case 400 -> "Ongeldige invoer";
      case 401 -> "Niet aangemeld";
      case 403 -> "Geen toegang";
      case 404 -> "Niet gevonden";
      case 405 -> "Methode niet toegestaan";
      case 406 -> "Niet aanvaardbaar";
      case 409 -> "Conflict";
      case 413 -> "Te groot";
      case 415 -> "Mediatype niet ondersteund";
      case 429 -> "Te veel pogingen";
      default -> status >= 500 ? "Interne fout" : "Fout";
    };
  }

  public static Problem of(int status, String detail) {
    return new Problem("about:blank", titleOf(status), status, detail);
  }

  /** The document as JSON, for answers written outside JAX-RS (servlet filters, sign-in). */
  public String toJson() {
    return JSON.toJson(this);
  }
}
