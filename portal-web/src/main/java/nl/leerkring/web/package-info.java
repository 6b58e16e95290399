/**
 * The web edge of the portal: Faces pages for people ({@code pages}), REST resources under {@code
 * /api} for integrations ({@code api}), sign-in and tokens ({@code security}) and health checks
 * ({@code health}).
 *
 * <p>Everything here is an adapter: it computes the {@link nl.leerkring.tenants.tenancy.Viewer}
 * once per request ({@link nl.leerkring.web.security.CurrentViewer}), calls one boundary and maps
 * the result or the module exception to a page message or {@code application/problem+json}. No
 * business rule and no access decision lives here.
 */
package nl.leerkring.web;
