package nl.leerkring.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.Refused;
import nl.leerkring.web.i18n.CodeTexts;

/**
 * An RFC 9457 problem document, worded in the reader's language; {@code errors} lists every reason
 * (every wrong field, with {@code field} naming it as the client sent it) and is left out when
 * there is only the detail.
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  /** One reason: the input field (null for the request as a whole), its code and its words. */
  public record FieldError(String field, String code, String message) {}

  public Problem(String type, String title, int status, String detail) {
    this(type, title, status, detail, null);
  }

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

  /** A detail worded by the caller, in one language only; use a code ({@link ApiCode}) instead. */
  @Deprecated
  public static Problem of(int status, String detail) {
    return new Problem("about:blank", titleOf(status), status, detail);
  }

  /** A refusal of a boundary, in {@code locale}. */
  public static Problem of(int status, Refused refused, Locale locale) {
    return of(status, refused.refusals(), locale);
  }

  /** The web layer's own answer ({@link ApiCode}), in {@code locale}. */
  public static Problem of(int status, Locale locale, Code code, Object... args) {
    return of(status, List.of(Refusal.of(code, args)), locale);
  }

  /** Every reason, in {@code locale}: the detail joins them, {@code errors} lists them. */
  public static Problem of(int status, List<Refusal> refusals, Locale locale) {
    List<FieldError> errors = new ArrayList<>();
    StringBuilder detail = new StringBuilder();
    for (Refusal r : refusals) {
      String message = CodeTexts.text(locale, r);
      errors.add(new FieldError(r.field(), r.code().key(), message));
      detail.append(detail.length() == 0 ? "" : " ").append(message);
    }
    String title = CodeTexts.text(locale, "Status." + status);
    if (title.startsWith("Status.")) {
      title = titleOf(status);
    }
    return new Problem("about:blank", title, status, detail.toString(), errors);
  }

  /** The document as JSON, for answers written outside JAX-RS (servlet filters, sign-in). */
  public String toJson() {
    return JSON.toJson(this);
  }

  /**
   * Answers a request outside JAX-RS (servlet filters, sign-in) with the problem of this status and
   * code, worded in the language the request asks for.
   */
  public static void send(
      HttpServletRequest request, HttpServletResponse response, int status, Code code)
      throws IOException {
    response.setStatus(status);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType(MEDIA_TYPE);
    Locale locale = CodeTexts.choose(request.getHeader("Accept-Language"));
    response.getWriter().write(of(status, locale, code).toJson());
  }
}
