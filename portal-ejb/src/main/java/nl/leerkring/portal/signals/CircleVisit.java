package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** When one person last looked at a circle's activity: "since your last visit" starts there. */
@Entity
@Table(name = "circle_visit")
@IdClass(PerAccount.class)
public class CircleVisit {

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(name = "circle_id", length = 36)
  private String name;

  @Column(name = "visited_at", nullable = false)
  private Instant visitedAt;

  protected CircleVisit() {}

  CircleVisit(String accountId, String circleId, Instant at) {
    this.accountId = Objects.requireNonNull(accountId);
    this.name = Objects.requireNonNull(circleId);
    this.visitedAt = at;
  }

  void visited(Instant at) {
    visitedAt = at;
  }

  Instant visitedAt() {
    return visitedAt;
  }
}
