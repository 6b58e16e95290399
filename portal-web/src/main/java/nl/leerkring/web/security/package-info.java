/**
 * Sign-in. One Jakarta Security mechanism ({@link nl.leerkring.web.security.PortalAuthentication})
 * serves both kinds of client: people sign in with the login form (a session), API clients send a
 * bearer token that the portal issued ({@link nl.leerkring.web.security.Tokens}: an RS256-signed
 * JWT with the MicroProfile JWT claims {@code upn} and {@code groups}). Passwords are checked by
 * the portal's own identity store against PBKDF2 hashes.
 *
 * <p>Why one mechanism of our own: Jakarta Security 3 allows one mechanism per application, and
 * pages and API need different answers to an anonymous request (a redirect to the login page versus
 * a 401). The signing key pair is generated on first start under {@code portal.jwt.key-dir}
 * (default {@code ./data/keys}); a cluster points every node at the same directory.
 *
 * <p>OpenID Connect (off by default, {@code portal.oidc.*}) is handled inside the same mechanism by
 * {@link nl.leerkring.web.security.OpenIdConnect}: the authorization-code flow with PKCE, state and
 * nonce, the ID token checked with jose4j against the provider's keys. It proves who someone is;
 * the matching portal account (by the {@code preferred_username} claim) decides what they may do,
 * so accounts are still created in the portal.
 *
 * <p>Out of scope here: who may do what. That is decided in the boundaries, from the Viewer.
 */
package nl.leerkring.web.security;
