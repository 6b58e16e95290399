package nl.leerkring.portal.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;

/** What a tenant's own settings keep in its workspace. */
@ApplicationScoped
public class SettingsWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(TenantSettings.class);
  }
}
