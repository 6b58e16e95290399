package nl.leerkring.portal.transfer;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * The export rows, each change committed at once (its own transaction): a status question from any
 * node sees the progress while the export runs.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ExportJobs {

  @PersistenceContext EntityManager em;

  public TenantExport create(TenantId tenant, String requestedBy) {
    TenantExport export = new TenantExport(tenant, requestedBy, Instant.now());
    em.persist(export);
    return export;
  }

  public void progress(String id, int percent) {
    TenantExport export = em.find(TenantExport.class, id);
    if (export != null) {
      export.advance(percent);
    }
  }

  public void done(String id, StoredBlob file, String name) {
    em.find(TenantExport.class, id).finish(file.id(), name, file.size(), Instant.now());
  }

  public void failed(String id) {
    em.find(TenantExport.class, id).fail(Instant.now());
  }
}
