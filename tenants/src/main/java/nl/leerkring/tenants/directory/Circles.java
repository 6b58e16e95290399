package nl.leerkring.tenants.directory;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The leerkringen in the portal and their member tenants. Only platform admins create and change
 * them.
 */
@Stateless
public class Circles {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  public CircleView create(
      Viewer viewer,
      String slug,
      String name,
      String programmeLine,
      LocalDate start,
      LocalDate end,
      List<String> memberSlugs) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden("Only platform admins create circles.");
    }
    Circle circle = new Circle(slug, name, programmeLine, start, end);
    if (find(slug) != null) {
      throw TenantsException.conflict("A circle with slug '" + slug + "' exists already.");
    }
    for (String member : memberSlugs == null ? List.<String>of() : memberSlugs) {
      circle.admit(
          em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
              .setParameter("slug", member)
              .getResultStream()
              .findFirst()
              .orElseThrow(() -> TenantsException.invalid("No tenant '" + member + "'."))
              .id());
    }
    em.persist(circle);
    audit.record(
        viewer,
        null,
        "circle.created",
        "circle:" + circle.id(),
        slug + " members=" + (memberSlugs == null ? List.of() : memberSlugs));
    return view(circle);
  }

  /** The circle with this slug; an unknown slug is {@link TenantsException.Kind#NOT_FOUND}. */
  public CircleView bySlug(String slug) {
    Circle circle = find(slug);
    if (circle == null) {
      throw TenantsException.notFound("No circle '" + slug + "'.");
    }
    return view(circle);
  }

  public List<CircleView> all() {
    return em.createNamedQuery(Circle.ALL, Circle.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  /**
   * The id of the circle with this slug; an unknown slug is {@link TenantsException.Kind#INVALID}.
   */
  public CircleId idOf(String slug) {
    Circle circle = find(slug);
    if (circle == null) {
      throw TenantsException.invalid("No circle '" + slug + "'.");
    }
    return circle.id();
  }

  /** The circles the tenant is a member of. */
  public List<Circle> withMember(TenantId tenant) {
    return em.createNamedQuery(Circle.WITH_MEMBER, Circle.class)
        .setParameter("tenant", tenant.value())
        .getResultList();
  }

  public Circle byId(CircleId id) {
    return em.find(Circle.class, id.value());
  }

  Circle find(String slug) {
    return em.createNamedQuery(Circle.BY_SLUG, Circle.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private CircleView view(Circle c) {
    List<TenantView> members =
        c.memberTenantIds().stream()
            .map(id -> em.find(Tenant.class, id))
            .filter(t -> t != null)
            .map(TenantView::of)
            .sorted(Comparator.comparing(TenantView::name))
            .toList();
    return new CircleView(
        c.id().value(),
        c.slug(),
        c.name(),
        c.programmeLine(),
        c.periodStart(),
        c.periodEnd(),
        members);
  }
}
