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
 */
package nl.leerkring.tenants.tenancy;
