package nl.leerkring.portal.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.learning.LearningForms.HarvestDraft;
import nl.leerkring.portal.learning.LearningForms.QuestionDraft;
import nl.leerkring.portal.learning.LearningForms.StatusUpdate;
import nl.leerkring.portal.learning.LearningViews.Agenda;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.learning.LearningViews.MeetingRef;
import nl.leerkring.portal.learning.LearningViews.PhaseGroup;
import nl.leerkring.portal.learning.LearningViews.QuestionSummary;
import nl.leerkring.portal.learning.LearningViews.QuestionView;
import nl.leerkring.portal.learning.LearningViews.Source;
import nl.leerkring.portal.meetings.Meeting;
import nl.leerkring.portal.meetings.MeetingStatus;
import nl.leerkring.portal.meetings.Participation;
import nl.leerkring.portal.programmes.SharedActions;
import nl.leerkring.portal.programmes.SharedActions.SharedAction;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * A circle's learning agenda (leeragenda): its questions, the harvest attached to them and each
 * question's learning history, as {@link Participation} says — coordinators and facilitators manage
 * questions, every participant harvests, researchers granted on the circle read, anyone else is
 * told "not found". Phase syntheses are {@link Syntheses}.
 */
@Stateless
public class Learning {

  /** Change-log entity names (search). */
  static final String QUESTION = "question";

  static final String HARVEST = "harvest";

  public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Accounts accounts;

  @Inject Publications publications;

  @Inject SharedActions sharedActions;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  /** Raises a learning question in a circle (coordinators and facilitators). */
  public QuestionView raise(Viewer viewer, String circleSlug, QuestionDraft draft) {
    CircleView circle = readableCircle(circles, viewer, circleSlug);
    if (!Participation.of(viewer, circle.id()).plans()) {
      throw PortalException.forbidden(LearningCode.ONLY_MANAGERS);
    }
    QuestionDraft d = required(draft);
    Checks c = new Checks();
    String text = c.text("text", d.text(), 1000, true);
    Phase phase = c.choice("phase", Phase.class, d.phase(), LearningCode.PHASE_UNKNOWN);
    LearningQuestion.Owner owner = owner(c, circle, d.owner(), viewer);
    c.done();
    LearningQuestion q =
        new LearningQuestion(circle.id(), text, phase, owner, viewer.displayName(), now());
    em.persist(q);
    changed(viewer, QUESTION, q.id(), "learning.question.raised", text);
    return view(viewer, q);
  }

  /** The circle's questions, by phase and in the order they were raised. */
  public List<QuestionSummary> ofCircle(Viewer viewer, String circleSlug) {
    CircleView circle = readableCircle(circles, viewer, circleSlug);
    return questions(circle.id());
  }

  /** The circle's leeragenda: questions by phase, the ten newest harvest items, syntheses. */
  public Agenda agenda(Viewer viewer, String circleSlug, Syntheses syntheses) {
    CircleView circle = readableCircle(circles, viewer, circleSlug);
    Participation p = Participation.of(viewer, circle.id());
    Map<Phase, List<QuestionSummary>> byPhase = new EnumMap<>(Phase.class);
    for (Phase ph : Phase.values()) {
      byPhase.put(ph, new ArrayList<>());
    }
    questions(circle.id()).forEach(q -> byPhase.get(Phase.valueOf(q.phase())).add(q));
    List<HarvestView> recent = harvestViews(newest(circle.id(), 10));
    return new Agenda(
        circle.slug(),
        circle.name(),
        byPhase.entrySet().stream()
            .map(e -> new PhaseGroup(e.getKey().name(), List.copyOf(e.getValue())))
            .toList(),
        recent,
        syntheses.summaries(viewer, circle.id()),
        p.plans(),
        p.participates());
  }

  /** The circle's harvest, newest first (at most {@code max}): what a synthesis may cite. */
  public List<HarvestView> harvestOfCircle(Viewer viewer, String circleSlug, int max) {
    CircleView circle = readableCircle(circles, viewer, circleSlug);
    return harvestViews(newest(circle.id(), max));
  }

  /**
   * The newest harvest of a circle. Both conditions and the descending order on both columns let
   * the database walk the index (circle, recorded_at) backwards and stop after {@code max}; with
   * the circle alone H2 picks the foreign key's index and sorts all of a circle's harvest.
   */
  private List<HarvestItem> newest(String circleId, int max) {
    return em.createNamedQuery(HarvestItem.OF_CIRCLE, HarvestItem.class)
        .setParameter("circle", circleId)
        .setParameter("now", now())
        .setMaxResults(max)
        .getResultList();
  }

  /**
   * Harvest as its readers see it; the meetings it was recorded at are read in one query first, so
   * each view finds its meeting in the persistence context instead of asking the database again,
   * and the programme actions it cites in one query per circle.
   */
  public List<HarvestView> harvestViews(List<HarvestItem> items) {
    List<String> meetingIds =
        items.stream().map(HarvestItem::meetingId).filter(Objects::nonNull).distinct().toList();
    if (!meetingIds.isEmpty()) {
      em.createQuery("select m from Meeting m where m.id in :ids", Meeting.class)
          .setParameter("ids", meetingIds)
          .getResultList();
    }
    Map<String, Map<String, SharedAction>> actions = new HashMap<>();
    items.stream()
        .collect(java.util.stream.Collectors.groupingBy(HarvestItem::circleId))
        .forEach(
            (circle, ofCircle) ->
                actions.put(
                    circle,
                    sharedActions.inCircle(
                        circle, ofCircle.stream().flatMap(h -> h.sources().stream()).toList())));
    return items.stream().map(h -> harvestView(h, actions.get(h.circleId()))).toList();
  }

  /**
   * The programme actions the viewer's own gemeente shares with the circle: what they may cite
   * besides what the circle reads (nothing for a participant without a gemeente).
   */
  public List<SharedAction> citableActions(Viewer viewer, String circleSlug) {
    CircleView circle = readableCircle(circles, viewer, circleSlug);
    if (!Participation.of(viewer, circle.id()).participates() || viewer.homeTenant().isEmpty()) {
      return List.of();
    }
    return sharedActions.citableBy(circle.id(), viewer.homeTenant().get().value());
  }

  /** One question with its learning history. */
  public QuestionView question(Viewer viewer, String id) {
    return view(viewer, readable(viewer, id));
  }

  /** A new status with its explanation (coordinators and facilitators). */
  public QuestionView changeStatus(Viewer viewer, String id, StatusUpdate update) {
    LearningQuestion q = managed(viewer, id);
    StatusUpdate u = required(update);
    Checks c = new Checks();
    QuestionStatus status =
        c.choice("status", QuestionStatus.class, u.status(), LearningCode.STATUS_UNKNOWN);
    c.done();
    q.changeStatus(status, u.explanation(), u.version(), viewer.displayName(), now());
    changed(viewer, QUESTION, q.id(), "learning.question.status", status.name());
    return view(viewer, q);
  }

  /** Links a meeting of the circle where the question is worked on (not a cancelled one). */
  public QuestionView linkMeeting(Viewer viewer, String id, LearningForms.MeetingLink link) {
    LearningQuestion q = managed(viewer, id);
    Checks c = new Checks();
    Meeting m = meeting(c, q, required(link).meeting(), false);
    c.done();
    if (q.workedOnAt(m.id(), startOf(m), viewer.displayName())) {
      changed(viewer, QUESTION, q.id(), "learning.question.meeting", m.id());
    }
    return view(viewer, q);
  }

  /**
   * Harvest for a question, by a participant: recorded at a meeting of the circle that has begun
   * (which then counts as worked on), or afterwards; every source must be something the circle
   * reads ({@code sources[i]} names the one that is not).
   */
  public HarvestView harvest(Viewer viewer, String id, HarvestDraft draft) {
    LearningQuestion q = readable(viewer, id);
    if (!Participation.of(viewer, q.circleId()).participates()) {
      throw PortalException.forbidden(LearningCode.ONLY_PARTICIPANTS);
    }
    HarvestDraft d = required(draft);
    Checks c = new Checks();
    HarvestKind kind = c.choice("kind", HarvestKind.class, d.kind(), LearningCode.KIND_UNKNOWN);
    String text = c.text("text", d.text(), 4000, true);
    Meeting m =
        d.meeting() == null || d.meeting().isBlank() ? null : meeting(c, q, d.meeting(), true);
    String tenant = viewer.homeTenant().map(TenantId::value).orElse(null);
    List<String> sources = sources(c, d.sources(), citable(q.circleId(), tenant));
    c.done();
    HarvestItem h =
        new HarvestItem(
            q,
            kind,
            text,
            m == null ? null : m.id(),
            viewer.accountId(),
            viewer.displayName(),
            tenant,
            sources,
            now());
    em.persist(h);
    if (m != null && q.workedOnAt(m.id(), startOf(m), viewer.displayName())) {
      changes.upserted(QUESTION, q.id());
    }
    changed(viewer, HARVEST, h.id(), "learning.harvest", kind.name());
    em.flush(); // the stored version, which an edit starts from
    return harvestView(h);
  }

  /** One harvest item of a question the viewer reads. */
  public HarvestView harvestItem(Viewer viewer, String questionId, String harvestId) {
    LearningQuestion q = readable(viewer, questionId);
    HarvestItem h = harvestId == null ? null : em.find(HarvestItem.class, harvestId);
    if (h == null || !h.questionId().equals(q.id())) {
      throw PortalException.notFound(LearningCode.HARVEST_NOT_FOUND, harvestId);
    }
    return harvestView(h);
  }

  /**
   * The harvest that cites a method card (or one of its publications), in the viewer's circles,
   * counted only while that citation is still readable there (a withdrawn use no longer counts).
   */
  public List<HarvestView> citing(Viewer viewer, String methodId) {
    if (viewer == null || viewer.isAnonymous() || methodId == null) {
      return List.of();
    }
    Set<String> ids = new LinkedHashSet<>();
    ids.add(methodId);
    // The card's publications, and the uses about it by their publication or their own id.
    for (Object[] p :
        em.createQuery(
                "select p.id, p.subjectId from Publication p"
                    + " where p.subjectId = :s or p.aboutId = :s",
                Object[].class)
            .setParameter("s", methodId)
            .getResultList()) {
      ids.add((String) p[0]);
      ids.add((String) p[1]);
    }
    Map<String, HarvestItem> found = new java.util.LinkedHashMap<>();
    for (String source : ids) {
      em
          .createQuery(
              "select h from HarvestItem h where h.sources like :p order by h.recordedAt desc",
              HarvestItem.class)
          .setParameter("p", "%\"" + source + "\"%")
          .setMaxResults(50)
          .getResultList()
          .stream()
          .filter(h -> Participation.of(viewer, h.circleId()).reads())
          .forEach(h -> found.putIfAbsent(h.id(), h));
    }
    return harvestViews(List.copyOf(found.values())).stream()
        .filter(h -> h.sources().stream().anyMatch(src -> ids.contains(src.id())))
        .toList();
  }

  // --- reading ---

  private QuestionView view(Viewer viewer, LearningQuestion q) {
    em.flush();
    Participation p = Participation.of(viewer, q.circleId());
    List<HarvestView> harvest = harvestViews(harvestOf(q.id()));
    Map<String, MeetingRef> meetings = new HashMap<>();
    for (String meetingId : q.meetings()) {
      meetingRef(meetingId).ifPresent(m -> meetings.put(meetingId, m));
    }
    nl.leerkring.tenants.directory.Circle circle = circles.byId(new CircleId(q.circleId()));
    return new QuestionView(
        q.id(),
        circle.slug(),
        circle.name(),
        q.text(),
        q.phase().name(),
        q.status().name(),
        q.explanation(),
        q.ownerName(),
        q.raisedAt(),
        q.version(),
        q.meetings().stream().map(meetings::get).filter(m -> m != null).toList(),
        harvest,
        LearningHistory.of(q, harvest, meetings, m -> m.start().atZone(AMSTERDAM).toInstant()),
        p.plans(),
        p.participates());
  }

  private List<QuestionSummary> questions(String circleId) {
    Map<String, Integer> counts = harvestCounts(em, circleId);
    return em
        .createNamedQuery(LearningQuestion.OF_CIRCLE, LearningQuestion.class)
        .setParameter("circle", circleId)
        .getResultList()
        .stream()
        .map(
            q ->
                new QuestionSummary(
                    q.id(),
                    q.text(),
                    q.phase().name(),
                    q.status().name(),
                    q.ownerName(),
                    counts.getOrDefault(q.id(), 0),
                    q.version()))
        .toList();
  }

  /**
   * How much harvest each question of the circle has, by question id (questions without harvest are
   * absent). Counted by the circle, which each item carries from its question: on 5,000 items H2
   * counts through the circle's index in about 1 ms, and took 35 ms for the same count asked with
   * "question_id in (select the circle's questions)", the circle page's largest cost.
   */
  static Map<String, Integer> harvestCounts(EntityManager em, String circleId) {
    Map<String, Integer> counts = new HashMap<>();
    em.createQuery(
            "select h.questionId, count(h) from HarvestItem h where h.circleId = :c"
                + " group by h.questionId",
            Object[].class)
        .setParameter("c", circleId)
        .getResultList()
        .forEach(r -> counts.put((String) r[0], ((Number) r[1]).intValue()));
    return counts;
  }

  List<HarvestItem> harvestOf(String questionId) {
    return em.createNamedQuery(HarvestItem.OF_QUESTION, HarvestItem.class)
        .setParameter("question", questionId)
        .getResultList();
  }

  /**
   * Harvest as every reader of its circle reads it: only the sources still published there. Public
   * for {@link Syntheses}, which cites harvest through this bean.
   */
  public HarvestView harvestView(HarvestItem h) {
    return harvestView(h, sharedActions.inCircle(h.circleId(), h.sources()));
  }

  /** The same, with the programme actions shared with the circle among its sources read before. */
  private HarvestView harvestView(HarvestItem h, Map<String, SharedAction> actions) {
    LearningQuestion q = em.find(LearningQuestion.class, h.questionId());
    List<Source> sources = new ArrayList<>();
    for (String id : h.sources()) {
      SharedAction action = actions.get(id);
      if (action != null) {
        sources.add(source(action));
      } else {
        publications.publishedTo(h.circleId(), id).ifPresent(p -> sources.add(source(p)));
      }
    }
    return new HarvestView(
        h.id(),
        h.questionId(),
        q.text(),
        q.phase().name(),
        h.kind().name(),
        h.text(),
        h.meetingId() == null ? null : meetingRef(h.meetingId()).orElse(null),
        h.authorName(),
        h.recordedAt(),
        sources,
        h.authorId(),
        h.editedAt(),
        h.version());
  }

  /**
   * A source as readers get it: a method card by its koffer id, anything else by the id of its
   * publication, never by the id it has in a gemeente's workspace (a use cited by its own id).
   */
  private static Source source(PublicationView p) {
    boolean method = "method".equals(p.kind());
    String id = method ? p.subjectId() : p.id();
    String link = method ? "/app/method.xhtml?id=" + id : "/app/item.xhtml?id=" + id;
    return new Source(id, p.kind(), p.title(), link, null, null, false);
  }

  /**
   * A shared programme action: no link (the programme stays the gemeente's), no title once
   * withdrawn.
   */
  private static Source source(SharedAction a) {
    return new Source(
        a.id(),
        "action",
        a.title(),
        null,
        a.shared() ? a.gemeente() : null,
        a.status(),
        !a.shared());
  }

  private Optional<MeetingRef> meetingRef(String meetingId) {
    Meeting m = em.find(Meeting.class, meetingId);
    return m == null
        ? Optional.empty()
        : Optional.of(
            new MeetingRef(m.id(), m.title(), m.start(), "/app/meeting.xhtml?id=" + m.id()));
  }

  /** Where a question's page is. */
  static String link(String questionId) {
    return "/app/question.xhtml?id=" + questionId;
  }

  // --- checks ---

  private LearningQuestion.Owner owner(Checks c, CircleView circle, String owner, Viewer viewer) {
    String named = owner == null || owner.isBlank() ? null : owner.strip();
    if (named == null) {
      return new LearningQuestion.Owner(null, viewer.accountId(), viewer.displayName());
    }
    for (TenantView t : circle.members()) {
      if (t.slug().equals(named)) {
        return new LearningQuestion.Owner(t.id(), null, t.name());
      }
    }
    Account a = em.find(Account.class, named);
    if (a != null
        && a.isActive()
        && Participation.of(accounts.viewerOf(a.username()), circle.id()).participates()) {
      return new LearningQuestion.Owner(null, a.id(), a.displayName());
    }
    c.refuse("owner", LearningCode.OWNER_NOT_PARTICIPANT, named);
    return null;
  }

  /** A meeting of the question's circle; for harvest it must have begun and not be cancelled. */
  private Meeting meeting(Checks c, LearningQuestion q, String id, boolean begun) {
    Meeting m = id == null || id.isBlank() ? null : em.find(Meeting.class, id.strip());
    if (m == null || !m.circleId().equals(q.circleId()) || m.status() == MeetingStatus.CANCELLED) {
      c.refuse("meeting", LearningCode.MEETING_UNKNOWN, id);
      return null;
    }
    if (begun && startOf(m).isAfter(now())) {
      c.refuse("meeting", LearningCode.MEETING_NOT_HELD, m.start().toString());
      return null;
    }
    return m;
  }

  /**
   * What a member of {@code authorTenant} may cite in the circle's harvest: what every reader of
   * the circle reads, or a programme action the author's own gemeente shares with the circle.
   */
  public Predicate<String> citable(String circleId, String authorTenant) {
    return s ->
        publications.publishedTo(circleId, s).isPresent()
            || (authorTenant != null && sharedActions.citable(circleId, authorTenant, s));
  }

  /**
   * The sources asked for, each once and in the order given; one that {@code readable} (what every
   * reader of the circle may open) refuses is named as {@code sources[i]}.
   */
  static List<String> sources(Checks c, List<String> asked, Predicate<String> readable) {
    List<String> out = new ArrayList<>();
    if (asked == null) {
      return out;
    }
    if (asked.size() > HarvestItem.MAX_SOURCES) {
      c.refuse("sources", LearningCode.TOO_MANY_SOURCES, HarvestItem.MAX_SOURCES);
      return out;
    }
    for (int i = 0; i < asked.size(); i++) {
      String id = asked.get(i);
      if (id == null || id.isBlank() || !readable.test(id)) {
        c.refuse("sources[" + i + "]", LearningCode.SOURCE_UNREADABLE, id);
      } else if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  // --- access ---

  /** The circle of {@code slug} if the viewer reads it, else "not found" (also for Syntheses). */
  static CircleView readableCircle(Circles circles, Viewer viewer, String slug) {
    requireSignedIn(viewer);
    return Participation.readableCircle(circles, viewer, slug, LearningCode.CIRCLE_NOT_FOUND);
  }

  private LearningQuestion readable(Viewer viewer, String id) {
    requireSignedIn(viewer);
    LearningQuestion q = id == null ? null : em.find(LearningQuestion.class, id);
    if (q == null || !Participation.of(viewer, q.circleId()).reads()) {
      throw PortalException.notFound(LearningCode.QUESTION_NOT_FOUND, id);
    }
    return q;
  }

  private LearningQuestion managed(Viewer viewer, String id) {
    LearningQuestion q = readable(viewer, id);
    if (!Participation.of(viewer, q.circleId()).plans()) {
      throw PortalException.forbidden(LearningCode.ONLY_MANAGERS);
    }
    return q;
  }

  private void changed(Viewer viewer, String kind, String id, String what, String detail) {
    changes.upserted(kind, id);
    audit.record(viewer, null, what, kind + ":" + id, detail);
  }

  static <T> T required(T body) {
    if (body == null) {
      throw PortalException.invalid(LearningCode.REQUIRED);
    }
    return body;
  }

  static void requireSignedIn(Viewer viewer) {
    if (viewer == null || viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, LearningCode.SIGN_IN);
    }
  }

  private static Instant startOf(Meeting m) {
    return m.start().atZone(AMSTERDAM).toInstant();
  }

  private Instant now() {
    return clock.instant();
  }
}
