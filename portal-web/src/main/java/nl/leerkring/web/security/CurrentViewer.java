package nl.leerkring.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.api.ApiCode;

/**
 * The {@link Viewer} of the current request: the one {@link PortalAuthentication} admitted after
 * checking that the request's token or session has not ended; anonymous otherwise.
 */
@Named
@RequestScoped
public class CurrentViewer {

  /** Request attribute in which the authentication mechanism leaves the admitted viewer. */
  static final String VIEWER = "nl.leerkring.web.viewer";

  @Inject SecurityContext security;

  @Inject HttpServletRequest request;

  private Viewer viewer;

  public Viewer get() {
    if (viewer == null) {
      Principal caller = security.getCallerPrincipal();
      // Fails closed: a caller without an admitted viewer of the same name is nobody.
      viewer =
          caller != null
                  && request.getAttribute(VIEWER) instanceof Viewer admitted
                  && caller.getName().equals(admitted.username())
              ? admitted
              : Viewer.anonymous();
    }
    return viewer;
  }

  /** The viewer, who must be signed in. */
  public Viewer signedIn() {
    Viewer v = get();
    if (v.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, ApiCode.SIGN_IN_FIRST);
    }
    return v;
  }
}
