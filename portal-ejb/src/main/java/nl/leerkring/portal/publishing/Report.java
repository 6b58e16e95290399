package nl.leerkring.portal.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A reader's report that a published item should not be there, for the circle's coordinators. */
@Entity
@Table(name = "publication_report")
@NamedQuery(
    name = Report.OF_CIRCLE,
    query =
        "select r from Report r, Publication p where r.publicationId = p.id and p.circleId = :circle"
            + " order by r.at desc")
public class Report {

  public static final String OF_CIRCLE = "Report.ofCircle";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "publication_id", nullable = false, length = 36)
  private String publicationId;

  @Column(name = "reported_by", nullable = false, length = 100)
  private String reportedBy;

  @Column(nullable = false, length = 2000)
  private String reason;

  @Column(nullable = false)
  private Instant at;

  @Column(name = "handled_by", length = 100)
  private String handledBy;

  @Column(name = "handled_at")
  private Instant handledAt;

  protected Report() {}

  Report(Publication publication, String reportedBy, String reason) {
    this.id = UUID.randomUUID().toString();
    this.publicationId = publication.id();
    this.reportedBy = reportedBy;
    this.reason = Publication.requireReason(reason);
    this.at = Instant.now();
  }

  /**
   * A coordinator marks the report handled: it leaves the open list and stays readable with who
   * handled it and when. Marking it again changes nothing, so two coordinators acting at once both
   * succeed and the first one is kept.
   */
  void handle(String coordinator) {
    if (handledAt == null) {
      handledBy = java.util.Objects.requireNonNull(coordinator, "Who handles it is required.");
      handledAt = Instant.now();
    }
  }

  public boolean isHandled() {
    return handledAt != null;
  }

  public String handledBy() {
    return handledBy;
  }

  public Instant handledAt() {
    return handledAt;
  }

  public String id() {
    return id;
  }

  public String publicationId() {
    return publicationId;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public String reason() {
    return reason;
  }

  public Instant at() {
    return at;
  }
}
