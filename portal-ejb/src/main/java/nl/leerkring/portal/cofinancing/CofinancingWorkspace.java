package nl.leerkring.portal.cofinancing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

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

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.owned("ledger-sources", "ledger_source", "Een financieringsbron."),
        WorkspaceTable.owned("ledger-contributions", "ledger_contribution", "Een bijdrage."),
        WorkspaceTable.owned("ledger-versions", "ledger_version", "Een begrotingsversie."),
        WorkspaceTable.owned("ledger-lines", "ledger_line", "Een begrotingsregel."),
        WorkspaceTable.record(
            "statements",
            "cofinancing_statement",
            "tenant_id",
            "Een cofinancieringsverantwoording zoals ingediend bij een kring, met het besluit."));
  }
}
