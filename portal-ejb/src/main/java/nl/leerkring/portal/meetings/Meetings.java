package nl.leerkring.portal.meetings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.meetings.Forms.ActionDraft;
import nl.leerkring.portal.meetings.Forms.ActionUpdate;
import nl.leerkring.portal.meetings.Forms.AgendaDraft;
import nl.leerkring.portal.meetings.Forms.StatusChange;
import nl.leerkring.portal.meetings.Views.ActionView;
import nl.leerkring.portal.meetings.Views.AgendaItemView;
import nl.leerkring.portal.meetings.Views.Attendee;
import nl.leerkring.portal.meetings.Views.Calendar;
import nl.leerkring.portal.meetings.Views.Gemeente;
import nl.leerkring.portal.meetings.Views.Material;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.portal.meetings.Views.MinutesVersionView;
import nl.leerkring.portal.meetings.Views.MinutesView;
import nl.leerkring.portal.meetings.Views.RegistrationCounts;
import nl.leerkring.portal.meetings.Views.RegistrationView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A circle's meetings: planning, agenda, registration, attendance, minutes and agreed actions, for
 * the circle's participants as {@link Participation} says. A meeting, or an action, that the viewer
 * may not read is "not found", like one that does not exist.
 */
@Stateless
public class Meetings {

  /** The change-log entity name of a meeting (search). */
  static final String ENTITY = "meeting";

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Tenants tenants;

  @Inject Accounts accounts;

  @Inject Publications publications;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  @Inject MeetingSignals signals;

  Clock clock = Clock.systemUTC();

  // --- meetings ---

  /** Plans a meeting in a circle (coordinators and facilitators). */
  public MeetingView plan(Viewer viewer, String circleSlug, MeetingDraft draft) {
    CircleView circle = readableCircle(viewer, circleSlug);
    if (!Participation.of(viewer, circle.id()).plans()) {
      throw PortalException.forbidden(MeetingCode.ONLY_PLANNERS);
    }
    MeetingDetails details = MeetingDetails.read(required(draft), members(circle));
    Meeting m = new Meeting(circle.id(), details, viewer.username(), now());
    em.persist(m);
    changed(viewer, m, "meeting.planned");
    return view(viewer, m);
  }

  /** The circle's meetings, in date order. */
  public List<MeetingSummary> ofCircle(Viewer viewer, String circleSlug) {
    CircleView circle = readableCircle(viewer, circleSlug);
    return em
        .createNamedQuery(Meeting.OF_CIRCLE, Meeting.class)
        .setParameter("circle", circle.id())
        .getResultList()
        .stream()
        .map(Meetings::summary)
        .toList();
  }

  public MeetingView meeting(Viewer viewer, String id) {
    return view(viewer, readable(viewer, id));
  }

  /** Changes a planned meeting, from the version the editor started from. */
  public MeetingView change(Viewer viewer, String id, MeetingDraft draft) {
    Meeting m = planned(viewer, id);
    MeetingDraft d = required(draft);
    requireVersion(d.version(), m.version());
    CircleView circle = circles.bySlug(slugOf(m));
    m.reschedule(MeetingDetails.read(d, members(circle)), now());
    changed(viewer, m, "meeting.changed");
    return view(viewer, m);
  }

  /** Held, closed or cancelled, as {@link Meeting} allows. */
  public MeetingView changeStatus(Viewer viewer, String id, StatusChange change) {
    Meeting m = planned(viewer, id);
    StatusChange c = required(change);
    MeetingStatus to =
        Codes.parse("status", MeetingStatus.class, c.status(), MeetingCode.STATUS_UNKNOWN);
    switch (to) {
      case HELD -> m.hold(now());
      case CLOSED -> m.close(now());
      case CANCELLED -> m.cancel(c.reason(), now());
      case PLANNED ->
          throw PortalException.conflict(
              MeetingCode.STATUS_TRANSITION, m.status().name(), to.name());
    }
    changed(viewer, m, "meeting." + to.name().toLowerCase(java.util.Locale.ROOT));
    return view(viewer, m);
  }

  // --- agenda ---

  /** Adds an item at the end of the agenda; its materials must be readable in the circle. */
  public AgendaItemView addAgendaItem(Viewer viewer, String id, AgendaDraft draft) {
    Meeting m = planned(viewer, id);
    AgendaDraft d = required(draft);
    Codes c = new Codes();
    String title = c.required("title", d.title(), 200);
    AgendaKind kind = c.choice("kind", AgendaKind.class, d.kind(), MeetingCode.KIND_UNKNOWN);
    if (d.minutes() != null && (d.minutes() < 1 || d.minutes() > 600)) {
      c.refuse("minutes", MeetingCode.DURATION_INVALID, 1, 600);
    }
    String presenter = c.optional("presenter", d.presenter(), 200);
    List<String> materials = new ArrayList<>();
    List<String> asked = d.materials() == null ? List.of() : d.materials();
    for (int i = 0; i < asked.size(); i++) {
      String material = asked.get(i);
      if (publications.publishedTo(m.circleId(), material).isEmpty()) {
        c.refuse("materials[" + i + "]", MeetingCode.MATERIAL_UNREADABLE, material);
      } else if (!materials.contains(material)) {
        materials.add(material);
      }
    }
    c.done();
    AgendaItem item = m.addAgendaItem(title, kind, d.minutes(), presenter, materials);
    em.flush();
    changed(viewer, m, "meeting.agenda");
    return agendaView(m, item);
  }

  // --- registration and attendance ---

  /** The viewer's answer; a yes beyond capacity waits for a place. */
  public RegistrationView register(Viewer viewer, String id, String answer) {
    Meeting m = readable(viewer, id);
    if (!Participation.of(viewer, m.circleId()).participates()) {
      throw PortalException.forbidden(MeetingCode.ONLY_PARTICIPANTS);
    }
    Answer a = Codes.parse("answer", Answer.class, answer, MeetingCode.ANSWER_UNKNOWN);
    Registration r =
        m.answer(
            viewer.accountId(),
            viewer.displayName(),
            viewer.homeTenant().map(TenantId::value).orElse(null),
            a,
            now());
    audit.record(viewer, null, "meeting.registration", "meeting:" + m.id(), a.name());
    signals.answered(viewer, m);
    return new RegistrationView(r.answer().name(), r.waitlisted());
  }

  /** Who was there: participants of the circle, by account id. */
  public List<Attendee> recordAttendance(Viewer viewer, String id, List<String> present) {
    Meeting m = planned(viewer, id);
    Codes c = new Codes();
    if (present == null) {
      c.refuse("present", MeetingCode.REQUIRED);
    }
    Set<String> accountIds = new LinkedHashSet<>();
    List<String> given = present == null ? List.of() : present;
    for (int i = 0; i < given.size(); i++) {
      if (!isParticipant(given.get(i), m.circleId())) {
        c.refuse("present[" + i + "]", MeetingCode.ATTENDEE_UNKNOWN, given.get(i));
      } else {
        accountIds.add(given.get(i));
      }
    }
    c.done();
    m.recordAttendance(accountIds);
    audit.record(viewer, null, "meeting.attendance", "meeting:" + m.id(), accountIds.size() + "");
    return attendance(m);
  }

  // --- minutes ---

  public MinutesView writeMinutes(Viewer viewer, String id, Forms.MinutesDraft draft) {
    Meeting m = planned(viewer, id);
    Forms.MinutesDraft d = required(draft);
    m.writeMinutes(d.text(), d.version(), viewer.username(), now());
    changed(viewer, m, "meeting.minutes");
    return minutes(m, true);
  }

  public MinutesView openMinutes(Viewer viewer, String id, Forms.MinutesOpening opening) {
    Meeting m = planned(viewer, id);
    m.openMinutes(required(opening).days(), now());
    changed(viewer, m, "meeting.minutes.opened");
    return minutes(m, true);
  }

  public MinutesView finaliseMinutes(Viewer viewer, String id) {
    Meeting m = planned(viewer, id);
    m.finaliseMinutes(now());
    changed(viewer, m, "meeting.minutes.final");
    return minutes(m, true);
  }

  // --- actions ---

  /** An action agreed at a held meeting, owned by a gemeente of the circle or a participant. */
  public ActionView agreeAction(Viewer viewer, String id, ActionDraft draft) {
    Meeting m = planned(viewer, id);
    ActionDraft d = required(draft);
    Codes c = new Codes();
    String title = c.required("title", d.title(), 300);
    LocalDate due = c.date("due", d.due());
    String gemeente = d.owner() == null ? null : blankToNull(d.owner().gemeente());
    String account = d.owner() == null ? null : blankToNull(d.owner().account());
    String ownerTenant = null;
    String ownerName = null;
    if ((gemeente == null) == (account == null)) {
      c.refuse("owner", MeetingCode.OWNER_ONE_OF);
    } else if (gemeente != null) {
      CircleView circle = circles.bySlug(slugOf(m));
      TenantView t =
          circle.members().stream().filter(x -> x.slug().equals(gemeente)).findFirst().orElse(null);
      if (t == null) {
        c.refuse("owner.gemeente", MeetingCode.OWNER_NOT_PARTICIPANT, gemeente);
      } else {
        ownerTenant = t.id();
        ownerName = t.name();
      }
    } else if (!isParticipant(account, m.circleId())) {
      c.refuse("owner.account", MeetingCode.OWNER_NOT_PARTICIPANT, account);
    } else {
      ownerName = em.find(Account.class, account).displayName();
    }
    c.done();
    MeetingAction a =
        new MeetingAction(m, title, ownerTenant, account, ownerName, due, viewer.username(), now());
    em.persist(a);
    em.flush();
    audit.record(viewer, null, "meeting.action.agreed", "action:" + a.id(), title);
    signals.action(viewer, a);
    return actionView(a);
  }

  /**
   * The follow-up of an action, by its owner (the person, or a member of the gemeente) or a
   * planner.
   */
  public ActionView updateAction(Viewer viewer, String actionId, ActionUpdate update) {
    MeetingAction a = actionId == null ? null : em.find(MeetingAction.class, actionId);
    Participation p = a == null ? null : Participation.of(viewer, a.circleId());
    if (a == null || !p.reads()) {
      throw PortalException.notFound(MeetingCode.ACTION_NOT_FOUND, actionId);
    }
    boolean owner =
        p.participates()
            && (viewer.accountId().equals(a.ownerAccount())
                || (a.ownerTenant() != null && viewer.belongsTo(new TenantId(a.ownerTenant()))));
    if (!owner && !p.plans()) {
      throw PortalException.forbidden(MeetingCode.NOT_ACTION_OWNER);
    }
    ActionUpdate u = required(update);
    ActionStatus status =
        Codes.parse("status", ActionStatus.class, u.status(), MeetingCode.STATUS_UNKNOWN);
    a.follow(status, u.note(), u.version(), viewer.username(), now());
    em.flush();
    audit.record(viewer, null, "meeting.action.followed", "action:" + a.id(), status.name());
    signals.action(viewer, a);
    return actionView(a);
  }

  // --- calendars ---

  /**
   * The meeting as an iCalendar file; {@code base} is the portal's address, for the event's link.
   */
  public Calendar calendar(Viewer viewer, String id, String base) {
    Meeting m = readable(viewer, id);
    return new Calendar(
        "bijeenkomst-" + m.start().toLocalDate() + ".ics",
        CalendarWriter.meeting(m, base + link(m.id())));
  }

  // --- reading ---

  private MeetingView view(Viewer viewer, Meeting m) {
    em.flush();
    Participation p = Participation.of(viewer, m.circleId());
    List<AgendaItemView> agenda = m.agenda().stream().map(i -> agendaView(m, i)).toList();
    List<ActionView> actions =
        em
            .createNamedQuery(MeetingAction.OF_MEETING, MeetingAction.class)
            .setParameter("meeting", m.id())
            .getResultList()
            .stream()
            .map(this::actionView)
            .toList();
    List<ActionView> terugblik =
        em
            .createNamedQuery(MeetingAction.OPEN_IN_CIRCLE, MeetingAction.class)
            .setParameter("circle", m.circleId())
            .setParameter("status", ActionStatus.OPEN)
            .setParameter("meeting", m.id())
            .setMaxResults(50)
            .getResultList()
            .stream()
            .map(this::actionView)
            .toList();
    MinutesView minutes =
        m.minutesState() == null
            ? null
            : p.participates()
                ? minutes(m, p.plans())
                : m.minutesState() == MinutesState.FINAL ? minutes(m, false) : null;
    return new MeetingView(
        m.id(),
        slugOf(m),
        m.title(),
        m.start(),
        m.end(),
        m.place(),
        m.onlineUrl(),
        gemeente(m.hostTenant()),
        m.capacity(),
        m.description(),
        m.status().name(),
        m.cancelReason(),
        m.sequence(),
        m.version(),
        agenda,
        p.participates() ? counts(viewer, m, p.plans()) : null,
        p.participates() ? attendance(m) : null,
        minutes,
        actions,
        terugblik,
        p.plans());
  }

  private RegistrationCounts counts(Viewer viewer, Meeting m, boolean withNames) {
    Registration own = m.registrationOf(viewer.accountId()).orElse(null);
    return new RegistrationCounts(
        m.count(Answer.YES),
        m.count(Answer.MAYBE),
        m.count(Answer.NO),
        m.waitlisted(),
        m.capacity() == null ? null : Math.max(0, m.capacity() - m.confirmed()),
        own == null ? null : own.answer().name(),
        own != null && own.waitlisted(),
        withNames
            ? m.registrations().stream()
                .sorted(Comparator.comparing(Registration::name))
                .map(r -> new Attendee(r.accountId(), r.name(), r.answer().name(), r.waitlisted()))
                .toList()
            : List.of());
  }

  private List<Attendee> attendance(Meeting m) {
    Map<String, Attendee> out = new LinkedHashMap<>();
    for (String accountId : m.present()) {
      Account a = em.find(Account.class, accountId);
      String answer = m.registrationOf(accountId).map(r -> r.answer().name()).orElse(null);
      out.put(
          accountId,
          new Attendee(accountId, a == null ? accountId : a.displayName(), answer, false));
    }
    return out.values().stream().sorted(Comparator.comparing(Attendee::name)).toList();
  }

  private static MinutesView minutes(Meeting m, boolean withVersions) {
    if (m.minutesState() == null) {
      return null;
    }
    return new MinutesView(
        m.minutesState().name(),
        m.minutesText(),
        m.minutesVersion(),
        m.minutesOpenUntil(),
        m.minutesFinalAt(),
        withVersions
            ? m.minutesVersions().stream()
                .map(v -> new MinutesVersionView(v.number(), v.savedBy(), v.savedAt()))
                .toList()
            : List.of());
  }

  private AgendaItemView agendaView(Meeting m, AgendaItem i) {
    List<Material> materials = new ArrayList<>();
    for (String id : i.materials()) {
      publications.publishedTo(m.circleId(), id).ifPresent(p -> materials.add(material(id, p)));
    }
    return new AgendaItemView(
        i.id(), i.position(), i.title(), i.kind().name(), i.minutes(), i.presenter(), materials);
  }

  private static Material material(String id, PublicationView p) {
    String link =
        "method".equals(p.kind())
            ? "/app/method.xhtml?id=" + p.subjectId()
            : "/app/item.xhtml?id=" + p.id();
    return new Material(id, p.kind(), p.title(), link);
  }

  private ActionView actionView(MeetingAction a) {
    return new ActionView(
        a.id(),
        a.meetingId(),
        a.title(),
        gemeente(a.ownerTenant()),
        a.ownerAccount(),
        a.ownerName(),
        a.due(),
        a.status().name(),
        a.note(),
        a.version());
  }

  private static MeetingSummary summary(Meeting m) {
    return new MeetingSummary(m.id(), m.title(), m.start(), m.end(), m.status().name());
  }

  /** Where a meeting's page is. */
  static String link(String meetingId) {
    return "/app/meeting.xhtml?id=" + meetingId;
  }

  // --- access ---

  private CircleView readableCircle(Viewer viewer, String slug) {
    requireSignedIn(viewer);
    CircleView circle;
    try {
      circle = slug == null ? null : circles.bySlug(slug);
    } catch (TenantsException unknown) {
      circle = null;
    }
    if (circle == null || !Participation.of(viewer, circle.id()).reads()) {
      throw PortalException.notFound(MeetingCode.CIRCLE_NOT_FOUND, slug);
    }
    return circle;
  }

  private Meeting readable(Viewer viewer, String id) {
    requireSignedIn(viewer);
    Meeting m = id == null ? null : em.find(Meeting.class, id);
    if (m == null || !Participation.of(viewer, m.circleId()).reads()) {
      throw PortalException.notFound(MeetingCode.NOT_FOUND, id);
    }
    return m;
  }

  private Meeting planned(Viewer viewer, String id) {
    Meeting m = readable(viewer, id);
    if (!Participation.of(viewer, m.circleId()).plans()) {
      throw PortalException.forbidden(MeetingCode.ONLY_PLANNERS);
    }
    return m;
  }

  /** Whether the account (active) takes part in the circle, as its own viewer would. */
  private boolean isParticipant(String accountId, String circleId) {
    Account a = accountId == null || accountId.isBlank() ? null : em.find(Account.class, accountId);
    if (a == null || !a.isActive()) {
      return false;
    }
    return Participation.of(accounts.viewerOf(a.username()), circleId).participates();
  }

  private static Map<String, String> members(CircleView circle) {
    Map<String, String> out = new LinkedHashMap<>();
    circle.members().forEach(t -> out.put(t.slug(), t.id()));
    return out;
  }

  private Gemeente gemeente(String tenantId) {
    return tenantId == null
        ? null
        : tenants
            .byId(new TenantId(tenantId))
            .map(t -> new Gemeente(t.slug(), t.name()))
            .orElse(null);
  }

  private String slugOf(Meeting m) {
    return circles.byId(new CircleId(m.circleId())).slug();
  }

  private void changed(Viewer viewer, Meeting m, String what) {
    changes.upserted(ENTITY, m.id());
    audit.record(viewer, null, what, "meeting:" + m.id(), m.title());
    signals.changed(viewer, m, what);
  }

  private static void requireVersion(Long sent, long stored) {
    if (sent == null) {
      throw PortalException.invalidField("version", MeetingCode.VERSION_REQUIRED);
    }
    if (sent != stored) {
      throw new PortalException(
          TenantsException.Kind.CONFLICT,
          List.of(Refusal.onField("version", MeetingCode.STALE_VERSION, sent, stored)));
    }
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw PortalException.invalid(MeetingCode.REQUIRED);
    }
    return body;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private Instant now() {
    return clock.instant();
  }

  private static void requireSignedIn(Viewer viewer) {
    if (viewer == null || viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, MeetingCode.SIGN_IN);
    }
  }
}
