package nl.leerkring.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API's root. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Leerkring portal API",
            version = "1",
            description =
                "Tenants, circles, members and (later) case documents, the koffer, programmes and"
                    + " cofinancing of a leerkring. Get a token at POST /api/auth/token."))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class RestApplication extends Application {

  /**
   * Multipart uploads (EntityPart) need Jersey's multipart feature, which Payara ships but does not
   * enable. Jersey's generated WADL ({@code /api/application.wadl}, and the body of every {@code
   * OPTIONS} answer) is off: the API is described by {@code /openapi}.
   */
  @Override
  public java.util.Map<String, Object> getProperties() {
    return java.util.Map.of(
        "jersey.config.server.provider.classnames",
        "org.glassfish.jersey.media.multipart.MultiPartFeature",
        "jersey.config.server.wadl.disableWadl",
        true);
  }
}
