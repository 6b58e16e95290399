package nl.leerkring.tenants.audit;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/** Records writes; called by boundaries inside their own transaction. */
@Dependent
public class Audit {

  @PersistenceContext EntityManager em;

  /**
   * @param tenant the tenant whose data changed, or {@code null} for the directory
   * @param action what happened, as {@code noun.verb}, e.g. {@code member.added}
   * @param subject what it happened to, e.g. {@code member:4f1c…}
   */
  public void record(Viewer actor, TenantId tenant, String action, String subject, String summary) {
    String who = actor == null || actor.isAnonymous() ? "system" : actor.username();
    em.persist(
        new AuditEntry(who, tenant == null ? null : tenant.value(), action, subject, summary));
  }

  /** The newest entries first; platform admins only. */
  public List<AuditEntry> latest(Viewer viewer, int max) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden(AuditCode.ONLY_PLATFORM_ADMINS);
    }
    return em.createNamedQuery(AuditEntry.LATEST, AuditEntry.class)
        .setMaxResults(max)
        .getResultList();
  }
}
