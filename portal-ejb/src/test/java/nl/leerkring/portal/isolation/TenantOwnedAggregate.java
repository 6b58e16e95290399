package nl.leerkring.portal.isolation;

import jakarta.persistence.EntityManager;
import java.util.function.BiFunction;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * One tenant-owned aggregate for the isolation harness: its root type and how to write one
 * (persisted, with whatever it needs) as a tenant. Adding an aggregate to the harness is one {@code
 * of(...)} line in {@link TenantIsolationTest#aggregates()}.
 */
public record TenantOwnedAggregate<T extends TenantOwned>(
    String name, Class<T> type, BiFunction<EntityManager, TenantId, T> writer) {

  public static <T extends TenantOwned> TenantOwnedAggregate<T> of(
      Class<T> type, BiFunction<EntityManager, TenantId, T> writer) {
    return new TenantOwnedAggregate<>(type.getSimpleName(), type, writer);
  }

  @Override
  public String toString() {
    return name;
  }
}
