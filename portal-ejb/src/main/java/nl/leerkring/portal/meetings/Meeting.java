package nl.leerkring.portal.meetings;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.leerkring.portal.PortalException;

/**
 * A meeting (bijeenkomst) of a circle, the root of its agenda, registrations, attendance and
 * minutes. It enforces its own life: planned → held → closed, or cancelled while planned; every
 * change a calendar shows raises {@link #sequence()}, so calendars replace the event they hold
 * under the same UID (RFC 5545).
 *
 * <p>Registration: a yes takes a place while there is one, else a place on the waiting list, in the
 * order the yeses came; when a confirmed participant withdraws, or places are added, the waiting
 * list moves up by itself.
 */
@Entity
@Table(name = "meeting")
@NamedQuery(
    name = Meeting.OF_CIRCLE,
    query = "select m from Meeting m where m.circleId = :circle order by m.startsAt")
@NamedQuery(
    name = Meeting.OF_CIRCLES,
    query = "select m from Meeting m where m.circleId in :circles order by m.startsAt")
public class Meeting {

  static final String OF_CIRCLE = "Meeting.ofCircle";
  static final String OF_CIRCLES = "Meeting.ofCircles";

  /** The zone of every meeting's start and end. */
  public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  static final int MINUTES_MAX = 100_000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(name = "starts_at", nullable = false)
  private LocalDateTime startsAt;

  @Column(name = "ends_at", nullable = false)
  private LocalDateTime endsAt;

  @Column(length = 500)
  private String place;

  @Column(name = "online_url", length = 1000)
  private String onlineUrl;

  @Column(name = "host_tenant", length = 36)
  private String hostTenant;

  private Integer capacity;

  @Column(length = 8000)
  private String description;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 12)
  private MeetingStatus status;

  @Column(name = "cancel_reason", length = 2000)
  private String cancelReason;

  /** RFC 5545 SEQUENCE: raised on every change a calendar shows. */
  @Column(nullable = false)
  private int sequence;

  /** The last turn given to a yes: the waiting list's order. */
  @Column(name = "yes_turns", nullable = false)
  private int yesTurns;

  @Enumerated(EnumType.STRING)
  @Column(name = "minutes_state", length = 8)
  private MinutesState minutesState;

  @Column(name = "minutes_text", length = MINUTES_MAX)
  private String minutesText;

  @Column(name = "minutes_version", nullable = false)
  private int minutesVersion;

  @Column(name = "minutes_open_until")
  private Instant minutesOpenUntil;

  @Column(name = "minutes_final_at")
  private Instant minutesFinalAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("position")
  private List<AgendaItem> agenda = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  private List<Registration> registrations = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<MinutesVersion> minutesVersions = new ArrayList<>();

  @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("writtenAt")
  private List<MinutesComment> minutesComments = new ArrayList<>();

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
  @Column(name = "account_id", length = 36, nullable = false)
  private Set<String> present = new HashSet<>();

  @Version private long version;

  /** Who moved up from the waiting list in this change, for {@link #movedUp()}. */
  @Transient private List<Registration> movedUp = new ArrayList<>();

  protected Meeting() {}

  Meeting(String circleId, MeetingDetails details, String by, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.circleId = Objects.requireNonNull(circleId, "A meeting belongs to a circle.");
    this.status = MeetingStatus.PLANNED;
    this.createdBy = by;
    this.createdAt = now;
    apply(details, now);
  }

  // --- life ---

  /** Changes what the meeting is about; only while planned. Raises the calendar sequence. */
  void reschedule(MeetingDetails details, Instant now) {
    requireStatus(MeetingStatus.PLANNED, MeetingCode.NOT_PLANNED);
    if (details.capacity() != null && confirmed() > details.capacity()) {
      throw PortalException.invalidField(
          "capacity", MeetingCode.CAPACITY_BELOW_CONFIRMED, confirmed());
    }
    apply(details, now);
    sequence++;
    moveUp();
  }

  /** The meeting took place; not before it started. */
  void hold(Instant now) {
    transition(MeetingStatus.HELD, MeetingStatus.PLANNED);
    if (now.isBefore(startsAt.atZone(ZONE).toInstant())) {
      throw PortalException.conflict(MeetingCode.NOT_STARTED, startsAt);
    }
    status = MeetingStatus.HELD;
    updatedAt = now;
  }

  /** The meeting's harvest is complete: only once its minutes are final. */
  void close(Instant now) {
    transition(MeetingStatus.CLOSED, MeetingStatus.HELD);
    if (minutesState != MinutesState.FINAL) {
      throw PortalException.conflict(MeetingCode.MINUTES_NOT_FINAL);
    }
    status = MeetingStatus.CLOSED;
    updatedAt = now;
  }

  /** Called off before it was held; calendars show it cancelled under the same UID. */
  void cancel(String reason, Instant now) {
    transition(MeetingStatus.CANCELLED, MeetingStatus.PLANNED);
    Codes c = new Codes();
    String why = c.required("reason", reason, 2000);
    c.done();
    status = MeetingStatus.CANCELLED;
    cancelReason = why;
    sequence++;
    updatedAt = now;
  }

  private void transition(MeetingStatus to, MeetingStatus from) {
    if (status != from) {
      throw PortalException.conflict(MeetingCode.STATUS_TRANSITION, status.name(), to.name());
    }
  }

  private void requireStatus(MeetingStatus wanted, MeetingCode code) {
    if (status != wanted) {
      throw PortalException.conflict(code, status.name());
    }
  }

  private void apply(MeetingDetails d, Instant now) {
    this.title = d.title();
    this.startsAt = d.start();
    this.endsAt = d.end();
    this.place = d.place();
    this.onlineUrl = d.onlineUrl();
    this.hostTenant = d.hostTenant();
    this.capacity = d.capacity();
    this.description = d.description();
    this.updatedAt = now;
  }

  // --- agenda ---

  AgendaItem addAgendaItem(
      String title, AgendaKind kind, Integer minutes, String presenter, List<String> materials) {
    if (status == MeetingStatus.CANCELLED || status == MeetingStatus.CLOSED) {
      throw PortalException.conflict(MeetingCode.AGENDA_CLOSED, status.name());
    }
    AgendaItem item =
        new AgendaItem(this, agenda.size() + 1, title, kind, minutes, presenter, materials);
    agenda.add(item);
    return item;
  }

  /** Moves an item {@code by} places (-1 up, 1 down); positions settle after a flush. */
  void moveAgendaItem(String itemId, int by) {
    AgendaItem item = agendaItem(itemId);
    int from = agenda.indexOf(item);
    int to = Math.max(0, Math.min(agenda.size() - 1, from + by));
    agenda.remove(from);
    agenda.add(to, item);
    unsettleAgenda();
  }

  void removeAgendaItem(String itemId) {
    agenda.remove(agendaItem(itemId));
    unsettleAgenda();
  }

  private AgendaItem agendaItem(String itemId) {
    if (status == MeetingStatus.CANCELLED || status == MeetingStatus.CLOSED) {
      throw PortalException.conflict(MeetingCode.AGENDA_CLOSED, status.name());
    }
    return agenda.stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(() -> PortalException.notFound(MeetingCode.AGENDA_ITEM_NOT_FOUND, itemId));
  }

  /** Positions are unique: the new order is written as -1, -2, … before {@link #settleAgenda}. */
  private void unsettleAgenda() {
    for (int i = 0; i < agenda.size(); i++) {
      agenda.get(i).placeAt(-(i + 1));
    }
  }

  void settleAgenda() {
    for (int i = 0; i < agenda.size(); i++) {
      agenda.get(i).placeAt(i + 1);
    }
  }

  // --- registration ---

  /**
   * Records a participant's answer. A yes takes a free place or joins the waiting list; a confirmed
   * participant who withdraws lets the first on the waiting list move up.
   */
  Registration answer(String accountId, String name, String tenantId, Answer answer, Instant now) {
    requireStatus(MeetingStatus.PLANNED, MeetingCode.REGISTRATION_CLOSED);
    Registration r = registrationOf(accountId).orElse(null);
    if (r == null) {
      r = new Registration(this, accountId, name, tenantId);
      registrations.add(r);
    }
    boolean wasConfirmed = r.confirmed();
    if (answer == Answer.YES) {
      if (r.answer() != Answer.YES) {
        r.yes(++yesTurns, capacity != null && confirmed() >= capacity, now);
      }
    } else {
      r.notYes(answer, now);
      if (wasConfirmed) {
        moveUp();
      }
    }
    return r;
  }

  /**
   * The registrations that moved up from the waiting list since the boundary last asked, so it can
   * tell those people; not stored.
   */
  List<Registration> movedUp() {
    List<Registration> out = List.copyOf(movedUp);
    movedUp.clear();
    return out;
  }

  /** While there are free places, the earliest yes on the waiting list takes one. */
  private void moveUp() {
    List<Registration> waiting =
        registrations.stream()
            .filter(Registration::waitlisted)
            .sorted(Comparator.comparingInt(Registration::turn))
            .toList();
    for (Registration r : waiting) {
      if (capacity != null && confirmed() >= capacity) {
        return;
      }
      r.moveUp();
      movedUp.add(r);
    }
  }

  Optional<Registration> registrationOf(String accountId) {
    return registrations.stream().filter(r -> r.accountId().equals(accountId)).findFirst();
  }

  /** How many have a place. */
  int confirmed() {
    return (int) registrations.stream().filter(Registration::confirmed).count();
  }

  int count(Answer answer) {
    return (int) registrations.stream().filter(r -> r.answer() == answer).count();
  }

  int waitlisted() {
    return (int) registrations.stream().filter(Registration::waitlisted).count();
  }

  // --- attendance ---

  /** Who was there, recorded after the meeting; replaces an earlier record. */
  void recordAttendance(Set<String> accountIds) {
    if (status != MeetingStatus.HELD && status != MeetingStatus.CLOSED) {
      throw PortalException.conflict(MeetingCode.NOT_HELD, status.name());
    }
    present.clear();
    present.addAll(accountIds);
  }

  // --- minutes ---

  /**
   * Saves a new version of the minutes, started from {@code sentVersion} (0 when there are none
   * yet); refused once final or when someone saved meanwhile.
   */
  MinutesVersion writeMinutes(String text, Long sentVersion, String by, Instant now) {
    if (status == MeetingStatus.CANCELLED) {
      throw PortalException.conflict(MeetingCode.NOT_HELD, status.name());
    }
    if (minutesState == MinutesState.FINAL) {
      throw PortalException.conflict(MeetingCode.MINUTES_FINAL);
    }
    Codes c = new Codes();
    String stripped = c.required("text", text, MINUTES_MAX);
    if (sentVersion == null) {
      c.refuse("version", MeetingCode.VERSION_REQUIRED);
    }
    c.done();
    if (sentVersion != minutesVersion) {
      throw new PortalException(
          nl.leerkring.tenants.TenantsException.Kind.CONFLICT,
          List.of(
              nl.leerkring.tenants.Refusal.onField(
                  "version", MeetingCode.STALE_VERSION, sentVersion, minutesVersion)));
    }
    minutesText = stripped;
    minutesVersion++;
    if (minutesState == null) {
      minutesState = MinutesState.DRAFT;
    }
    MinutesVersion v = new MinutesVersion(this, minutesVersion, stripped, by, now);
    minutesVersions.add(v);
    return v;
  }

  /** Opens the minutes to the attendees for comments for {@code days} days (1–30). */
  void openMinutes(Integer days, Instant now) {
    requireHeld();
    if (minutesState == null) {
      throw PortalException.conflict(MeetingCode.MINUTES_MISSING);
    }
    if (minutesState == MinutesState.FINAL) {
      throw PortalException.conflict(MeetingCode.MINUTES_FINAL);
    }
    if (days == null || days < 1 || days > 30) {
      throw PortalException.invalidField("days", MeetingCode.DAYS_INVALID, 1, 30);
    }
    minutesState = MinutesState.OPEN;
    minutesOpenUntil = now.plus(java.time.Duration.ofDays(days));
  }

  /** Makes the minutes final and read-only; their versions stay. */
  void finaliseMinutes(Instant now) {
    requireHeld();
    if (minutesState == null) {
      throw PortalException.conflict(MeetingCode.MINUTES_MISSING);
    }
    if (minutesState == MinutesState.FINAL) {
      throw PortalException.conflict(MeetingCode.MINUTES_FINAL);
    }
    minutesState = MinutesState.FINAL;
    minutesFinalAt = now;
  }

  /**
   * An attendee's comment on the open minutes (a planner may answer too); refused before they are
   * opened, after the days they were open for, and once final.
   */
  MinutesComment commentOnMinutes(
      String accountId, String name, boolean planner, String text, Instant now) {
    if (!planner && !present.contains(accountId)) {
      throw PortalException.forbidden(MeetingCode.ONLY_ATTENDEES);
    }
    if (!minutesOpenAt(now)) {
      throw PortalException.conflict(MeetingCode.MINUTES_NOT_OPEN);
    }
    Codes c = new Codes();
    String stripped = c.required("text", text, MinutesComment.TEXT_MAX);
    c.done();
    MinutesComment comment =
        new MinutesComment(this, accountId, name, minutesVersion, stripped, now);
    minutesComments.add(comment);
    return comment;
  }

  /** A saved version of the minutes by its number. */
  Optional<MinutesVersion> minutesVersion(int number) {
    return minutesVersions.stream().filter(v -> v.number() == number).findFirst();
  }

  private void requireHeld() {
    if (status != MeetingStatus.HELD) {
      throw PortalException.conflict(MeetingCode.NOT_HELD, status.name());
    }
  }

  /** Whether the minutes are open for comments at {@code now}. */
  boolean minutesOpenAt(Instant now) {
    return minutesState == MinutesState.OPEN
        && minutesOpenUntil != null
        && now.isBefore(minutesOpenUntil);
  }

  // --- reading ---

  public String id() {
    return id;
  }

  public String circleId() {
    return circleId;
  }

  public String title() {
    return title;
  }

  public LocalDateTime start() {
    return startsAt;
  }

  public LocalDateTime end() {
    return endsAt;
  }

  public String place() {
    return place;
  }

  public String onlineUrl() {
    return onlineUrl;
  }

  public String hostTenant() {
    return hostTenant;
  }

  public Integer capacity() {
    return capacity;
  }

  public String description() {
    return description;
  }

  public MeetingStatus status() {
    return status;
  }

  public String cancelReason() {
    return cancelReason;
  }

  public int sequence() {
    return sequence;
  }

  public MinutesState minutesState() {
    return minutesState;
  }

  public String minutesText() {
    return minutesText;
  }

  public int minutesVersion() {
    return minutesVersion;
  }

  public Instant minutesOpenUntil() {
    return minutesOpenUntil;
  }

  public Instant minutesFinalAt() {
    return minutesFinalAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public List<AgendaItem> agenda() {
    return List.copyOf(agenda);
  }

  public List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  public List<MinutesVersion> minutesVersions() {
    return List.copyOf(minutesVersions);
  }

  public List<MinutesComment> minutesComments() {
    return List.copyOf(minutesComments);
  }

  public Set<String> present() {
    return Set.copyOf(present);
  }

  public long version() {
    return version;
  }
}
