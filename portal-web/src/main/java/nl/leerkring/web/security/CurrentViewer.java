package nl.leerkring.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.ViewerCache;
import nl.leerkring.tenants.tenancy.Viewer;

/** The {@link Viewer} of the current request, computed once on first use. */
@Named
@RequestScoped
public class CurrentViewer {

  @Inject SecurityContext security;

  @Inject Accounts accounts;

  @Inject ViewerCache viewers;

  private Viewer viewer;

  public Viewer get() {
    if (viewer == null) {
      Principal caller = security.getCallerPrincipal();
      Viewer computed = Viewer.anonymous();
      if (caller != null) {
        try {
          computed = viewers.viewerOf(caller.getName(), accounts::viewerOf);
        } catch (TenantsException accountGone) {
          computed = Viewer.anonymous();
        }
      }
      viewer = computed;
    }
    return viewer;
  }

  /** The viewer, who must be signed in. */
  public Viewer signedIn() {
    Viewer v = get();
    if (v.isAnonymous()) {
      throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, "Sign in first.");
    }
    return v;
  }
}
