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

  /**
   * The language of the answer: the request's Accept-Language, Dutch by default. The header is read
   * as sent, so a malformed one still gets an answer (in Dutch) rather than a failing mapper.
   */
  static Locale languageOf(HttpHeaders headers) {
    return headers == null
        ? CodeTexts.DUTCH
        : CodeTexts.choose(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
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
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      if (status >= 500) {
        return Unexpected.log(e, languageOf(headers));
      }
      Locale locale = languageOf(headers);
      String parameter = badParameter(e);
      if (parameter != null) {
        return Problem.of(400, locale, ApiCode.BAD_PARAMETER, parameter).toResponse();
      }
      if (status == 400 && e.getCause() != null) {
        return Problem.of(400, locale, ApiCode.BODY_NOT_JSON_FOR_ENDPOINT).toResponse();
      }
      ApiCode code =
          switch (status) {
            case 404 -> ApiCode.NOTHING_HERE;
            case 405 -> ApiCode.METHOD_NOT_ALLOWED;
            case 415 -> ApiCode.SEND_JSON;
            default -> ApiCode.OTHER;
          };
      return Problem.of(status, locale, code, status).toResponse();
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
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException e) {
      LOG.log(Level.FINE, "Request body does not fit", e);
      return Problem.of(400, languageOf(headers), ApiCode.BODY_NOT_JSON_FOR_ENDPOINT).toResponse();
    }
  }

  /** Malformed JSON found by the parser itself. */
  @Provider
  public static class OfJsonParsing implements ExceptionMapper<JsonParsingException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(JsonParsingException e) {
      return Problem.of(400, languageOf(headers), ApiCode.BODY_NOT_JSON).toResponse();
    }
  }

  /** A body that could not be read at all. */
  @Provider
  public static class OfProcessing implements ExceptionMapper<ProcessingException> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(ProcessingException e) {
      LOG.log(Level.FINE, "Unreadable request body", e);
      return Problem.of(400, languageOf(headers), ApiCode.BODY_UNREADABLE).toResponse();
    }
  }

  /** Anything else: logged with an incident id, answered without details. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Exception> {
    @Context HttpHeaders headers;

    @Override
    public Response toResponse(Exception e) {
      Locale locale = languageOf(headers);
      Throwable cause = e;
      while (cause != null) {
        if (cause instanceof TenantsException t) {
          return Problem.of(statusOf(t.kind()), t, locale).toResponse();
        }
        if (cause instanceof PortalException p) {
          return Problem.of(statusOf(p.kind()), p, locale).toResponse();
        }
        if (isConcurrentChange(cause)) {
          return Problem.of(409, locale, ApiCode.CONCURRENT_CHANGE).toResponse();
        }
        cause = cause.getCause();
      }
      return log(e, locale);
    }

    /** Two writers that passed their checks at once: the later commit lost the race. */
    static boolean isConcurrentChange(Throwable t) {
      // EclipseLink's own exception is named rather than imported: the runtime provides it.
      return t instanceof jakarta.persistence.OptimisticLockException
          || t.getClass()
              .getName()
              .equals("org.eclipse.persistence.exceptions.OptimisticLockException");
    }

    static Response log(Exception e, Locale locale) {
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Incident " + incident, e);
      return Problem.of(500, locale, ApiCode.INCIDENT, incident).toResponse();
    }
  }
}
