package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A person's calendar feed: a secret link that serves their meetings as one calendar to a calendar
 * application, which cannot sign in. One per account; renewing replaces the secret (the old link
 * stops working), revoking deletes it.
 */
@Entity
@Table(name = "meeting_calendar_feed")
@NamedQuery(
    name = CalendarFeed.BY_SECRET,
    query = "select f from CalendarFeed f where f.secret = :secret")
public class CalendarFeed {

  static final String BY_SECRET = "CalendarFeed.bySecret";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Column(nullable = false, unique = true, length = 64)
  private String secret;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CalendarFeed() {}

  CalendarFeed(String accountId, Instant now) {
    this.accountId = accountId;
    renew(now);
  }

  /** A new secret of 256 random bits; the old link stops working. */
  void renew(Instant now) {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    this.secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    this.createdAt = now;
  }

  public String accountId() {
    return accountId;
  }

  public String secret() {
    return secret;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
