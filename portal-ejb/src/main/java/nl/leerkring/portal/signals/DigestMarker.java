package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A person's digest of one period was queued (or there was nothing to send): never again. */
@Entity
@Table(name = "digest_sent")
@IdClass(DigestMarker.Key.class)
public class DigestMarker {

  /** The primary key: one digest per person and period. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String accountId;
    private String period;

    public Key() {}

    public Key(String accountId, String period) {
      this.accountId = accountId;
      this.period = period;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(period, k.period);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, period);
    }
  }

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(length = 12)
  private String period;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DigestMarker() {}

  DigestMarker(String accountId, String period, Instant sentAt) {
    this.accountId = accountId;
    this.period = period;
    this.sentAt = sentAt;
  }
}
