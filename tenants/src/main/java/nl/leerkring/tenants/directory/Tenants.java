package nl.leerkring.tenants.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import nl.leerkring.tenants.Page;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The gemeenten in the portal. Anyone may look them up; only platform admins add and change them.
 */
@Stateless
public class Tenants {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  public TenantView register(Viewer viewer, String slug, String name, String cbsCode) {
    requirePlatformAdmin(viewer);
    Tenant tenant = new Tenant(slug, name, cbsCode);
    if (find(slug).isPresent()) {
      throw TenantsException.conflict(DirectoryCode.TENANT_SLUG_TAKEN, slug);
    }
    requireCbsCodeFree(cbsCode, null);
    em.persist(tenant);
    audit.record(
        viewer,
        null,
        "tenant.registered",
        "tenant:" + tenant.id(),
        slug + " " + name + " " + cbsCode);
    return TenantView.of(tenant);
  }

  /**
   * Gives a gemeente another name or CBS code; the slug stays. Platform admins only.
   *
   * @throws TenantsException {@code NOT_FOUND} for an unknown slug, {@code CONFLICT} for a CBS code
   *     of another gemeente
   */
  public TenantView change(Viewer viewer, String slug, String name, String cbsCode) {
    requirePlatformAdmin(viewer);
    Tenant tenant = find(slug).orElseThrow(() -> notFound(slug));
    String before = tenant.name() + " " + tenant.cbsCode();
    requireCbsCodeFree(cbsCode, tenant); // before the change: a flush would hit the unique key
    if (tenant.change(name, cbsCode)) {
      audit.record(
          viewer,
          tenant.id(),
          "tenant.changed",
          "tenant:" + tenant.id(),
          slug + " " + before + " -> " + tenant.name() + " " + tenant.cbsCode());
    }
    return TenantView.of(tenant);
  }

  /** The tenant with this slug; an unknown slug is {@link TenantsException.Kind#NOT_FOUND}. */
  public TenantView bySlug(String slug) {
    return find(slug).map(TenantView::of).orElseThrow(() -> notFound(slug));
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
    requirePlatformAdmin(viewer);
    return all();
  }

  /**
   * One page of the gemeenten whose name, slug or CBS code contains {@code q} (any case), by name;
   * platform admins only.
   */
  public Page<TenantView> page(Viewer viewer, Page.Request request) {
    requirePlatformAdmin(viewer);
    long total =
        em.createNamedQuery(Tenant.COUNT_MATCHING, Long.class)
            .setParameter("q", request.pattern())
            .getSingleResult();
    List<TenantView> items =
        em
            .createNamedQuery(Tenant.MATCHING, Tenant.class)
            .setParameter("q", request.pattern())
            .setFirstResult(request.offset())
            .setMaxResults(request.size())
            .getResultList()
            .stream()
            .map(TenantView::of)
            .toList();
    return new Page<>(items, total, request.page(), request.size());
  }

  public boolean any() {
    return !em.createNamedQuery(Tenant.ALL, Tenant.class)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private void requireCbsCodeFree(String cbsCode, Tenant self) {
    boolean taken =
        em
            .createNamedQuery(Tenant.BY_CBS_CODE, Tenant.class)
            .setParameter("code", cbsCode)
            .getResultList()
            .stream()
            .anyMatch(t -> !t.equals(self));
    if (taken) {
      throw new TenantsException(
          TenantsException.Kind.CONFLICT,
          List.of(
              nl.leerkring.tenants.Refusal.onField(
                  "cbsCode", DirectoryCode.CBS_CODE_TAKEN, cbsCode)));
    }
  }

  private static void requirePlatformAdmin(Viewer viewer) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden(DirectoryCode.ONLY_PLATFORM_ADMINS);
    }
  }

  private static TenantsException notFound(String slug) {
    return TenantsException.notFound(DirectoryCode.TENANT_NOT_FOUND, String.valueOf(slug));
  }

  Optional<Tenant> find(String slug) {
    return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }
}
