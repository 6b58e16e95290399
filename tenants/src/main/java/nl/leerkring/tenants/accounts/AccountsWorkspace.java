package nl.leerkring.tenants.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;

/** What accounts keep in a tenant's workspace: its memberships. */
@ApplicationScoped
public class AccountsWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(Member.class);
  }
}
