package nl.leerkring.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A new e-mail address that waits for its owner to open the link mailed to it: only then does the
 * account use it, so nobody can make the portal mail someone else's inbox by typing its address.
 * Like a {@link PasswordReset}, only the hash of the link's token is stored, the link works once
 * and until it expires, and a newer request of the same account replaces it.
 */
@Entity
@Table(name = "email_confirmation")
@NamedQuery(
    name = EmailConfirmation.BY_HASH,
    query = "select c from EmailConfirmation c where c.tokenHash = :hash")
@NamedQuery(
    name = EmailConfirmation.OPEN_OF_ACCOUNT,
    query = "select c from EmailConfirmation c where c.accountId = :account and c.usedAt is null")
public class EmailConfirmation {

  public static final String BY_HASH = "EmailConfirmation.byHash";
  public static final String OPEN_OF_ACCOUNT = "EmailConfirmation.openOfAccount";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(nullable = false, length = 200)
  private String email;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected EmailConfirmation() {}

  EmailConfirmation(
      Account account, String email, OneTimeToken token, Instant now, Duration valid) {
    this.id = UUID.randomUUID().toString();
    this.accountId = account.id();
    this.email = Account.optionalEmail(Objects.requireNonNull(email));
    this.tokenHash = token.hash();
    this.issuedAt = now;
    this.expiresAt = now.plus(valid);
  }

  boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** The link was opened, or a newer one replaced it: it never works again. */
  void end(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  String accountId() {
    return accountId;
  }

  public String email() {
    return email;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
