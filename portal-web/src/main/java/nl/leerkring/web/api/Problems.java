package nl.leerkring.web.api;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.i18n.CodeTexts;

/** Maps every failure of the API to a problem document. */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());

  private Problems() {}

  static int statusOf(TenantsException.Kind kind) {
    return switch (kind) {
      case INVALID -> 400;
      case UNAUTHENTICATED -> 401;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case THROTTLED -> 429;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
      case UNAVAILABLE -> 503;
    };
  }

  /** The language of the answer: the request's Accept-Language, Dutch by default. */
  static Locale languageOf(HttpHeaders headers) {
    return headers == null ? CodeTexts.DUTCH : CodeTexts.choose(headers.getAcceptableLanguages());
  }

  /** The exceptions of the tenants module. */
  @Provider
  public static class OfTenants implements ExceptionMapper<TenantsException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(TenantsException e) {
      return Problem.of(statusOf(e.kind()), e, languageOf(headers)).toResponse();
    }
  }

  /** The exceptions of the business components. */
  @Provider
  public static class OfPortal implements ExceptionMapper<PortalException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(PortalException e) {
      return Problem.of(statusOf(e.kind()), e, languageOf(headers)).toResponse();
    }
  }

  /** Unknown paths, wrong methods and media types, and bodies JAX-RS could not read. */
  @Provider
  public static class OfJaxRs implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        return Unexpected.log(e);
      }
      String parameter = badParameter(e);
      if (parameter != null) {
        return Problem.of(400, "The parameter \"" + parameter + "\" has a value that is not valid.")
            .toResponse();
      }
      if (status == 400 && e.getCause() != null) {
        return Problem.of(400, "The request body is not valid JSON for this endpoint.")
            .toResponse();
      }
      String detail =
          switch (status) {
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 415 -> "Send the body as application/json.";
            default -> e.getMessage();
          };
      return Problem.of(status, detail).toResponse();
    }
  }

  /**
   * The name of the query, path or form parameter that JAX-RS could not convert (a year that is no
   * number), or null. Jersey answers that with 404 for query and path parameters, which reads as
   * "nothing here" to the caller; we say what is wrong instead. Jersey's {@code ParamException} is
   * found by name, as the runtime's class, to keep Jersey out of the compile classpath.
   */
  static String badParameter(WebApplicationException e) {
    for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
      if (c.getName().equals("org.glassfish.jersey.server.ParamException")) {
        try {
          Object name = c.getMethod("getParameterName").invoke(e);
          return name == null ? "?" : name.toString();
        } catch (ReflectiveOperationException notAsExpected) {
          return "?";
        }
      }
    }
    return null;
  }

  /** Malformed JSON, or JSON that does not fit the expected shape. */
  @Provider
  public static class OfJsonb implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      LOG.log(Level.FINE, "Request body does not fit", e);
      return Problem.of(400, "The request body is not valid JSON for this endpoint.").toResponse();
    }
  }

  /** Malformed JSON found by the parser itself. */
  @Provider
  public static class OfJsonParsing implements ExceptionMapper<JsonParsingException> {
    @Override
    public Response toResponse(JsonParsingException e) {
      return Problem.of(400, "The request body is not valid JSON.").toResponse();
    }
  }

  /** A body that could not be read at all. */
  @Provider
  public static class OfProcessing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      LOG.log(Level.FINE, "Unreadable request body", e);
      return Problem.of(400, "The request body could not be read as JSON.").toResponse();
    }
  }

  /** Anything else: logged with an incident id, answered without details. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    @Override
    public Response toResponse(Exception e) {
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof TenantsException t) {
          return new OfTenants().toResponse(t);
        }
        if (cause instanceof PortalException p) {
          return new OfPortal().toResponse(p);
        }
        if (isConcurrentChange(cause)) {
          return Problem.of(
                  409,
                  "Someone else saved this at the same moment. Nothing of yours was saved: reload"
                      + " and make your change again.")
              .toResponse();
        }
        cause = cause.getCause();
      }
      return log(e);
    }

    /** Two writers that passed their checks at once: the later commit lost the race. */
    static boolean isConcurrentChange(Throwable t) {
      // EclipseLink's own exception is named rather than imported: the runtime provides it.
      return t instanceof jakarta.persistence.OptimisticLockException
          || t.getClass()
              .getName()
              .equals("org.eclipse.persistence.exceptions.OptimisticLockException");
    }

    static Response log(Exception e) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, e);
      return Problem.of(
              500,
              "Something went wrong on our side. Mention incident "
                  + incident
                  + " if you report it.")
          .toResponse();
    }
  }
}
