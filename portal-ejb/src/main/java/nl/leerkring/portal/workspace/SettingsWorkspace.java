package nl.leerkring.portal.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/** What a tenant's own settings keep in its workspace. */
@ApplicationScoped
public class SettingsWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(TenantSettings.class);
  }

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.owned("settings", "tenant_settings", "De instellingen van de gemeente."));
  }
}
