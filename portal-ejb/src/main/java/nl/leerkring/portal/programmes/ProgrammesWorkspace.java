package nl.leerkring.portal.programmes;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;

/** What programmes keep in a tenant's workspace: a programme and its parts. */
@ApplicationScoped
public class ProgrammesWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(
        Programme.class,
        Partner.class,
        Theme.class,
        Goal.class,
        ProgrammeAction.class,
        Milestone.class,
        ProgressNote.class,
        ProgrammeLink.class);
  }
}
