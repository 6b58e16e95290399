package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.web.security.CurrentViewer;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject CurrentViewer current;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  private String currentPassword;
  private String replacement;
  private String repeat;

  public String change() {
    if (!Objects.equals(replacement, repeat)) {
      Messages.error(faces, "password.mismatch");
      return null;
    }
    if (Messages.attempt(
        faces, () -> accounts.changePassword(current.signedIn(), currentPassword, replacement))) {
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
