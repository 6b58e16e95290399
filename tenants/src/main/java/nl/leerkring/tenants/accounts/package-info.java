/**
 * Accounts and members. An {@link nl.leerkring.tenants.accounts.Account} is a person's identity in
 * the portal (username, PBKDF2 password hash, roles, home tenant, circle assignments); it is not
 * tenant-owned because sign-in must find it before any tenant is known. A {@link
 * nl.leerkring.tenants.accounts.Member} is the tenant-owned record of a civil servant in their
 * gemeente's workspace (contact details, function): another gemeente can neither list nor count it.
 *
 * <p>Decisions: password hashing is Jakarta Security's {@code Pbkdf2PasswordHash}
 * (PBKDF2-HMAC-SHA512, 210,000 iterations); an unknown username costs the same hash as a wrong
 * password and gets the same answer; repeated failures for a username are throttled by {@link
 * nl.leerkring.tenants.accounts.LoginThrottle}, per node and in memory (a restart forgives). The
 * {@link nl.leerkring.tenants.accounts.ViewerCache} keeps a signed-in person's viewer for a few
 * seconds, because reading it on every request was a quarter of a search's cost; {@link
 * nl.leerkring.tenants.accounts.ViewerChanges} empties it when an account or circle is written.
 */
package nl.leerkring.tenants.accounts;
