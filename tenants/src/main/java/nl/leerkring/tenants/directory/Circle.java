package nl.leerkring.tenants.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.ViewerChanges;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * A leerkring: member tenants that share what they publish, for a period, within a programme line.
 */
@Entity
@EntityListeners(ViewerChanges.class)
@Table(name = "circle")
@NamedQuery(name = Circle.BY_SLUG, query = "select c from Circle c where c.slug = :slug")
@NamedQuery(name = Circle.ALL, query = "select c from Circle c order by c.name")
@NamedQuery(
    name = Circle.WITH_MEMBER,
    query = "select c from Circle c join c.memberTenants t where t = :tenant order by c.name")
public class Circle {

  public static final String BY_SLUG = "Circle.bySlug";
  public static final String ALL = "Circle.all";
  public static final String WITH_MEMBER = "Circle.withMember";

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, unique = true, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "programme_line", length = 200)
  private String programmeLine;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "circle_tenant", joinColumns = @JoinColumn(name = "circle_id"))
  @Column(name = "tenant_id", length = 36, nullable = false)
  private Set<String> memberTenants = new HashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Circle() {}

  public Circle(String slug, String name, String programmeLine, LocalDate start, LocalDate end) {
    this.id = CircleId.generate().value();
    this.slug = Slugs.require("circle", slug);
    this.name = Tenant.requireName(name);
    this.programmeLine = programmeLine == null ? null : programmeLine.strip();
    if (start != null && end != null && end.isBefore(start)) {
      throw TenantsException.invalid(
          "The period of circle '"
              + slug
              + "' ends ("
              + end
              + ") before it starts ("
              + start
              + ").");
    }
    this.periodStart = start;
    this.periodEnd = end;
    this.createdAt = Instant.now();
  }

  public void admit(TenantId tenant) {
    memberTenants.add(tenant.value());
  }

  public void release(TenantId tenant) {
    memberTenants.remove(tenant.value());
  }

  public CircleId id() {
    return new CircleId(id);
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String programmeLine() {
    return programmeLine;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public Set<String> memberTenantIds() {
    return Collections.unmodifiableSet(memberTenants);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Circle that && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
