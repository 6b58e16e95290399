package nl.leerkring.tenants.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.TenantId;

/** A gemeente taking part in the portal, with a private workspace. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_SLUG, query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(name = Tenant.BY_CBS_CODE, query = "select t from Tenant t where t.cbsCode = :code")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.name")
@NamedQuery(
    name = Tenant.MATCHING,
    query =
        "select t from Tenant t where lower(t.name) like :q escape '\\'"
            + " or lower(t.slug) like :q escape '\\' or lower(t.cbsCode) like :q escape '\\'"
            + " order by t.name, t.slug")
@NamedQuery(
    name = Tenant.COUNT_MATCHING,
    query =
        "select count(t) from Tenant t where lower(t.name) like :q escape '\\'"
            + " or lower(t.slug) like :q escape '\\' or lower(t.cbsCode) like :q escape '\\'")
public class Tenant {

  public static final String BY_SLUG = "Tenant.bySlug";
  public static final String BY_CBS_CODE = "Tenant.byCbsCode";
  public static final String ALL = "Tenant.all";
  public static final String MATCHING = "Tenant.matching";
  public static final String COUNT_MATCHING = "Tenant.countMatching";

  private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

  @Id
  @Column(length = 36)
  private String id;

  @Column(nullable = false, unique = true, length = 63)
  private String slug;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "cbs_code", nullable = false, unique = true, length = 6)
  private String cbsCode;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Tenant() {}

  /** A new gemeente; every wrong field is reported at once. */
  public Tenant(String slug, String name, String cbsCode) {
    List<Refusal> wrong = new ArrayList<>();
    if (!Slugs.isValid(slug)) {
      wrong.add(Refusal.onField("slug", DirectoryCode.TENANT_SLUG_INVALID, String.valueOf(slug)));
    }
    check(name, cbsCode, wrong);
    this.id = TenantId.generate().value();
    this.slug = slug;
    this.name = name.strip();
    this.cbsCode = cbsCode;
    this.createdAt = Instant.now();
  }

  /**
   * Gives the gemeente another name or CBS code (a merger, a typing error); the slug stays, as the
   * addresses people saved use it.
   *
   * @return whether anything changed
   */
  public boolean change(String newName, String newCbsCode) {
    check(newName, newCbsCode, new ArrayList<>());
    boolean changed = !name.equals(newName.strip()) || !cbsCode.equals(newCbsCode);
    name = newName.strip();
    cbsCode = newCbsCode;
    return changed;
  }

  private static void check(String name, String cbsCode, List<Refusal> wrong) {
    if (!isName(name)) {
      wrong.add(Refusal.onField("name", DirectoryCode.NAME_REQUIRED));
    }
    if (cbsCode == null || !CBS_CODE.matcher(cbsCode).matches()) {
      wrong.add(
          Refusal.onField("cbsCode", DirectoryCode.CBS_CODE_INVALID, String.valueOf(cbsCode)));
    }
    if (!wrong.isEmpty()) {
      throw TenantsException.invalid(wrong);
    }
  }

  static boolean isName(String name) {
    return name != null && !name.isBlank() && name.length() <= 200;
  }

  public TenantId id() {
    return new TenantId(id);
  }

  public String slug() {
    return slug;
  }

  public String name() {
    return name;
  }

  public String cbsCode() {
    return cbsCode;
  }

  public Instant createdAt() {
    return createdAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Tenant that && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
