package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.tenants.accounts.Profiles;

/**
 * The public page of an e-mail confirmation link ({@code /confirm-email.xhtml?token=…}). Opening
 * the page changes nothing: the person presses the button, because mail scanners open links too.
 */
@Named
@RequestScoped
public class ConfirmEmailPage {

  @Inject Profiles profiles;

  @Inject FacesContext faces;

  private String confirmed;

  public String getToken() {
    return Inputs.param(faces, "token");
  }

  public String confirm() {
    Messages.attempt(faces, () -> confirmed = profiles.confirmEmail(getToken()));
    return null;
  }

  /** The address just confirmed; null before. */
  public String getConfirmed() {
    return confirmed;
  }
}
