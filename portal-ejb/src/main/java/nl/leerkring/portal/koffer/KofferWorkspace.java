package nl.leerkring.portal.koffer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;

/** What the koffer keeps in a tenant's workspace: its method cards and their uses. */
@ApplicationScoped
public class KofferWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(MethodCard.class, MethodUse.class);
  }
}
