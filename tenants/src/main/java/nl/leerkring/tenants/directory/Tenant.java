package nl.leerkring.tenants.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.TenantId;

/** A gemeente taking part in the portal, with a private workspace. */
@Entity
@Table(name = "tenant")
@NamedQuery(name = Tenant.BY_SLUG, query = "select t from Tenant t where t.slug = :slug")
@NamedQuery(name = Tenant.BY_CBS_CODE, query = "select t from Tenant t where t.cbsCode = :code")
@NamedQuery(name = Tenant.ALL, query = "select t from Tenant t order by t.name")
public class Tenant {

  public static final String BY_SLUG = "Tenant.bySlug";
  public static final String BY_CBS_CODE = "Tenant.byCbsCode";
  public static final String ALL = "Tenant.all";

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

  public Tenant(String slug, String name, String cbsCode) {
    this.id = TenantId.generate().value();
    this.slug = Slugs.require("tenant", slug);
    this.name = requireName(name);
    this.cbsCode = requireCbsCode(cbsCode);
    this.createdAt = Instant.now();
  }

  static String requireName(String name) {
    if (name == null || name.isBlank() || name.length() > 200) {
      throw TenantsException.invalid("A name of 1 to 200 characters is required.");
    }
    return name.strip();
  }

  static String requireCbsCode(String code) {
    if (code == null || !CBS_CODE.matcher(code).matches()) {
      throw TenantsException.invalid(
          "The CBS code '"
              + code
              + "' is not valid: it is GM followed by four digits, e.g. GM0226.");
    }
    return code;
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
