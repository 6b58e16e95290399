package nl.leerkring.tenants.accounts;

/**
 * What a person changes about themself; a field left {@code null} keeps its value. A new e-mail
 * address is used once the link mailed to it is opened; an empty one removes the address at once.
 *
 * @param language {@code nl} or {@code en}
 */
public record ProfileChange(String displayName, String email, String language) {}
