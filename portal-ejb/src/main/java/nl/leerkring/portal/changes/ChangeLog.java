package nl.leerkring.portal.changes;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Appends to the change log inside the caller's transaction, and reads it for followers. */
@Dependent
public class ChangeLog {

  @PersistenceContext EntityManager em;

  public void upserted(String entity, String id) {
    em.persist(new ChangeLogEntry(entity, id, ChangeLogEntry.Operation.UPSERT));
  }

  public void deleted(String entity, String id) {
    em.persist(new ChangeLogEntry(entity, id, ChangeLogEntry.Operation.DELETE));
  }

  /** Entries after a sequence number, oldest first, at most {@code max}. */
  public List<ChangeLogEntry> since(long after, int max) {
    return em.createNamedQuery(ChangeLogEntry.SINCE, ChangeLogEntry.class)
        .setParameter("after", after)
        .setMaxResults(max)
        .getResultList();
  }
}
