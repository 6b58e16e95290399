package nl.leerkring.portal.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** The settings of one tenant's workspace; at most one row per tenant. */
@Entity
@Table(name = "tenant_settings")
@NamedQuery(name = TenantSettings.CURRENT, query = "select s from TenantSettings s")
public class TenantSettings extends TenantOwned {

  public static final String CURRENT = "TenantSettings.current";
  static final Set<String> LOCALES = Set.of("nl", "en");

  @Column(name = "contact_email", length = 200)
  private String contactEmail;

  @Column(name = "welcome_text", length = 2000)
  private String welcomeText;

  @Column(name = "default_locale", nullable = false, length = 5)
  private String defaultLocale = "nl";

  protected TenantSettings() {}

  static TenantSettings defaults() {
    return new TenantSettings();
  }

  void change(String contactEmail, String welcomeText, String defaultLocale) {
    if (contactEmail != null
        && !contactEmail.isBlank()
        && (contactEmail.length() > 200
            || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      throw PortalException.invalid(
          "The contact address '" + contactEmail + "' is not an e-mail address.");
    }
    if (welcomeText != null && welcomeText.length() > 2000) {
      throw PortalException.invalid("The welcome text is longer than 2000 characters.");
    }
    String locale = defaultLocale == null ? "nl" : defaultLocale.strip().toLowerCase(Locale.ROOT);
    if (!LOCALES.contains(locale)) {
      throw PortalException.invalid(
          "The language '" + defaultLocale + "' is not offered; use nl or en.");
    }
    this.contactEmail =
        contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    this.welcomeText = welcomeText == null || welcomeText.isBlank() ? null : welcomeText.strip();
    this.defaultLocale = locale;
  }

  SettingsView view() {
    return new SettingsView(contactEmail, welcomeText, defaultLocale);
  }
}
