/**
 * Tenancy: the ids of tenants and circles, the {@link nl.leerkring.tenants.tenancy.Viewer} (who is
 * asking, with which tenant, circles and roles), the tenant-owned mapped superclass and the
 * interceptor that binds the tenant to the EntityManager at the start of every boundary
 * transaction.
 *
 * <p>Why one interceptor and not a filter in each query: EclipseLink's
 * {@code @Multitenant(SINGLE_TABLE)} adds the tenant criterion to every JPQL query, {@code find}
 * and insert once the tenant is set on the EntityManager, and refuses tenant-owned queries when it
 * is not. Binding in one place keeps the rule impossible to forget. Changing the tenant of an
 * EntityManager already used in the transaction would return the previous tenant's cached entities,
 * so a second, different binding in one transaction is refused.
 *
 * <p>Extension point: each component that keeps tenant-owned entities lists them in one {@link
 * nl.leerkring.tenants.tenancy.WorkspaceContributor} (a CDI bean), so what belongs to a tenant is
 * known from the components themselves, not from a list kept elsewhere; a tenant's export and
 * import (F11) will build on it. The portal's tests fail when an entity of the persistence unit is
 * owned by no contributor or lacks a case in the isolation harness.
 */
package nl.leerkring.tenants.tenancy;
