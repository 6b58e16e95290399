/**
 * The REST API under {@code /api}, described at {@code /openapi}. Each resource method computes
 * nothing itself: it passes the {@link nl.leerkring.web.security.CurrentViewer} and the validated
 * request to one boundary and maps the answer. Errors leave as {@code application/problem+json}
 * (RFC 9457) through {@link nl.leerkring.web.api.Problems}; a stack trace never does.
 */
package nl.leerkring.web.api;
