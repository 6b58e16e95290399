package nl.leerkring.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import nl.leerkring.tenants.accounts.ResetLink;
import nl.leerkring.web.security.CurrentViewer;

/**
 * What the two account editors share: a platform admin's {@link AccountForm} and a gemeente admin's
 * {@link MemberForm} both edit a person's name, e-mail address and whether the account is active,
 * and both show a one-time password-reset link once, right after making it.
 */
abstract class PersonForm {

  @Inject CurrentViewer current;

  @Inject FacesContext faces;

  String displayName;
  String email;
  boolean active;
  private String resetLink;
  private Instant resetExpires;

  /**
   * The form sends every field: an emptied one is blank, not "keep" (Faces hands empty input over
   * as null).
   */
  static String blankIfNull(String typed) {
    return typed == null ? "" : typed;
  }

  /** Keeps the link just made, to show it this once. */
  void show(ResetLink link) {
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    URI root =
        URI.create(
            request.getRequestURL().toString().replace(request.getRequestURI(), "")
                + request.getContextPath()
                + "/");
    resetLink = ResetPage.address(root, link);
    resetExpires = link.expiresAt();
  }

  public String getResetLink() {
    return resetLink;
  }

  public Instant getResetExpires() {
    return resetExpires;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String v) {
    displayName = v;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String v) {
    email = v;
  }

  public boolean isActive() {
    return active;
  }

  public void setActive(boolean v) {
    active = v;
  }
}
