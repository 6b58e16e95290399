package nl.leerkring.portal.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One step in a question's learning history: raised, a status with its explanation, a meeting. */
@Entity
@Table(name = "learning_question_event")
public class QuestionEvent {

  /** What happened. */
  public enum Kind {
    RAISED,
    STATUS,
    MEETING,
    /** Harvest of the question was edited. */
    EDITED,
    /** Harvest of the question was removed (its text is not kept). */
    REMOVED
  }

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "question_id")
  private LearningQuestion question;

  @Column(nullable = false)
  private Instant at;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Kind kind;

  @Enumerated(EnumType.STRING)
  @Column(length = 9)
  private QuestionStatus status;

  @Column(length = 2000)
  private String explanation;

  @Column(name = "meeting_id", length = 36)
  private String meetingId;

  @Column(name = "by_name", nullable = false, length = 200)
  private String by;

  @Column(name = "harvest_id", length = 36)
  private String harvestId;

  @Enumerated(EnumType.STRING)
  @Column(name = "harvest_kind", length = 7)
  private HarvestKind harvestKind;

  @Column(name = "harvest_author", length = 200)
  private String harvestAuthor;

  protected QuestionEvent() {}

  QuestionEvent(
      LearningQuestion question,
      Instant at,
      Kind kind,
      QuestionStatus status,
      String explanation,
      String meetingId,
      String by) {
    this.id = UUID.randomUUID().toString();
    this.question = question;
    this.at = at;
    this.kind = kind;
    this.status = status;
    this.explanation = explanation;
    this.meetingId = meetingId;
    this.by = by;
  }

  /** Harvest edited or removed: which item, of which kind and by whom it was written. */
  static QuestionEvent aboutHarvest(
      LearningQuestion question, Instant at, Kind kind, HarvestItem h, String by) {
    QuestionEvent e = new QuestionEvent(question, at, kind, null, null, null, by);
    e.harvestId = h.id();
    e.harvestKind = h.kind();
    e.harvestAuthor = h.authorName();
    return e;
  }

  public String harvestId() {
    return harvestId;
  }

  public HarvestKind harvestKind() {
    return harvestKind;
  }

  public String harvestAuthor() {
    return harvestAuthor;
  }

  public Instant at() {
    return at;
  }

  public Kind kind() {
    return kind;
  }

  public QuestionStatus status() {
    return status;
  }

  public String explanation() {
    return explanation;
  }

  public String meetingId() {
    return meetingId;
  }

  public String by() {
    return by;
  }
}
