package nl.leerkring.tenants.tenancy;

import java.util.Objects;
import java.util.UUID;
import nl.leerkring.tenants.TenantsException;

/**
 * The immutable id of a tenant (a gemeente). It is the value of every tenant-owned row's
 * discriminator.
 */
public record TenantId(String value) {

  public TenantId {
    Objects.requireNonNull(value, "Tenant id is required.");
    if (value.isBlank() || value.length() > 36) {
      throw TenantsException.invalid(TenancyCode.TENANT_ID_INVALID, String.valueOf(value));
    }
  }

  public static TenantId generate() {
    return new TenantId(UUID.randomUUID().toString());
  }

  @Override
  public String toString() {
    return value;
  }
}
