package nl.leerkring.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

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
public class EmailConfirmation extends OneTimeLink {

  public static final String BY_HASH = "EmailConfirmation.byHash";
  public static final String OPEN_OF_ACCOUNT = "EmailConfirmation.openOfAccount";

  @Column(nullable = false, length = 200)
  private String email;

  protected EmailConfirmation() {}

  EmailConfirmation(
      Account account, String email, OneTimeToken token, Instant now, Duration valid) {
    super(account.id(), token, now, valid);
    this.email = Account.optionalEmail(Objects.requireNonNull(email));
  }

  public String email() {
    return email;
  }
}
