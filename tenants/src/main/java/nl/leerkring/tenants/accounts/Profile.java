package nl.leerkring.tenants.accounts;

/**
 * A person's own account as they see and change it.
 *
 * @param email the confirmed address, or {@code null}
 * @param pendingEmail an address waiting for its confirmation link to be opened, or {@code null}
 */
public record Profile(
    String username, String displayName, String email, String pendingEmail, String language) {}
