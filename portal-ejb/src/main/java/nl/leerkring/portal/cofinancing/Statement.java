package nl.leerkring.portal.cofinancing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import nl.leerkring.portal.PortalException;

/**
 * A cofinancing statement: a gemeente's ledger for a programme, frozen and submitted to its
 * circle's coordinators, who accept it or return it with a reason (F2's semantics). Not
 * tenant-owned, like a publication: it is what the gemeente chose to show outside its workspace,
 * and only to the circle's coordinators.
 */
@Entity
@Table(name = "cofinancing_statement")
public class Statement {

  /** Where a statement is in its life. */
  public enum Status {
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    /** A later statement for the same programme was submitted or accepted. */
    SUPERSEDED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Version private long version;

  @Column(name = "tenant_id", nullable = false, length = 36)
  String tenantId;

  @Column(name = "circle_id", nullable = false, length = 36)
  String circleId;

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "programme_name", nullable = false, length = 200)
  String programmeName;

  @Column(name = "period_start", nullable = false)
  LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  Status status;

  @Column(name = "submitted_at", nullable = false)
  Instant submittedAt;

  @Column(name = "submitted_by", nullable = false, length = 100)
  String submittedBy;

  @Column(name = "decided_at")
  Instant decidedAt;

  @Column(name = "decided_by", length = 100)
  String decidedBy;

  @Column(length = 2000)
  String reason;

  @Column(nullable = false, length = 1_000_000)
  String ledger;

  protected Statement() {}

  Statement(String tenantId, String circleId, LedgerData data, String json, String username) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = tenantId;
    this.circleId = circleId;
    this.programmeId = data.programme();
    this.programmeName = data.name();
    this.periodStart = data.periodStart();
    this.periodEnd = data.periodEnd();
    this.status = Status.SUBMITTED;
    this.submittedAt = Instant.now();
    this.submittedBy = username;
    this.ledger = json;
  }

  public String id() {
    return id;
  }

  /**
   * Accepts or returns the statement. Four eyes: nobody accepts a statement they submitted
   * themselves; returning one's own only stops it, so it is allowed.
   */
  void decide(Status outcome, String username, String why) {
    if (status != Status.SUBMITTED) {
      throw PortalException.conflict(
          CofinancingCode.ALREADY_DECIDED,
          CofinancingCode.valueOf("STATUS_" + status.name()),
          decidedBy == null ? "" : decidedBy,
          decidedBy == null ? 0 : 1);
    }
    if (outcome == Status.ACCEPTED && submittedBy.equals(username)) {
      throw PortalException.forbidden(CofinancingCode.FOUR_EYES, id);
    }
    this.status = outcome;
    this.decidedAt = Instant.now();
    this.decidedBy = username;
    this.reason = why;
  }

  void supersede() {
    this.status = Status.SUPERSEDED;
  }
}
