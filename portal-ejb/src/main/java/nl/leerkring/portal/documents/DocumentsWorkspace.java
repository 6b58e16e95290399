package nl.leerkring.portal.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;

/** What case documents keep in a tenant's workspace: documents and their files. */
@ApplicationScoped
public class DocumentsWorkspace implements WorkspaceContributor {

  @Override
  public List<Class<? extends TenantOwned>> owned() {
    return List.of(Document.class, DocumentFile.class);
  }
}
