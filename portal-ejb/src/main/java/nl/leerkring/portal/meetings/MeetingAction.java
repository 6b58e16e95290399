package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;

/**
 * An action agreed at a meeting: what, whose (a person or a gemeente), when, and how it stands. The
 * next meeting's page shows the circle's open actions first (terugblik).
 */
@Entity
@Table(name = "meeting_action")
@NamedQuery(
    name = MeetingAction.OF_MEETING,
    query = "select a from MeetingAction a where a.meetingId = :meeting order by a.createdAt")
@NamedQuery(
    name = MeetingAction.OPEN_IN_CIRCLE,
    query =
        "select a from MeetingAction a where a.circleId = :circle and a.status = :status"
            + " and a.meetingId <> :meeting order by a.due, a.createdAt")
public class MeetingAction {

  static final String OF_MEETING = "MeetingAction.ofMeeting";
  static final String OPEN_IN_CIRCLE = "MeetingAction.openInCircle";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "meeting_id", nullable = false, length = 36)
  private String meetingId;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(name = "owner_tenant", length = 36)
  private String ownerTenant;

  @Column(name = "owner_account", length = 36)
  private String ownerAccount;

  @Column(name = "owner_name", nullable = false, length = 200)
  private String ownerName;

  private LocalDate due;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ActionStatus status;

  @Column(length = 2000)
  private String note;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Version private long version;

  protected MeetingAction() {}

  /** Exactly one of {@code ownerTenant} and {@code ownerAccount}; checked by the boundary. */
  MeetingAction(
      Meeting meeting,
      String title,
      String ownerTenant,
      String ownerAccount,
      String ownerName,
      LocalDate due,
      String by,
      Instant now) {
    if (meeting.status() != MeetingStatus.HELD && meeting.status() != MeetingStatus.CLOSED) {
      throw PortalException.conflict(MeetingCode.NOT_HELD, meeting.status().name());
    }
    this.id = UUID.randomUUID().toString();
    this.meetingId = meeting.id();
    this.circleId = meeting.circleId();
    this.title = title;
    this.ownerTenant = ownerTenant;
    this.ownerAccount = ownerAccount;
    this.ownerName = ownerName;
    this.due = due;
    this.status = ActionStatus.OPEN;
    this.createdAt = now;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  /**
   * The follow-up: a new status with a note, from the version the editor started from. Dropping
   * needs a note saying why; a stale version is refused (409) and nothing changes.
   */
  void follow(ActionStatus next, String note, Long sentVersion, String by, Instant now) {
    Codes c = new Codes();
    String n = c.optional("note", note, 2000);
    if (sentVersion == null) {
      c.refuse("version", MeetingCode.VERSION_REQUIRED);
    }
    if (next == ActionStatus.DROPPED && n == null && c.ok()) {
      c.refuse("note", MeetingCode.NOTE_REQUIRED_TO_DROP);
    }
    c.done();
    if (sentVersion != version) {
      throw new PortalException(
          TenantsException.Kind.CONFLICT,
          List.of(Refusal.onField("version", MeetingCode.STALE_VERSION, sentVersion, version)));
    }
    this.status = next;
    this.note = n;
    this.updatedAt = now;
    this.updatedBy = by;
  }

  public String id() {
    return id;
  }

  public String meetingId() {
    return meetingId;
  }

  public String circleId() {
    return circleId;
  }

  public String title() {
    return title;
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

  public LocalDate due() {
    return due;
  }

  public ActionStatus status() {
    return status;
  }

  public String note() {
    return note;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
