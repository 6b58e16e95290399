package nl.leerkring.tenants.accounts;

import java.time.Instant;

/**
 * A password-reset link as issued: the token that goes into the link (shown once, never stored) and
 * when it expires. The web layer makes the link from its own address.
 */
public record ResetLink(String token, Instant expiresAt) {}
