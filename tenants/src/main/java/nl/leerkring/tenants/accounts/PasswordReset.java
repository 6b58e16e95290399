package nl.leerkring.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

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
public class PasswordReset extends OneTimeLink {

  public static final String BY_HASH = "PasswordReset.byHash";
  public static final String OPEN_OF_ACCOUNT = "PasswordReset.openOfAccount";

  @Column(name = "issued_by", nullable = false, length = 100)
  private String issuedBy;

  protected PasswordReset() {}

  private PasswordReset(
      String accountId, OneTimeToken token, String issuedBy, Instant now, Duration valid) {
    super(accountId, token, now, valid);
    this.issuedBy = issuedBy;
  }

  /** A new link and its token (32 random bytes, URL-safe); keep the token, it is not stored. */
  static Issued issue(Account account, String issuedBy, Instant now, Duration valid) {
    if (valid.isNegative() || valid.isZero()) {
      throw new IllegalArgumentException("A reset link must be valid for some time: " + valid);
    }
    OneTimeToken token = OneTimeToken.create();
    return new Issued(new PasswordReset(account.id(), token, issuedBy, now, valid), token.token());
  }

  /** A link with the token that is not stored. */
  record Issued(PasswordReset reset, String token) {}
}
