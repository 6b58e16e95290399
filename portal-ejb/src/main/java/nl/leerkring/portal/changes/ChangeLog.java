package nl.leerkring.portal.changes;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * Appends to the change log inside the caller's transaction, and reads it for followers. An entry
 * records the tenant bound to the transaction, so a follower can read a workspace item in its own
 * tenant.
 */
@Dependent
public class ChangeLog {

  @PersistenceContext EntityManager em;

  @Inject ChangeSignal signal;

  public void upserted(String entity, String id) {
    append(new ChangeLogEntry(entity, id, boundTenant(), ChangeLogEntry.Operation.UPSERT));
  }

  /** An upsert in a named tenant, for work that binds none (a gemeente's import). */
  public void upserted(String entity, String id, String tenantId) {
    append(new ChangeLogEntry(entity, id, tenantId, ChangeLogEntry.Operation.UPSERT));
  }

  public void deleted(String entity, String id) {
    append(new ChangeLogEntry(entity, id, boundTenant(), ChangeLogEntry.Operation.DELETE));
  }

  private void append(ChangeLogEntry entry) {
    em.persist(entry);
    if (signal != null) {
      signal.written(); // followers here and on other nodes read it as soon as it commits
    }
  }

  /** Entries after a sequence number, oldest first, at most {@code max}. */
  public List<ChangeLogEntry> since(long after, int max) {
    return em.createNamedQuery(ChangeLogEntry.SINCE, ChangeLogEntry.class)
        .setParameter("after", after)
        .setMaxResults(max)
        .getResultList();
  }

  /** The entries with these sequence numbers that are visible now; for re-checking gaps. */
  public List<ChangeLogEntry> among(Collection<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery(ChangeLogEntry.AMONG, ChangeLogEntry.class)
        .setParameter("seqs", List.copyOf(seqs))
        .getResultList();
  }

  /** The highest sequence number written so far; 0 for an empty log. */
  public long latest() {
    Long max = em.createNamedQuery(ChangeLogEntry.LATEST, Long.class).getSingleResult();
    return max == null ? 0 : max;
  }

  private String boundTenant() {
    Object tenant = em.getProperties().get(TenantOwned.TENANT_PROPERTY);
    return tenant == null ? null : tenant.toString();
  }
}
