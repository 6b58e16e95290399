package nl.leerkring.portal.publishing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/**
 * The gemeente's publications with the coordinators' decisions (approved, returned with a reason,
 * hidden): what it chose to show outside its workspace. Kept as a record by an import: a new
 * gemeente is in no circle yet, so nothing of it is published by the import.
 */
@ApplicationScoped
public class PublishingWorkspace implements WorkspaceContributor {

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.record(
            "publications",
            "publication",
            "owner_tenant_id",
            "Een publicatie van de gemeente in een kring, met het besluit van de coördinator."));
  }
}
