package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import java.util.Objects;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.accounts.ResetLink;

/**
 * The public page of a one-time password-reset link ({@code /reset.xhtml?token=…}): the person
 * chooses a new password (twice), and the link never works again. The token travels in a hidden
 * field of the form, as the form posts to the page without its query.
 */
@Named
@RequestScoped
public class ResetPage {

  @Inject Accounts accounts;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private String password;
  private String repeat;
  private String doneFor;

  /**
   * The address of this page for a reset link, below the portal's root ({@code …/} with its context
   * path): the one place that knows it, for the admin pages and the REST API alike.
   */
  public static String address(URI root, ResetLink link) {
    return root.resolve("reset.xhtml?token=" + link.token()).toString();
  }

  public String getToken() {
    return Inputs.param(faces, "token");
  }

  public String set() {
    if (!Objects.equals(password, repeat)) {
      errors.addText("reset-repeat", "password.mismatch");
    }
    errors.run(
        FieldErrors.fields("password", "reset-password"),
        () -> doneFor = accounts.resetPassword(getToken(), password));
    return null;
  }

  /** The username whose password was just set; null before. */
  public String getDoneFor() {
    return doneFor;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String v) {
    password = v;
  }

  public String getRepeat() {
    return repeat;
  }

  public void setRepeat(String v) {
    repeat = v;
  }
}
