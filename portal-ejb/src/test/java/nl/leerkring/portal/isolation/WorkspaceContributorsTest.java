package nl.leerkring.portal.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.leerkring.tenants.tenancy.TenantOwned;
import nl.leerkring.tenants.tenancy.WorkspaceContributor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every tenant-owned entity of the persistence unit belongs to exactly one component: a new entity
 * that no {@link WorkspaceContributor} owns would be left out of a tenant's export, so it fails
 * here.
 */
class WorkspaceContributorsTest {

  private static TestDatabase db;

  @BeforeAll
  static void open() {
    db = new TestDatabase();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void everyTenantOwnedEntityHasExactlyOneContributor() {
    Map<Class<? extends TenantOwned>, List<String>> owners = new HashMap<>();
    for (WorkspaceContributor c : Implementations.of(WorkspaceContributor.class)) {
      for (Class<? extends TenantOwned> type : c.owned()) {
        owners
            .computeIfAbsent(type, t -> new java.util.ArrayList<>())
            .add(c.getClass().getSimpleName());
      }
    }
    Set<String> unowned = new TreeSet<>();
    Set<String> twice = new TreeSet<>();
    for (Class<? extends TenantOwned> type : db.tenantOwnedTypes()) {
      List<String> of = owners.getOrDefault(type, List.of());
      if (of.isEmpty()) {
        unowned.add(type.getName());
      } else if (of.size() > 1) {
        twice.add(type.getName() + " " + of);
      }
    }
    assertEquals(Set.of(), unowned, "tenant-owned entities that no WorkspaceContributor owns");
    assertEquals(Set.of(), twice, "tenant-owned entities owned by two components");
  }

  @Test
  void contributorsOwnOnlyEntitiesOfThePersistenceUnit() {
    Set<Class<? extends TenantOwned>> known = db.tenantOwnedTypes();
    assertTrue(known.size() > 10, "the metamodel lists the portal's tenant-owned entities");
    for (WorkspaceContributor c : Implementations.of(WorkspaceContributor.class)) {
      for (Class<? extends TenantOwned> type : c.owned()) {
        assertTrue(known.contains(type), c.getClass().getSimpleName() + " owns unmapped " + type);
      }
    }
  }
}
