package nl.leerkring.tenants.tenancy;

import java.util.List;

/**
 * What a component keeps in each tenant's private workspace: the {@link TenantOwned} entity types
 * it owns. Every component with tenant-owned entities provides one implementation, a CDI bean found
 * through {@code Instance<WorkspaceContributor>}; a tenant's export and import ask them.
 *
 * <p>A test reads the persistence unit's metamodel and fails when a tenant-owned entity is owned by
 * no contributor, or by two: so a new entity cannot be left out of what belongs to a tenant.
 */
public interface WorkspaceContributor {

  /**
   * The tenant-owned entity types this component owns, each aggregate's root before its parts; none
   * for a component that keeps only circle rows of the tenant (its record in {@link #exported()}).
   */
  default List<Class<? extends TenantOwned>> owned() {
    return List.of();
  }

  /**
   * The tables this component writes for a tenant, each with the rule that selects the tenant's
   * rows: what a gemeente's export holds and its import brings back. Parents come before their
   * parts. A test fails when an owned entity's table is not among them.
   */
  List<WorkspaceTable> exported();
}
