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
import nl.leerkring.portal.meetings.Views.CircleHome;
import nl.leerkring.portal.meetings.Views.Gemeente;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.portal.meetings.Views.MinutesView;
import nl.leerkring.portal.meetings.Views.RegistrationView;
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

  @Inject MeetingViews views;

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
    return views.view(viewer, m);
  }

  /** The circle's meetings, in date order. */
  public List<MeetingSummary> ofCircle(Viewer viewer, String circleSlug) {
    CircleView circle = readableCircle(viewer, circleSlug);
    return em
        .createNamedQuery(Meeting.OF_CIRCLE, Meeting.class)
        .setParameter("circle", circle.id())
        .getResultList()
        .stream()
        .map(MeetingViews::summary)
        .toList();
  }

  public MeetingView meeting(Viewer viewer, String id) {
    return views.view(viewer, readable(viewer, id));
  }

  /** Changes a planned meeting, from the version the editor started from. */
  public MeetingView change(Viewer viewer, String id, MeetingDraft draft) {
    Meeting m = planned(viewer, id);
    MeetingDraft d = required(draft);
    requireVersion(d.version(), m.version());
    CircleView circle = circles.bySlug(slugOf(m));
    m.reschedule(MeetingDetails.read(d, members(circle)), now());
    changed(viewer, m, "meeting.changed");
    signals.movedUp(viewer, m);
    return views.view(viewer, m);
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
    return views.view(viewer, m);
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
    return views.agendaView(m, item);
  }

  /** Moves an agenda item one place up ({@code -1}) or down ({@code 1}). */
  public List<AgendaItemView> moveAgendaItem(Viewer viewer, String id, String itemId, Integer by) {
    Meeting m = planned(viewer, id);
    if (by == null || (by != -1 && by != 1)) {
      throw PortalException.invalidField("by", MeetingCode.MOVE_INVALID);
    }
    m.moveAgendaItem(itemId, by);
    return settledAgenda(viewer, m);
  }

  /** Takes an item off the agenda; the items after it move up. */
  public List<AgendaItemView> removeAgendaItem(Viewer viewer, String id, String itemId) {
    Meeting m = planned(viewer, id);
    m.removeAgendaItem(itemId);
    return settledAgenda(viewer, m);
  }

  /** Positions are unique per meeting: written negative first, then settled, in two flushes. */
  private List<AgendaItemView> settledAgenda(Viewer viewer, Meeting m) {
    em.flush();
    m.settleAgenda();
    changed(viewer, m, "meeting.agenda");
    return m.agenda().stream().map(i -> views.agendaView(m, i)).toList();
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
    signals.movedUp(viewer, m);
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
    return views.attendance(m);
  }

  /**
   * Everyone who takes part in the meeting's circle, by name, for the planners' attendance form
   * (whether or not they answered): the active members of its gemeenten and the accounts with a
   * part in it, each let through only as its own viewer would be ({@link Participation}).
   */
  public List<Attendee> participants(Viewer viewer, String id) {
    Meeting m = planned(viewer, id);
    Set<String> candidates = new LinkedHashSet<>();
    List<String> tenants =
        List.copyOf(
            em.find(nl.leerkring.tenants.directory.Circle.class, m.circleId()).memberTenantIds());
    if (!tenants.isEmpty()) {
      candidates.addAll(
          em.createQuery(
                  "select a.id from Account a where a.homeTenant in :tenants and a.active = true",
                  String.class)
              .setParameter("tenants", tenants)
              .getResultList());
    }
    candidates.addAll(
        em.createQuery(
                "select distinct a.id from Account a join a.assignments g"
                    + " where g.circleId = :circle and a.active = true",
                String.class)
            .setParameter("circle", m.circleId())
            .getResultList());
    return accounts.viewersOf(candidates).stream()
        .filter(v -> Participation.of(v, m.circleId()).participates())
        .map(v -> new Attendee(v.accountId(), v.displayName(), null, false))
        .sorted(Comparator.comparing(Attendee::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  // --- minutes ---

  public MinutesView writeMinutes(Viewer viewer, String id, Forms.MinutesDraft draft) {
    Meeting m = planned(viewer, id);
    Forms.MinutesDraft d = required(draft);
    m.writeMinutes(d.text(), d.version(), viewer.username(), now());
    changed(viewer, m, "meeting.minutes");
    return MeetingViews.minutes(m, true);
  }

  public MinutesView openMinutes(Viewer viewer, String id, Forms.MinutesOpening opening) {
    Meeting m = planned(viewer, id);
    m.openMinutes(required(opening).days(), now());
    changed(viewer, m, "meeting.minutes.opened");
    return MeetingViews.minutes(m, true);
  }

  public MinutesView finaliseMinutes(Viewer viewer, String id) {
    Meeting m = planned(viewer, id);
    m.finaliseMinutes(now());
    changed(viewer, m, "meeting.minutes.final");
    return MeetingViews.minutes(m, true);
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
    return views.actionView(a);
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
    return views.actionView(a);
  }

  /**
   * A circle's home: the next meeting (with the viewer's registration), the meetings still to come
   * and those past (latest first), the open actions of every meeting (earliest due first) and the
   * gemeenten that may host.
   */
  public CircleHome home(Viewer viewer, String circleSlug) {
    CircleView circle = readableCircle(viewer, circleSlug);
    Participation p = Participation.of(viewer, circle.id());
    java.time.LocalDateTime now = now().atZone(Meeting.ZONE).toLocalDateTime();
    // Only the columns a list shows: ten years of meetings carry their minutes' texts.
    List<MeetingSummary> all =
        em
            .createQuery(
                "select m.id, m.title, m.startsAt, m.endsAt, m.status from Meeting m"
                    + " where m.circleId = :circle order by m.startsAt",
                Object[].class)
            .setParameter("circle", circle.id())
            .getResultList()
            .stream()
            .map(
                r ->
                    new MeetingSummary(
                        (String) r[0],
                        (String) r[1],
                        (java.time.LocalDateTime) r[2],
                        (java.time.LocalDateTime) r[3],
                        ((MeetingStatus) r[4]).name()))
            .toList();
    List<MeetingSummary> coming =
        all.stream()
            .filter(m -> MeetingStatus.PLANNED.name().equals(m.status()) && m.end().isAfter(now))
            .toList();
    List<MeetingSummary> past =
        all.stream()
            .filter(m -> !coming.contains(m))
            .sorted(Comparator.comparing(MeetingSummary::start).reversed())
            .toList();
    List<ActionView> open =
        em
            .createNamedQuery(MeetingAction.OPEN_IN_CIRCLE, MeetingAction.class)
            .setParameter("circle", circle.id())
            .setParameter("status", ActionStatus.OPEN)
            .setParameter("meeting", "")
            .setMaxResults(50)
            .getResultList()
            .stream()
            .map(views::actionView)
            .toList();
    return new CircleHome(
        circle.slug(),
        circle.name(),
        p.plans(),
        p.participates(),
        coming.isEmpty() ? null : views.view(viewer, em.find(Meeting.class, coming.get(0).id())),
        coming,
        past,
        open,
        circle.members().stream().map(t -> new Gemeente(t.slug(), t.name())).toList());
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

  /** Where a meeting's page is. */
  static String link(String meetingId) {
    return MeetingViews.link(meetingId);
  }

  // --- access ---

  private CircleView readableCircle(Viewer viewer, String slug) {
    requireSignedIn(viewer);
    return Participation.readableCircle(circles, viewer, slug, MeetingCode.CIRCLE_NOT_FOUND);
  }

  private Meeting readable(Viewer viewer, String id) {
    return Access.readable(em, viewer, id);
  }

  private Meeting planned(Viewer viewer, String id) {
    return Access.planned(em, viewer, id);
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

  private String slugOf(Meeting m) {
    return views.slugOf(m);
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
    Access.requireSignedIn(viewer);
  }
}
