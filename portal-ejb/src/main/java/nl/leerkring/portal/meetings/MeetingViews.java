package nl.leerkring.portal.meetings;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.meetings.Views.ActionView;
import nl.leerkring.portal.meetings.Views.AgendaItemView;
import nl.leerkring.portal.meetings.Views.Attendee;
import nl.leerkring.portal.meetings.Views.Gemeente;
import nl.leerkring.portal.meetings.Views.Material;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.portal.meetings.Views.MinutesCommentView;
import nl.leerkring.portal.meetings.Views.MinutesVersionView;
import nl.leerkring.portal.meetings.Views.MinutesView;
import nl.leerkring.portal.meetings.Views.RegistrationCounts;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What a reader of a meeting sees, as {@link Participation} allows: researchers get no
 * registrations or attendance and the minutes only once final; materials a circle can no longer
 * read drop out. Used inside the meetings boundaries' transactions.
 */
@Dependent
class MeetingViews {

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Tenants tenants;

  @Inject Publications publications;

  MeetingView view(Viewer viewer, Meeting m) {
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
                ? minutes(m, true)
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

  List<Attendee> attendance(Meeting m) {
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

  /** The minutes; versions and comments only for participants (researchers read the text). */
  static MinutesView minutes(Meeting m, boolean withVersions) {
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
            : List.of(),
        withVersions
            ? m.minutesComments().stream()
                .map(
                    c ->
                        new MinutesCommentView(
                            c.id(),
                            c.accountId(),
                            c.name(),
                            c.minutesVersion(),
                            c.text(),
                            c.writtenAt()))
                .toList()
            : List.of());
  }

  AgendaItemView agendaView(Meeting m, AgendaItem i) {
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

  ActionView actionView(MeetingAction a) {
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

  static MeetingSummary summary(Meeting m) {
    return new MeetingSummary(m.id(), m.title(), m.start(), m.end(), m.status().name());
  }

  /** Where a meeting's page is. */
  static String link(String meetingId) {
    return "/app/meeting.xhtml?id=" + meetingId;
  }

  Gemeente gemeente(String tenantId) {
    return tenantId == null
        ? null
        : tenants
            .byId(new TenantId(tenantId))
            .map(t -> new Gemeente(t.slug(), t.name()))
            .orElse(null);
  }

  String slugOf(Meeting m) {
    return circles.byId(new CircleId(m.circleId())).slug();
  }
}
