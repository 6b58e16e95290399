package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Objects;
import java.util.ResourceBundle;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.web.security.CurrentViewer;

/** Changing one's own password. */
@Named
@RequestScoped
public class PasswordPage {

  @Inject CurrentViewer current;

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  private String current_;
  private String replacement;
  private String repeat;

  public String change() {
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    if (!Objects.equals(replacement, repeat)) {
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("password.mismatch"), null));
      return null;
    }
    try {
      accounts.changePassword(current.signedIn(), current_, replacement);
      faces.addMessage(
          null,
          new FacesMessage(FacesMessage.SEVERITY_INFO, msg.getString("password.changed"), null));
    } catch (TenantsException e) {
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
    }
    return null;
  }

  public String getCurrent() {
    return current_;
  }

  public void setCurrent(String value) {
    this.current_ = value;
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
