package nl.leerkring.portal.koffer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import nl.leerkring.portal.PortalException;

/**
 * A comment under a published method card, in the circle where it is published. Not a workspace
 * item: it belongs to the circle's conversation, readable by those who read the card there.
 * Coordinators hide it after a report (the author sees why) or show it again.
 */
@Entity
@Table(name = "koffer_comment")
public class KofferComment {

  /** Whether readers see it. */
  public enum Status {
    VISIBLE,
    HIDDEN
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "method_id", nullable = false, length = 36)
  private String methodId;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Column(nullable = false, length = 100)
  private String author;

  @Column(name = "author_name", nullable = false, length = 200)
  private String authorName;

  @Column(name = "author_tenant", length = 36)
  private String authorTenant;

  @Column(nullable = false, length = 4000)
  private String body;

  @Column(nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Status status;

  @Column(name = "hidden_reason", length = 2000)
  private String hiddenReason;

  @Column(nullable = false)
  private int reports;

  @Version private long version;

  protected KofferComment() {}

  KofferComment(
      String methodId,
      String circleId,
      String author,
      String authorName,
      String authorTenant,
      String body) {
    if (body == null || body.isBlank()) {
      throw PortalException.invalidField("body", KofferCode.REQUIRED);
    }
    if (body.strip().length() > 4000) {
      throw PortalException.invalidField("body", KofferCode.TOO_LONG, 4000);
    }
    this.id = UUID.randomUUID().toString();
    this.methodId = methodId;
    this.circleId = circleId;
    this.author = author;
    this.authorName = authorName;
    this.authorTenant = authorTenant;
    this.body = body.strip();
    this.at = Instant.now();
    this.status = Status.VISIBLE;
  }

  void report() {
    reports++;
  }

  void hide(String reason) {
    if (reason == null || reason.isBlank() || reason.strip().length() > 2000) {
      throw PortalException.invalidField("reason", KofferCode.REASON_REQUIRED);
    }
    status = Status.HIDDEN;
    hiddenReason = reason.strip();
  }

  void restore() {
    status = Status.VISIBLE;
    hiddenReason = null;
  }

  public String id() {
    return id;
  }

  public String methodId() {
    return methodId;
  }

  public String circleId() {
    return circleId;
  }

  public String author() {
    return author;
  }

  public String authorName() {
    return authorName;
  }

  public String authorTenant() {
    return authorTenant;
  }

  public String body() {
    return body;
  }

  public Instant at() {
    return at;
  }

  public Status status() {
    return status;
  }

  public String hiddenReason() {
    return hiddenReason;
  }

  public int reports() {
    return reports;
  }
}
