package nl.leerkring.portal.workspace;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.Refusals;
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
    Refusals wrong = new Refusals();
    if (contactEmail != null
        && !contactEmail.isBlank()
        && (contactEmail.length() > 200
            || !contactEmail.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
      wrong.add("contactEmail", WorkspaceCode.NOT_AN_EMAIL_ADDRESS, contactEmail.strip());
    }
    if (welcomeText != null && welcomeText.length() > 2000) {
      wrong.add("welcomeText", CommonCode.TOO_LONG, 2000);
    }
    String locale = defaultLocale == null ? "nl" : defaultLocale.strip().toLowerCase(Locale.ROOT);
    if (!LOCALES.contains(locale)) {
      wrong.add(
          "defaultLocale", WorkspaceCode.LANGUAGE_NOT_OFFERED, defaultLocale, List.of("nl", "en"));
    }
    wrong.throwIfAny();
    this.contactEmail =
        contactEmail == null || contactEmail.isBlank() ? null : contactEmail.strip();
    this.welcomeText = welcomeText == null || welcomeText.isBlank() ? null : welcomeText.strip();
    this.defaultLocale = locale;
  }

  SettingsView view() {
    return new SettingsView(contactEmail, welcomeText, defaultLocale);
  }
}
