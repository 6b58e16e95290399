package nl.leerkring.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A link mailed or shown to one account that works once and until it expires. Only the SHA-256 of
 * its random token is stored, so a copy of the database opens nothing; a newer link of the same
 * account ends the older one.
 */
@MappedSuperclass
abstract class OneTimeLink {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected OneTimeLink() {}

  OneTimeLink(String accountId, OneTimeToken token, Instant now, Duration valid) {
    this.id = UUID.randomUUID().toString();
    this.accountId = Objects.requireNonNull(accountId);
    this.tokenHash = token.hash();
    this.issuedAt = now;
    this.expiresAt = now.plus(valid);
  }

  /** Whether the link may still be used at {@code now}. */
  boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** The link was used, or a newer one replaced it: it never works again. */
  void end(Instant now) {
    if (usedAt == null) {
      usedAt = now;
    }
  }

  String accountId() {
    return accountId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
