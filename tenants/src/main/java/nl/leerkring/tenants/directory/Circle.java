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
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import nl.leerkring.tenants.Refusal;
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

  /** A new circle; every wrong field is reported at once. */
  public Circle(String slug, String name, String programmeLine, LocalDate start, LocalDate end) {
    List<Refusal> wrong = new ArrayList<>();
    if (!Slugs.isValid(slug)) {
      wrong.add(Refusal.onField("slug", DirectoryCode.CIRCLE_SLUG_INVALID, String.valueOf(slug)));
    }
    check(name, start, end, wrong);
    this.id = CircleId.generate().value();
    this.slug = slug;
    this.name = name.strip();
    this.programmeLine = programmeLine == null ? null : programmeLine.strip();
    this.periodStart = start;
    this.periodEnd = end;
    this.createdAt = Instant.now();
  }

  /**
   * Renames the circle and sets its period (either end may stay open); the slug stays, as saved
   * addresses and the catalog use it.
   */
  public void change(String newName, LocalDate start, LocalDate end) {
    check(newName, start, end, new ArrayList<>());
    this.name = newName.strip();
    this.periodStart = start;
    this.periodEnd = end;
  }

  private static void check(String name, LocalDate start, LocalDate end, List<Refusal> wrong) {
    if (!Tenant.isName(name)) {
      wrong.add(Refusal.onField("name", DirectoryCode.NAME_REQUIRED));
    }
    if (start != null && end != null && end.isBefore(start)) {
      wrong.add(Refusal.onField("end", DirectoryCode.PERIOD_ENDS_BEFORE_START, end, start));
    }
    if (!wrong.isEmpty()) {
      throw TenantsException.invalid(wrong);
    }
  }

  /**
   * The gemeente joins the circle: its members read the circle's catalog and may publish to it.
   *
   * @return false when it was a member already
   */
  public boolean admit(TenantId tenant) {
    return memberTenants.add(tenant.value());
  }

  /**
   * The gemeente leaves the circle. What it published there is the publishing component's to end
   * (see {@link TenantLeftCircle}).
   *
   * @return false when it was no member
   */
  public boolean release(TenantId tenant) {
    return memberTenants.remove(tenant.value());
  }

  public boolean hasMember(TenantId tenant) {
    return memberTenants.contains(tenant.value());
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
