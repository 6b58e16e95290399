package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Objects;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.web.security.ClientAddress;
import nl.leerkring.web.security.CurrentViewer;
import nl.leerkring.web.security.PortalAuthentication;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject CurrentViewer current;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject PortalAuthentication authentication;

  @Inject ClientAddress clientAddress;

  private String currentPassword;
  private String replacement;
  private String repeat;

  public String change() {
    if (!Objects.equals(replacement, repeat)) {
      errors.addText("repeat", "password.mismatch");
      return null;
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    // Every other session and token of the account ends; this session goes on.
    if (errors.run(
        FieldErrors.fields(
            "currentPassword", "current",
            "current", "current",
            "password", "replacement",
            "newPassword", "replacement",
            "replacement", "replacement"),
        () ->
            authentication.continueSession(
                request,
                accounts.changePassword(
                    current.signedIn(),
                    currentPassword,
                    replacement,
                    clientAddress.of(request))))) {
      Messages.info(faces, "password.changed");
    }
    return null;
  }

  public String getCurrent() {
    return currentPassword;
  }

  public void setCurrent(String value) {
    this.currentPassword = value;
  }

  public String getReplacement() {
    return replacement;
  }

  public void setReplacement(String replacement) {
    this.replacement = replacement;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String repeat) {
    this.repeat = repeat;
  }
}
