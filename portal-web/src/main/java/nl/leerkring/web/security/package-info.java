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
 * <p>Ended credentials: tokens carry the account's credential version ({@code cv}) and sessions
 * remember it at sign-in; {@link nl.leerkring.web.security.PortalAuthentication} compares it on
 * every request, through the viewer cache, with the account's. A password change, a role or circle
 * change or a deactivation so ends every earlier token (401 problem+json) and session (sent to the
 * login page) of the account. As GOV.UK advises, the session that changed its own password goes on
 * (re-stamped, with a new session id), and {@code PUT /api/me/password} answers with a fresh token
 * in place of the one it was called with.
 *
 * <p>Source addresses for the login throttle come from {@link
 * nl.leerkring.web.security.ClientAddress}: the connection's address, or behind a reverse proxy
 * listed in {@code portal.trusted-proxies} (default none) the nearest untrusted address of {@code
 * X-Forwarded-For}, read from the right.
 *
 * <p>Out of scope here: who may do what. That is decided in the boundaries, from the Viewer.
 */
package nl.leerkring.web.security;
