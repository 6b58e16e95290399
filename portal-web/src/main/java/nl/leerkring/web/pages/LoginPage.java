package nl.leerkring.web.pages;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.security.PortalIdentityStore;

/** The login form: hands the credential to the portal's authentication mechanism. */
@Named
@RequestScoped
public class LoginPage {

  @Inject SecurityContext security;

  @Inject FacesContext faces;

  @Inject ExternalContext external;

  private String username;
  private String password;
  private String next;
  private boolean signedOut;
  private boolean openIdFailed;

  @Inject nl.leerkring.web.security.OpenIdConnect openId;

  /** Whether to offer "sign in with your organisation's account" (OpenID Connect). */
  public boolean isOpenIdEnabled() {
    return openId.enabled();
  }

  /** The address that starts OpenID Connect sign-in, carrying the page asked for. */
  public String getOpenIdUrl() {
    return external.getRequestContextPath()
        + nl.leerkring.web.security.PortalAuthentication.OPENID_LOGIN
        + "?next="
        + java.net.URLEncoder.encode(safeNext(), java.nio.charset.StandardCharsets.UTF_8);
  }

  public boolean isOpenIdFailed() {
    return openIdFailed;
  }

  public void setOpenIdFailed(boolean openIdFailed) {
    this.openIdFailed = openIdFailed;
  }

  public String signIn() throws IOException {
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    AuthenticationStatus status =
        security.authenticate(
            request,
            response,
            withParams()
                .credential(
                    new UsernamePasswordCredential(
                        username == null ? "" : username,
                        new Password(password == null ? "" : password)))
                .newAuthentication(true));
    switch (status) {
      case SEND_CONTINUE:
        faces.responseComplete();
        return null;
      case SUCCESS:
        external.redirect(external.getRequestContextPath() + safeNext());
        return null;
      default:
        boolean throttled =
            request.getAttribute(PortalIdentityStore.FAILURE) instanceof TenantsException e
                && e.kind() == TenantsException.Kind.THROTTLED;
        Messages.error(faces, throttled ? "login.throttled" : "login.failed");
        return null;
    }
  }

  /** Only paths inside the portal: no scheme, no host, no protocol-relative {@code //}. */
  String safeNext() {
    if (next != null
        && next.startsWith("/")
        && !next.startsWith("//")
        && !next.contains("\\")
        && !next.startsWith("/login.xhtml")) {
      return next;
    }
    return "/app/dashboard.xhtml";
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  public boolean isSignedOut() {
    return signedOut;
  }

  public void setSignedOut(boolean signedOut) {
    this.signedOut = signedOut;
  }
}
