package nl.leerkring.tenants.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.EntityManagerProperties;

/**
 * The root of every entity in a tenant's private workspace. EclipseLink fills and filters the
 * {@code tenant_id} column from the EntityManager's {@value #TENANT_PROPERTY} property, which
 * {@link TenantBinding} sets.
 *
 * <p>Ids are UUIDs, unique across tenants, because the primary key is the id alone.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = TenantOwned.TENANT_PROPERTY,
    length = 36)
public abstract class TenantOwned {

  /** The EntityManager property that carries the current tenant. */
  public static final String TENANT_PROPERTY = EntityManagerProperties.MULTITENANT_PROPERTY_DEFAULT;

  @Id
  @Column(length = 36)
  private String id;

  @Version private long version;

  protected TenantOwned() {
    this.id = UUID.randomUUID().toString();
  }

  /** A row known by an id it already has (a frozen copy read back, a test's readable id). */
  protected TenantOwned(String id) {
    this.id = Objects.requireNonNull(id, "An id is required.");
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TenantOwned that
        && getClass() == that.getClass()
        && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}
