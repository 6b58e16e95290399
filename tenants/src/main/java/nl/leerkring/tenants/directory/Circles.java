package nl.leerkring.tenants.directory;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The leerkringen in the portal and their member tenants. Only platform admins create and change
 * them. A gemeente removed from a circle is announced as a {@link TenantLeftCircle} inside the same
 * transaction, so that what it shared there ends with it.
 */
@Stateless
public class Circles {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  @Inject Event<TenantLeftCircle> departures;

  public CircleView create(
      Viewer viewer,
      String slug,
      String name,
      String programmeLine,
      LocalDate start,
      LocalDate end,
      List<String> memberSlugs) {
    requirePlatformAdmin(viewer);
    Circle circle = new Circle(slug, name, programmeLine, start, end);
    if (find(slug) != null) {
      throw TenantsException.conflict(DirectoryCode.CIRCLE_SLUG_TAKEN, slug);
    }
    List<Refusal> unknown = new ArrayList<>();
    for (String member : memberSlugs == null ? List.<String>of() : memberSlugs) {
      Tenant tenant = tenant(member);
      if (tenant == null) {
        unknown.add(
            Refusal.onField("members", DirectoryCode.TENANT_NOT_FOUND, String.valueOf(member)));
      } else {
        circle.admit(tenant.id());
      }
    }
    if (!unknown.isEmpty()) {
      throw TenantsException.invalid(unknown);
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

  /** Renames a circle and sets its period; the slug stays. Platform admins only. */
  public CircleView change(
      Viewer viewer, String slug, String name, LocalDate start, LocalDate end) {
    requirePlatformAdmin(viewer);
    Circle circle = existing(slug);
    String before = circle.name() + " " + circle.periodStart() + ".." + circle.periodEnd();
    circle.change(name, start, end);
    audit.record(
        viewer,
        null,
        "circle.changed",
        "circle:" + circle.id(),
        slug + " " + before + " -> " + circle.name() + " " + start + ".." + end);
    return view(circle);
  }

  /**
   * Adds a gemeente to a circle: its members read the circle's catalog and may publish to it from
   * now on. Platform admins only.
   *
   * @throws TenantsException {@code NOT_FOUND} for an unknown circle, {@code INVALID} for an
   *     unknown gemeente, {@code CONFLICT} when it is a member already
   */
  public CircleView admit(Viewer viewer, String slug, String tenantSlug) {
    requirePlatformAdmin(viewer);
    Circle circle = existing(slug);
    Tenant tenant = tenant(tenantSlug);
    if (tenant == null) {
      throw TenantsException.invalidField(
          "tenant", DirectoryCode.TENANT_NOT_FOUND, String.valueOf(tenantSlug));
    }
    if (!circle.admit(tenant.id())) {
      throw TenantsException.conflict(DirectoryCode.ALREADY_MEMBER, tenant.name(), circle.name());
    }
    audit.record(
        viewer,
        tenant.id(),
        "circle.member-added",
        "circle:" + circle.id(),
        slug + " " + tenantSlug);
    return view(circle);
  }

  /**
   * Removes a gemeente from a circle. Its members no longer read the circle's catalog; what it
   * published there leaves the catalog and what waits for moderation there is returned to it (by
   * the publishing component, on {@link TenantLeftCircle}, in this transaction). Its workspace
   * keeps everything. Platform admins only.
   *
   * @throws TenantsException {@code NOT_FOUND} for an unknown circle or gemeente, or a gemeente
   *     that is no member
   */
  public CircleView release(Viewer viewer, String slug, String tenantSlug) {
    requirePlatformAdmin(viewer);
    Circle circle = existing(slug);
    Tenant tenant = tenant(tenantSlug);
    if (tenant == null) {
      throw TenantsException.notFound(DirectoryCode.TENANT_NOT_FOUND, String.valueOf(tenantSlug));
    }
    if (!circle.release(tenant.id())) {
      throw TenantsException.notFound(DirectoryCode.NOT_A_MEMBER, tenant.name(), circle.name());
    }
    departures.fire(new TenantLeftCircle(viewer, tenant.id(), circle.id()));
    audit.record(
        viewer,
        tenant.id(),
        "circle.member-removed",
        "circle:" + circle.id(),
        slug + " " + tenantSlug);
    return view(circle);
  }

  /** The circle with this slug; an unknown slug is {@link TenantsException.Kind#NOT_FOUND}. */
  public CircleView bySlug(String slug) {
    return view(existing(slug));
  }

  public List<CircleView> all() {
    return em.createNamedQuery(Circle.ALL, Circle.class).getResultList().stream()
        .map(this::view)
        .toList();
  }

  /**
   * The id of the circle with this slug; an unknown slug is {@link TenantsException.Kind#INVALID}
   * on {@code field}, the request field that named it.
   */
  public CircleId idOf(String field, String slug) {
    Circle circle = find(slug);
    if (circle == null) {
      throw TenantsException.invalidField(
          field, DirectoryCode.CIRCLE_NOT_FOUND, String.valueOf(slug));
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

  /** The circle with this slug, or null. */
  public Circle find(String slug) {
    return em.createNamedQuery(Circle.BY_SLUG, Circle.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private Circle existing(String slug) {
    Circle circle = find(slug);
    if (circle == null) {
      throw TenantsException.notFound(DirectoryCode.CIRCLE_NOT_FOUND, String.valueOf(slug));
    }
    return circle;
  }

  private Tenant tenant(String slug) {
    return em.createNamedQuery(Tenant.BY_SLUG, Tenant.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static void requirePlatformAdmin(Viewer viewer) {
    if (!viewer.isPlatformAdmin()) {
      throw TenantsException.forbidden(DirectoryCode.ONLY_PLATFORM_ADMINS);
    }
  }

  private CircleView view(Circle c) {
    // One query for all members, not one per gemeente: a circle of 30 was 30 look-ups per page.
    List<TenantView> members =
        (c.memberTenantIds().isEmpty()
                ? List.<Tenant>of()
                : em.createQuery("select t from Tenant t where t.id in :ids", Tenant.class)
                    .setParameter("ids", List.copyOf(c.memberTenantIds()))
                    .getResultList())
            .stream().map(TenantView::of).sorted(Comparator.comparing(TenantView::name)).toList();
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
