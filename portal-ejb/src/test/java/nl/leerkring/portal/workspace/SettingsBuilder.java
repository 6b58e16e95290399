package nl.leerkring.portal.workspace;

import jakarta.persistence.EntityManager;
import nl.leerkring.tenants.tenancy.TenantId;

/** Test data: a tenant's settings with a recognisable welcome text. */
public final class SettingsBuilder {

  private SettingsBuilder() {}

  public static TenantSettings persistSettings(EntityManager em, TenantId tenant) {
    TenantSettings settings = TenantSettings.defaults();
    settings.change(
        "contact@" + tenant.value().substring(0, 8) + ".example", "Alleen voor " + tenant, "nl");
    em.persist(settings);
    return settings;
  }
}
