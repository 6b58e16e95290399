package nl.leerkring.portal.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import nl.leerkring.portal.PortalException;

/**
 * A learning question of a circle's leeragenda: what the circle wants to find out, in which phase,
 * whose it is, and how it stands (with an explanation). It keeps its own history of status changes
 * and of the meetings where it was worked on; the harvest attached to it is kept apart ({@link
 * HarvestItem}).
 */
@Entity
@Table(name = "learning_question")
@NamedQuery(
    name = LearningQuestion.OF_CIRCLE,
    query =
        "select q from LearningQuestion q where q.circleId = :circle order by q.phase, q.raisedAt")
public class LearningQuestion {

  static final String OF_CIRCLE = "LearningQuestion.ofCircle";

  /** Whose a question is: a gemeente of the circle or a participant (exactly one), by name. */
  public record Owner(String tenant, String account, String name) {
    public Owner {
      if ((tenant == null) == (account == null)) {
        throw new IllegalArgumentException("An owner is a gemeente or a person.");
      }
      Objects.requireNonNull(name, "An owner has a name.");
    }
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Column(nullable = false, length = 1000)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Phase phase;

  @Column(name = "owner_tenant", length = 36)
  private String ownerTenant;

  @Column(name = "owner_account", length = 36)
  private String ownerAccount;

  @Column(name = "owner_name", length = 200)
  private String ownerName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 9)
  private QuestionStatus status;

  @Column(length = 2000)
  private String explanation;

  @Column(name = "raised_by", nullable = false, length = 100)
  private String raisedBy;

  @Column(name = "raised_at", nullable = false)
  private Instant raisedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "question", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("at")
  private List<QuestionEvent> events = new ArrayList<>();

  protected LearningQuestion() {}

  LearningQuestion(String circleId, String text, Phase phase, Owner owner, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.circleId = Objects.requireNonNull(circleId);
    this.text = Objects.requireNonNull(text);
    this.phase = Objects.requireNonNull(phase);
    this.ownerTenant = owner.tenant();
    this.ownerAccount = owner.account();
    this.ownerName = owner.name();
    this.status = QuestionStatus.OPEN;
    this.raisedBy = by;
    this.raisedAt = now;
    this.updatedAt = now;
    events.add(new QuestionEvent(this, now, QuestionEvent.Kind.RAISED, status, null, null, by));
  }

  /**
   * A new status with its explanation, from the version the editor started from. A move the status
   * does not allow is a 409; an answer, a parking or a reopening without an explanation is a 400.
   * Nothing changes when refused.
   */
  void changeStatus(
      QuestionStatus next, String explanation, Long sentVersion, String by, Instant now) {
    Checks c = new Checks();
    String why = c.text("explanation", explanation, 2000, false);
    if (sentVersion == null) {
      c.refuse("version", LearningCode.VERSION_REQUIRED);
    }
    if (c.ok() && why == null && next.needsExplanationFrom(status)) {
      c.refuse("explanation", LearningCode.EXPLANATION_REQUIRED, next.name());
    }
    c.done();
    Checks.sameVersion(sentVersion, version);
    if (!status.next().contains(next)) {
      throw PortalException.conflict(LearningCode.STATUS_TRANSITION, status.name(), next.name());
    }
    this.status = next;
    this.explanation = why;
    this.updatedAt = now;
    events.add(new QuestionEvent(this, now, QuestionEvent.Kind.STATUS, next, why, null, by));
  }

  /**
   * Records that the question was worked on at a meeting (once per meeting); an open question is
   * being explored from then on. Returns whether the meeting was new to the question.
   */
  boolean workedOnAt(String meetingId, Instant at, String by) {
    if (meetings().contains(meetingId)) {
      return false;
    }
    events.add(new QuestionEvent(this, at, QuestionEvent.Kind.MEETING, null, null, meetingId, by));
    if (status == QuestionStatus.OPEN) {
      status = QuestionStatus.EXPLORING;
    }
    this.updatedAt = at;
    return true;
  }

  /**
   * Keeps in the history that harvest was edited ({@code EDITED}) or removed ({@code REMOVED}). The
   * question itself is unchanged: its version stays, so a status form open meanwhile still saves.
   */
  void harvestChanged(QuestionEvent.Kind kind, HarvestItem h, String by, Instant now) {
    events.add(QuestionEvent.aboutHarvest(this, now, kind, h, by));
  }

  /** Whether harvest may be added: not while parked (take it up again first). */
  void requireHarvestable() {
    if (status == QuestionStatus.PARKED) {
      throw PortalException.conflict(LearningCode.QUESTION_PARKED);
    }
  }

  /** The meetings it was worked on, in the order they were linked. */
  public List<String> meetings() {
    return events.stream()
        .filter(e -> e.kind() == QuestionEvent.Kind.MEETING)
        .map(QuestionEvent::meetingId)
        .toList();
  }

  public String id() {
    return id;
  }

  public String circleId() {
    return circleId;
  }

  public String text() {
    return text;
  }

  public Phase phase() {
    return phase;
  }

  public String ownerTenant() {
    return ownerTenant;
  }

  public String ownerAccount() {
    return ownerAccount;
  }

  public String ownerName() {
    return ownerName;
  }

  public QuestionStatus status() {
    return status;
  }

  public String explanation() {
    return explanation;
  }

  public String raisedBy() {
    return raisedBy;
  }

  public Instant raisedAt() {
    return raisedAt;
  }

  public long version() {
    return version;
  }

  public List<QuestionEvent> events() {
    return List.copyOf(events);
  }
}
