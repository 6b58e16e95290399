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
 * A one-time password-reset link of an account. Only the SHA-256 of its random token is stored: the
 * token itself is shown once, to the admin who issued it, and a copy of the database cannot be used
 * to reset anyone's password. A link works once and until it expires; a newer link of the same
 * account replaces it.
 */
@Entity
@Table(name = "password_reset")
@NamedQuery(
    name = PasswordReset.BY_HASH,
    query = "select r from PasswordReset r where r.tokenHash = :hash")
@NamedQuery(
    name = PasswordReset.OPEN_OF_ACCOUNT,
    query = "select r from PasswordReset r where r.accountId = :account and r.usedAt is null")
public class PasswordReset {

  public static final String BY_HASH = "PasswordReset.byHash";
  public static final String OPEN_OF_ACCOUNT = "PasswordReset.openOfAccount";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(name = "token_hash", nullable = false, unique = true, length = 64)
  private String tokenHash;

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {}

  private PasswordReset(
      String accountId, String tokenHash, String issuedBy, Instant now, Duration valid) {
    this.id = UUID.randomUUID().toString();
    this.accountId = Objects.requireNonNull(accountId);
    this.tokenHash = tokenHash;
    this.issuedBy = issuedBy;
    this.issuedAt = now;
    this.expiresAt = now.plus(valid);
  }

  /** A new link and its token (32 random bytes, URL-safe); keep the token, it is not stored. */
  static Issued issue(Account account, String issuedBy, Instant now, Duration valid) {
    if (valid.isNegative() || valid.isZero()) {
      throw new IllegalArgumentException("A reset link must be valid for some time: " + valid);
    }
    OneTimeToken token = OneTimeToken.create();
    return new Issued(
        new PasswordReset(account.id(), token.hash(), issuedBy, now, valid), token.token());
  }

  /** A link with the token that is not stored. */
  record Issued(PasswordReset reset, String token) {}

  /** Whether the link may still set a password at {@code now}. */
  boolean isUsable(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  /** The link has set a password, or a newer link replaced it: it never works again. */
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
