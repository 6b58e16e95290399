/**
 * Who is who in the portal: tenants (gemeenten), circles (leerkringen), accounts and their roles,
 * the {@link nl.leerkring.tenants.tenancy.Viewer} computed once per request, and the binding of the
 * current tenant to every boundary transaction.
 *
 * <p>Decisions: tenant-owned data extends {@link nl.leerkring.tenants.tenancy.TenantOwned}, so
 * EclipseLink adds the tenant to every query and insert; nobody writes {@code where tenant = ?} by
 * hand. The tenant is bound by one interceptor ({@link
 * nl.leerkring.tenants.tenancy.TenantBinding}); an unbound tenant makes tenant-owned queries fail
 * (EclipseLink-6174), so a forgotten binding fails closed. The registry itself (tenants, circles,
 * accounts, the audit log) is not tenant-owned: it is what the binding is computed from.
 *
 * <p>Out of scope: HTTP (the web layer maps {@link nl.leerkring.tenants.TenantsException} to
 * responses) and anything a tenant publishes (that lives in the catalog of {@code portal-ejb}).
 */
package nl.leerkring.tenants;
