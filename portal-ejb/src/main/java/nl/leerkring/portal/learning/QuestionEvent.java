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
    MEETING
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
