/**
 * The portal's business components, packaged by what users call them: {@code database} (the
 * datasource and schema migrations), {@code workspace} (a tenant's own settings), {@code setup}
 * (the first start and its demo data). Later slices add {@code documents}, {@code toolbox}, {@code
 * programmes} and {@code ledger} beside them.
 *
 * <p>Boundaries are {@code @Stateless} beans: they own the transaction, check the {@link
 * nl.leerkring.tenants.tenancy.Viewer} and, through {@link
 * nl.leerkring.tenants.tenancy.TenantBound}, bind the tenant. Nothing here knows HTTP.
 *
 * <p>Nothing here words a refusal either: each component lists what it refuses in an enum of {@link
 * nl.leerkring.tenants.Code codes} ({@code ProgrammeCode}, {@code LedgerCode}, {@link CommonCode}
 * for the rules every form shares) and throws it with typed arguments, on the field as the client
 * sent it; a write collects every wrong field ({@link Refusals}) and refuses them together. The web
 * layer words the codes in Dutch or English.
 */
package nl.leerkring.portal;
