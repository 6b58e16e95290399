package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.stream.Collectors;
import nl.leerkring.portal.workspace.Settings;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.Viewer;
import nl.leerkring.web.security.CurrentViewer;

/** What every page's header shows: the person's tenant and circles; and signing out. */
@Named
@RequestScoped
public class Shell {

  @Inject CurrentViewer current;

  @Inject Tenants tenants;

  @Inject Settings settings;

  @Inject ExternalContext external;

  private String tenantName;

  public String getTenantName() {
    if (tenantName == null) {
      Viewer v = current.get();
      tenantName = v.homeTenant().flatMap(tenants::byId).map(TenantView::name).orElse("—");
    }
    return tenantName;
  }

  public String getCircleNames() {
    return current.get().circles().stream()
        .map(CircleGrant::name)
        .distinct()
        .collect(Collectors.joining(", "));
  }

  /** The circles the person takes part in or reads, once each, for the menu (F7: circle home). */
  public java.util.List<CircleGrant> getCircles() {
    java.util.Map<String, CircleGrant> bySlug = new java.util.LinkedHashMap<>();
    current.get().circles().forEach(g -> bySlug.putIfAbsent(g.slug(), g));
    return java.util.List.copyOf(bySlug.values());
  }

  /** The welcome text of the person's own tenant, if it set one. */
  public String getTenantWelcome() {
    Viewer v = current.get();
    return v.homeTenant().map(t -> settings.get(v, t).welcomeText()).orElse(null);
  }

  /** Role names in the page language, e.g. "lid, beheerder gemeente". */
  public String roleNames(java.util.Set<nl.leerkring.tenants.tenancy.Role> roles) {
    jakarta.faces.context.FacesContext faces =
        jakarta.faces.context.FacesContext.getCurrentInstance();
    return roles.stream()
        .sorted()
        .map(r -> Messages.text(faces, "role." + r.label()))
        .collect(Collectors.joining(", "));
  }

  public String signOut() throws ServletException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    request.logout();
    external.invalidateSession();
    return "/login.xhtml?faces-redirect=true&signedOut=true";
  }
}
