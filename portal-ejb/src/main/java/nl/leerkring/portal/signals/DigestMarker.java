package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's digest of one period was queued (or there was nothing to send): never again. */
@Entity
@Table(name = "digest_sent")
@IdClass(PerAccount.class)
@NamedQuery(
    name = DigestMarker.DONE,
    query =
        "select d.accountId from DigestMarker d where d.name = :period"
            + " and d.accountId in :accounts")
public class DigestMarker {

  /** Which of {@code :accounts} already had the digest of {@code :period}. */
  public static final String DONE = "DigestMarker.done";

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(name = "period", length = 12)
  private String name;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DigestMarker() {}

  DigestMarker(String accountId, String period, Instant sentAt) {
    this.accountId = accountId;
    this.name = period;
    this.sentAt = sentAt;
  }
}
