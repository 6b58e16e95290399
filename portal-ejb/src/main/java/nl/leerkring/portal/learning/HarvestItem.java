package nl.leerkring.portal.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerkring.portal.koffer.TextListConverter;

/**
 * Something the circle harvested (oogst) for a learning question: an insight, a quote or a story,
 * recorded at a meeting or afterwards, citing its sources by the ids of what the circle reads. The
 * sources were checked when recorded and are resolved again on every read.
 */
@Entity
@Table(name = "harvest_item")
@NamedQuery(
    name = HarvestItem.OF_QUESTION,
    query = "select h from HarvestItem h where h.questionId = :question order by h.recordedAt")
@NamedQuery(
    name = HarvestItem.OF_CIRCLE,
    query =
        "select h from HarvestItem h where h.circleId = :circle and h.recordedAt <= :now"
            + " order by h.circleId desc, h.recordedAt desc")
public class HarvestItem {

  static final String OF_QUESTION = "HarvestItem.ofQuestion";
  static final String OF_CIRCLE = "HarvestItem.ofCircle";

  /** At most this many sources per item. */
  static final int MAX_SOURCES = 20;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "question_id", nullable = false, length = 36)
  private String questionId;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 7)
  private HarvestKind kind;

  @Column(nullable = false, length = 4000)
  private String text;

  @Column(name = "meeting_id", length = 36)
  private String meetingId;

  @Column(name = "author_id", nullable = false, length = 36)
  private String authorId;

  @Column(name = "author_name", nullable = false, length = 200)
  private String authorName;

  @Column(name = "author_tenant", length = 36)
  private String authorTenant;

  @Convert(converter = TextListConverter.class)
  @Column(nullable = false, length = 8000)
  private List<String> sources = new ArrayList<>();

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(name = "edited_by", length = 200)
  private String editedBy;

  @Version private long version;

  protected HarvestItem() {}

  HarvestItem(
      LearningQuestion question,
      HarvestKind kind,
      String text,
      String meetingId,
      String authorId,
      String authorName,
      String authorTenant,
      List<String> sources,
      Instant now) {
    question.requireHarvestable();
    this.id = UUID.randomUUID().toString();
    this.questionId = question.id();
    this.circleId = question.circleId();
    this.kind = kind;
    this.text = text;
    this.meetingId = meetingId;
    this.authorId = authorId;
    this.authorName = authorName;
    this.authorTenant = authorTenant;
    this.sources = new ArrayList<>(sources);
    this.recordedAt = now;
  }

  /**
   * A new kind, text and sources (checked by the boundary), from the version the editor read; the
   * meeting and the author stay. A stale version is a 409 and nothing changes.
   */
  void edit(
      HarvestKind kind,
      String text,
      List<String> sources,
      Long sentVersion,
      String by,
      Instant now) {
    Checks.sameVersion(sentVersion, version);
    this.kind = kind;
    this.text = text;
    this.sources = new ArrayList<>(sources);
    this.editedBy = by;
    this.editedAt = now;
  }

  /** Whether the viewer's account wrote it. */
  boolean writtenBy(String accountId) {
    return authorId.equals(accountId);
  }

  public String authorId() {
    return authorId;
  }

  public Instant editedAt() {
    return editedAt;
  }

  public long version() {
    return version;
  }

  public String id() {
    return id;
  }

  public String questionId() {
    return questionId;
  }

  public String circleId() {
    return circleId;
  }

  public HarvestKind kind() {
    return kind;
  }

  public String text() {
    return text;
  }

  public String meetingId() {
    return meetingId;
  }

  public String authorName() {
    return authorName;
  }

  public String authorTenant() {
    return authorTenant;
  }

  public List<String> sources() {
    return List.copyOf(sources);
  }

  public Instant recordedAt() {
    return recordedAt;
  }
}
