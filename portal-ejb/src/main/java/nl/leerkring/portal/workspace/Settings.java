package nl.leerkring.portal.workspace;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/** A tenant's workspace settings: its members read them, its admins change them. */
@Stateless
@TenantBound
public class Settings {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  public SettingsView get(Viewer viewer, TenantId tenant) {
    return current().view();
  }

  public SettingsView change(Viewer viewer, TenantId tenant, SettingsView wanted) {
    if (!viewer.mayAdminister(tenant)) {
      throw PortalException.forbidden(WorkspaceCode.ADMINS_ONLY);
    }
    // A PUT replaces every setting: a body without the one required field is not a settings
    // document (a typo in every name would otherwise clear the welcome text and contact address).
    if (wanted.defaultLocale() == null || wanted.defaultLocale().isBlank()) {
      throw PortalException.invalidField("defaultLocale", WorkspaceCode.DEFAULT_LOCALE_REQUIRED);
    }
    TenantSettings settings = current();
    SettingsView before = settings.view();
    settings.change(wanted.contactEmail(), wanted.welcomeText(), wanted.defaultLocale());
    if (settings.version() == 0 && !em.contains(settings)) {
      em.persist(settings);
    }
    audit.record(
        viewer,
        tenant,
        "settings.changed",
        "settings:" + settings.id(),
        before + " -> " + settings.view());
    return settings.view();
  }

  private TenantSettings current() {
    return em.createNamedQuery(TenantSettings.CURRENT, TenantSettings.class)
        .getResultStream()
        .findFirst()
        .orElseGet(TenantSettings::defaults);
  }
}
