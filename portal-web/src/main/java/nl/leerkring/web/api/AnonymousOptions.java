package nl.leerkring.web.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import nl.leerkring.web.i18n.CodeTexts;

/**
 * An anonymous {@code OPTIONS} gets the 401 that every anonymous request for something that needs
 * sign-in gets, not Jersey's list of the methods an address takes. The portal answers no
 * cross-origin (CORS) preflight, so no browser needs {@code OPTIONS}; a signed-in caller still gets
 * Jersey's {@code Allow} header.
 */
@Provider
@PreMatching
public class AnonymousOptions implements ContainerRequestFilter {

  @Override
  public void filter(ContainerRequestContext request) {
    if ("OPTIONS".equals(request.getMethod())
        && (request.getSecurityContext() == null
            || request.getSecurityContext().getUserPrincipal() == null)) {
      request.abortWith(
          Problem.of(
                  401,
                  CodeTexts.choose(request.getHeaderString("Accept-Language")),
                  ApiCode.SIGN_IN_TO_ASK)
              .toResponse());
    }
  }
}
