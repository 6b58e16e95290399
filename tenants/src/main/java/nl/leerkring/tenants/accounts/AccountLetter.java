package nl.leerkring.tenants.accounts;

import java.time.Instant;
import java.util.Objects;

/**
 * A mail about the account itself that the portal must send, fired as a CDI event inside the
 * transaction of the change: the mail component queues it there, so it is sent if and only if the
 * change commits. This module knows no mail; the link is made from {@code token} by the mail
 * component, which knows the portal's public address.
 *
 * @param to the address to write to (for a confirmation, the new one)
 * @param language {@code nl} or {@code en}
 * @param token the secret of the link, never stored
 */
public record AccountLetter(
    Kind kind,
    String accountId,
    String to,
    String language,
    String displayName,
    String token,
    Instant expiresAt) {

  /** What the mail is for. */
  public enum Kind {
    /** A link to confirm a new e-mail address. */
    EMAIL_CONFIRMATION,
    /** A password-reset link an admin issued. */
    PASSWORD_RESET
  }

  public AccountLetter {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(to);
    Objects.requireNonNull(token);
  }
}
