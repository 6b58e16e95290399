/**
 * Accounts and members. An {@link nl.leerkring.tenants.accounts.Account} is a person's identity in
 * the portal (username, PBKDF2 password hash, roles, home tenant, circle assignments); it is not
 * tenant-owned because sign-in must find it before any tenant is known. A {@link
 * nl.leerkring.tenants.accounts.Member} is the tenant-owned record of a civil servant in their
 * gemeente's workspace (contact details, function): another gemeente can neither list nor count it.
 *
 * <p>Decisions: password hashing is Jakarta Security's {@code Pbkdf2PasswordHash}
 * (PBKDF2-HMAC-SHA512, 210,000 iterations); an unknown username, a deactivated account and a wrong
 * password cost the same hash and get the same answer. Repeated failures are throttled by {@link
 * nl.leerkring.tenants.accounts.LoginThrottle} per username <em>and</em> source address, so a
 * guesser cannot lock the owner out from elsewhere; a looser limit per address holds back password
 * spraying, and guessing spread over many addresses leaves each address one free failure for that
 * username (per node and in memory: a restart forgives). The {@link
 * nl.leerkring.tenants.accounts.ViewerCache} keeps a signed-in person's viewer for a few seconds,
 * because reading it on every request was a quarter of a search's cost; {@link
 * nl.leerkring.tenants.accounts.ViewerChanges} empties it when an account or circle is written.
 *
 * <p>Credentials end when they change. The account's <em>credential version</em> is raised by the
 * entity itself whenever its password is set (changed or reset), its roles or circle assignments
 * change, or it is deactivated: so every present and future edit path ends earlier sign-ins without
 * remembering to. Tokens and sessions carry the version they were issued under, and the web layer
 * compares it on every request with the version the {@code ViewerCache} read from the database: at
 * once on the node of the change, within {@code portal.viewer-cache.seconds} (default 2) on the
 * others. Version numbers rather than a "valid after" time: clocks of cluster nodes differ, a
 * number does not.
 *
 * <p>Usernames are unique in the whole portal (sign-in must find an account before any tenant is
 * known). So that this does not let one gemeente learn another's usernames, {@link
 * nl.leerkring.tenants.accounts.Members#add} puts every name a tenant admin chooses into the
 * gemeente's namespace ({@code jan} in Duiven becomes {@code duiven.jan}; slugs hold no dots, so
 * namespaces do not overlap). "Taken" (409) is then only ever said of a name in the admin's own
 * namespace; a name of another gemeente is never looked up as it was typed. Platform admins, who
 * may see every account anyway, name accounts freely ({@code /api/admin/members}) and get 409 for
 * any clash. The one residue: a platform admin who gives an account outside Duiven a {@code
 * duiven.} name makes it visible as "taken" to Duiven's admins; don't.
 *
 * <p>Edits over time ({@link nl.leerkring.tenants.accounts.AccountEditor}, shared by {@link
 * nl.leerkring.tenants.accounts.Accounts} for platform admins and {@link
 * nl.leerkring.tenants.accounts.Members} for a gemeente's admins): every wrong field is reported at
 * once and nothing is changed then; a tenant admin gives and takes only the member and tenant-admin
 * roles, never touches the circles an account coordinates nor a platform admin's account (403), and
 * nobody deactivates themself or drops their own admin role. A one-time password-reset link ({@link
 * nl.leerkring.tenants.accounts.PasswordReset}) stores only the SHA-256 of its 256-bit token, works
 * once until {@code portal.password-reset.hours} (default 24), and is replaced by a newer one;
 * issuing it ends the account's password, tokens and sessions at once, because an admin resets when
 * a password is lost or known to someone else. The account's e-mail address is its own (reset links
 * will be mailed there); a member's contact address follows it.
 */
package nl.leerkring.tenants.accounts;
