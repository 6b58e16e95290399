package nl.leerkring.tenants.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/** The gemeenten in the portal. Anyone may look them up; only platform admins add them. */
@Stateless
public class Tenants {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  public TenantView register(Viewer viewer, String slug, String name, String cbsCode) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden("Only platform admins add tenants.");
    }
    Tenant tenant = new Tenant(slug, name, cbsCode);
    if (find(slug).isPresent()) {
      throw TenantsException.conflict("A tenant with slug '" + slug + "' exists already.");
    }
    if (!em.createNamedQuery(Tenant.BY_CBS_CODE, Tenant.class)
        .setParameter("code", cbsCode)
        .getResultList()
        .isEmpty()) {
      throw TenantsException.conflict("A tenant with CBS code " + cbsCode + " exists already.");
    }
    em.persist(tenant);
    audit.record(
        viewer,
        null,
        "tenant.registered",
        "tenant:" + tenant.id(),
        slug + " " + name + " " + cbsCode);
    return TenantView.of(tenant);
  }

  /** The tenant with this slug; an unknown slug is {@link TenantsException.Kind#NOT_FOUND}. */
  public TenantView bySlug(String slug) {
    return find(slug)
        .map(TenantView::of)
        .orElseThrow(() -> TenantsException.notFound("No tenant '" + slug + "'."));
  }

  public Optional<TenantView> byId(TenantId id) {
    return Optional.ofNullable(em.find(Tenant.class, id.value())).map(TenantView::of);
  }

  public List<TenantView> all() {
    return em.createNamedQuery(Tenant.ALL, Tenant.class).getResultList().stream()
        .map(TenantView::of)
        .toList();
  }

  /** All tenants, for platform administration. */
  public List<TenantView> administered(Viewer viewer) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden("Only platform admins administer tenants.");
    }
    return all();
  }

  public boolean any() {
    return !em.createNamedQuery(Tenant.ALL, Tenant.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private Optional<Tenant> find(String slug) {
    return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
