package nl.leerkring.tenants.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One recorded write. Immutable once written. */
@Entity
@Table(name = "audit_log")
@NamedQuery(name = AuditEntry.LATEST, query = "select a from AuditEntry a order by a.seq desc")
public class AuditEntry {

  public static final String LATEST = "AuditEntry.latest";

  // A sequence, not IDENTITY: EclipseLink 4.0 reads H2 identities with CALL IDENTITY(), gone in H2
  // 2.x.
  @Id
  @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
  private Long seq;

  @Column(nullable = false)
  private Instant at;

  @Column(length = 100)
  private String actor;

  @Column(name = "tenant_id", length = 36)
  private String tenant;

  @Column(nullable = false, length = 100)
  private String action;

  @Column(nullable = false, length = 200)
  private String subject;

  @Column(length = 2000)
  private String summary;

  protected AuditEntry() {}

  AuditEntry(String actor, String tenant, String action, String subject, String summary) {
    this.at = Instant.now();
    this.actor = actor;
    this.tenant = tenant;
    this.action = action;
    this.subject = subject;
    this.summary =
        summary == null || summary.length() <= 2000 ? summary : summary.substring(0, 2000);
  }

  public long seq() {
    return seq;
  }

  public Instant at() {
    return at;
  }

  public String actor() {
    return actor;
  }

  public String tenant() {
    return tenant;
  }

  public String action() {
    return action;
  }

  public String subject() {
    return subject;
  }

  public String summary() {
    return summary;
  }
}
