package nl.leerkring.portal.cofinancing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;

/**
 * What the cofinancing ledger keeps in a tenant's workspace: its sources, contributions, versions
 * and lines.
 */
@ApplicationScoped
public class CofinancingWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(
        FundingSource.class, ContributionEntry.class, VersionEntry.class, LineEntry.class);
  }
}
