/**
 * The portal's business components, packaged by what users call them: {@code database} (the
 * datasource and schema migrations), {@code workspace} (a tenant's own settings), {@code setup}
 * (the first start and its demo data). Later slices add {@code documents}, {@code toolbox}, {@code
 * programmes} and {@code ledger} beside them.
 *
 * <p>Boundaries are {@code @Stateless} beans: they own the transaction, check the {@link
 * nl.leerkring.tenants.tenancy.Viewer} and, through {@link
 * nl.leerkring.tenants.tenancy.TenantBound}, bind the tenant. Nothing here knows HTTP.
 */
package nl.leerkring.portal;
