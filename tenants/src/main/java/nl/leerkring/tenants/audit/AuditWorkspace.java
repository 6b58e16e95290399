package nl.leerkring.tenants.audit;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import nl.leerkring.tenants.tenancy.WorkspaceTable;

/** The gemeente's part of the audit log: a record in its export, not a workspace entity. */
@ApplicationScoped
public class AuditWorkspace implements WorkspaceContributor {

  @Override
  public List<WorkspaceTable> exported() {
    return List.of(
        WorkspaceTable.record(
            "audit-log", "audit_log", "tenant_id", "Een regel uit het auditlog van de gemeente."));
  }
}
