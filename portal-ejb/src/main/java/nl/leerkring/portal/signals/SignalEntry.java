package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A {@link Signal} waiting in the queue to be fanned out, and afterwards what was fanned out. */
@Entity
@NamedQuery(
    name = SignalEntry.WITH_LINK,
    query = "select x from SignalEntry x where x.link = :link and x.text is not null")
@Table(name = "signal_queue")
@NamedQuery(
    name = SignalEntry.PENDING,
    query = "select s.id from SignalEntry s where s.fannedOutAt is null order by s.createdAt, s.id")
@NamedQuery(
    name = SignalEntry.OF_CIRCLE_SINCE,
    query =
        "select s from SignalEntry s where s.circleId = :circle and s.createdAt >= :since"
            + " and s.kind in :kinds order by s.createdAt desc, s.id")
@NamedQuery(
    name = SignalEntry.NAMED_ABOUT,
    query =
        "select s.accountId from SignalEntry s where s.subjectId = :subject and s.kind = :kind"
            + " and s.accountId is not null")
public class SignalEntry {

  public static final String NAMED_ABOUT = "SignalEntry.namedAbout";

  public static final String PENDING = "SignalEntry.pending";
  public static final String OF_CIRCLE_SINCE = "SignalEntry.ofCircleSince";
  public static final String WITH_LINK = "SignalEntry.withLink";

  @Id
  @Column(length = 36)
  private String id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private SignalKind kind;

  @Column(name = "circle_id", length = 36)
  private String circleId;

  @Column(name = "owner_tenant", length = 36)
  private String ownerTenant;

  @Column(name = "subject_id", nullable = false, length = 36)
  private String subjectId;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 500)
  private String link;

  @Column(name = "actor_id", length = 36)
  private String actorId;

  @Column(name = "account_id", length = 36)
  private String accountId;

  private LocalDate due;

  @Column(name = "excerpt", length = Signal.TEXT_MAX)
  private String text;

  @Column(name = "announces", length = 36)
  private String announces;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "fanned_out_at")
  private Instant fannedOutAt;

  protected SignalEntry() {}

  SignalEntry(Signal s, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.kind = s.kind();
    this.circleId = s.circleId();
    this.ownerTenant = s.ownerTenant();
    this.subjectId = s.subjectId();
    this.title = s.title();
    this.link = s.link();
    this.actorId = s.actorId();
    this.accountId = s.accountId();
    this.due = s.due();
    this.text = s.text();
    this.announces = s.announces();
    this.createdAt = now;
  }

  Signal signal() {
    return new Signal(
        kind,
        circleId,
        ownerTenant,
        subjectId,
        title,
        link,
        actorId,
        accountId,
        due,
        text,
        announces);
  }

  boolean isFannedOut() {
    return fannedOutAt != null;
  }

  void fannedOut(Instant now) {
    fannedOutAt = now;
  }

  String id() {
    return id;
  }

  SignalKind kind() {
    return kind;
  }

  void forgetText() {
    text = null;
  }

  Instant createdAt() {
    return createdAt;
  }
}
