package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.tenants.accounts.Profile;
import nl.leerkring.tenants.accounts.ProfileChange;
import nl.leerkring.tenants.accounts.Profiles;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One's own name, e-mail address and mail language ({@code /app/profile.xhtml}). A new address is
 * used once the link mailed to it is opened; the page says which address waits for that.
 */
@Named
@RequestScoped
public class ProfilePage {

  @Inject CurrentViewer current;

  @Inject Profiles profiles;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private Profile profile;
  private String displayName;
  private String email;
  private String language;

  @PostConstruct
  void load() {
    profile = profiles.mine(current.signedIn());
    displayName = profile.displayName();
    email = profile.email();
    language = profile.language();
  }

  public String save() {
    if (errors.run(
        FieldErrors.fields(
            "displayName",
            "profile-name",
            "email",
            "profile-email",
            "language",
            "profile-language"),
        () ->
            profile =
                profiles.change(
                    current.signedIn(),
                    new ProfileChange(displayName, email == null ? "" : email, language)))) {
      Messages.info(
          faces, profile.pendingEmail() == null ? "profile.saved" : "profile.confirmSent");
    }
    return null;
  }

  public Profile getProfile() {
    return profile;
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

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String v) {
    language = v;
  }
}
