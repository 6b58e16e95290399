package nl.leerkring.portal.publishing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.leerkring.portal.PortalException;

/**
 * A submission of an item to a circle and, once approved, its published snapshot. Not tenant-owned:
 * it is what the owner chose to show outside the workspace. The snapshot never changes; a new
 * version is a new publication that supersedes this one when approved.
 */
@Entity
@Table(name = "publication")
@NamedQuery(
    name = Publication.OF_SUBJECT,
    query = "select p from Publication p where p.subjectId = :subject order by p.submittedAt desc")
@NamedQuery(
    name = Publication.IN_CIRCLE,
    query =
        "select p from Publication p where p.circleId = :circle and p.status = :status"
            + " order by p.submittedAt desc")
@NamedQuery(
    name = Publication.OF_KIND,
    query =
        "select p from Publication p where p.kind = :kind and p.status = :status"
            + " order by p.submittedAt desc")
@NamedQuery(
    name = Publication.ABOUT,
    query =
        "select p from Publication p where p.aboutId = :about and p.status = :status"
            + " order by p.submittedAt desc")
@NamedQuery(
    name = Publication.OPEN_OF_OWNER_IN_CIRCLE,
    query =
        "select p from Publication p where p.ownerTenant = :owner and p.circleId = :circle"
            + " and p.status in :statuses order by p.submittedAt")
public class Publication {

  public static final String OPEN_OF_OWNER_IN_CIRCLE = "Publication.openOfOwnerInCircle";

  /**
   * The reason a submission is returned with when its gemeente leaves the circle: a reason is shown
   * to the owner like a coordinator's, who write in Dutch.
   */
  static final String LEFT_CIRCLE = "De gemeente is geen lid meer van deze leerkring.";

  public static final String OF_SUBJECT = "Publication.ofSubject";
  public static final String IN_CIRCLE = "Publication.inCircle";
  public static final String OF_KIND = "Publication.ofKind";
  public static final String ABOUT = "Publication.about";

  static final int MAX_REASON = 2000;

  /** Where a publication is in its life. */
  public enum Status {
    SUBMITTED,
    RETURNED,
    PUBLISHED,
    WITHDRAWN,
    SUPERSEDED,
    /** Published, then hidden by a coordinator after a report; the owner sees why. */
    HIDDEN
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "subject_kind", nullable = false, length = 20)
  private String kind;

  @Column(name = "subject_id", nullable = false, length = 36)
  private String subjectId;

  @Column(name = "owner_tenant_id", nullable = false, length = 36)
  private String ownerTenant;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Scope scope;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private Status status;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "about_id", length = 36)
  private String aboutId;

  @Column(nullable = false, length = 32000)
  private String snapshot;

  @Column(name = "submitted_by", nullable = false, length = 100)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_by", length = 100)
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(length = 2000)
  private String reason;

  @Version private long version;

  protected Publication() {}

  Publication(
      Snapshot item,
      String snapshotJson,
      String ownerTenant,
      String circleId,
      Scope scope,
      String submittedBy) {
    this.id = UUID.randomUUID().toString();
    this.kind = item.kind();
    this.subjectId = item.subjectId();
    this.aboutId = item.about();
    this.title = item.title();
    this.snapshot = snapshotJson;
    this.ownerTenant = ownerTenant;
    this.circleId = circleId;
    this.scope = scope;
    this.status = Status.SUBMITTED;
    this.submittedBy = submittedBy;
    this.submittedAt = Instant.now();
  }

  /**
   * Publishes the submission. Four eyes: the coordinator who approves is never the one who
   * submitted it, even when one account both takes part for a gemeente and coordinates the circle.
   */
  void approve(String coordinator) {
    require(Status.SUBMITTED, PublicationCode.CANNOT_APPROVE);
    if (submittedBy.equals(coordinator)) {
      throw PortalException.forbidden(PublicationCode.OWN_SUBMISSION, id);
    }
    decide(Status.PUBLISHED, coordinator);
  }

  /** Returns the submission with a reason; returning one's own only stops it, so it is allowed. */
  void giveBack(String coordinator, String why) {
    require(Status.SUBMITTED, PublicationCode.CANNOT_RETURN);
    reason = requireReason(why);
    decide(Status.RETURNED, coordinator);
  }

  /** A coordinator's (or the platform's) decision: the new status, who took it, and now. */
  private void decide(Status next, String by) {
    status = next;
    decidedBy = by;
    decidedAt = Instant.now();
  }

  void withdraw() {
    if (status != Status.SUBMITTED && status != Status.PUBLISHED && status != Status.HIDDEN) {
      throw PortalException.conflict(PublicationCode.CANNOT_WITHDRAW, id);
    }
    status = Status.WITHDRAWN;
  }

  /**
   * Its gemeente left the circle: a waiting submission is returned (nobody there moderates it any
   * more), a published or hidden one is withdrawn from the catalog. The item in the workspace is
   * not this publication's, and stays.
   *
   * @param by the platform admin who removed the gemeente
   */
  void endAsOwnerLeft(String by) {
    switch (status) {
      case SUBMITTED -> {
        reason = LEFT_CIRCLE;
        decide(Status.RETURNED, by);
      }
      case PUBLISHED, HIDDEN -> status = Status.WITHDRAWN;
      default -> {
        // returned, withdrawn and superseded ones are history already
      }
    }
  }

  void hide(String coordinator, String why) {
    require(Status.PUBLISHED, PublicationCode.CANNOT_HIDE);
    reason = requireReason(why);
    decide(Status.HIDDEN, coordinator);
  }

  void restore(String coordinator) {
    require(Status.HIDDEN, PublicationCode.CANNOT_RESTORE);
    decide(Status.PUBLISHED, coordinator);
  }

  static String requireReason(String why) {
    if (why == null || why.isBlank()) {
      throw PortalException.invalidField("reason", PublicationCode.REASON_REQUIRED);
    }
    if (why.length() > MAX_REASON) {
      throw PortalException.invalidField("reason", PublicationCode.REASON_TOO_LONG, MAX_REASON);
    }
    return why.strip();
  }

  void supersede() {
    status = Status.SUPERSEDED;
  }

  private void require(Status expected, PublicationCode otherwise) {
    if (status != expected) {
      throw PortalException.conflict(otherwise, id);
    }
  }

  public String id() {
    return id;
  }

  public String kind() {
    return kind;
  }

  public String subjectId() {
    return subjectId;
  }

  public String ownerTenant() {
    return ownerTenant;
  }

  public String circleId() {
    return circleId;
  }

  public Scope scope() {
    return scope;
  }

  public Status status() {
    return status;
  }

  /** The item this publication is about (a use's method); null for most kinds. */
  public String aboutId() {
    return aboutId;
  }

  public String title() {
    return title;
  }

  String snapshotJson() {
    return snapshot;
  }

  public String submittedBy() {
    return submittedBy;
  }

  public Instant submittedAt() {
    return submittedAt;
  }

  public String decidedBy() {
    return decidedBy;
  }

  public Instant decidedAt() {
    return decidedAt;
  }

  public String reason() {
    return reason;
  }
}
