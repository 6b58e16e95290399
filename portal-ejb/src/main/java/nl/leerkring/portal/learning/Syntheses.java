package nl.leerkring.portal.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.learning.LearningForms.SynthesisDraft;
import nl.leerkring.portal.learning.LearningViews.SynthesisSummary;
import nl.leerkring.portal.learning.LearningViews.SynthesisVersionView;
import nl.leerkring.portal.learning.LearningViews.SynthesisView;
import nl.leerkring.portal.learning.LearningViews.VersionRef;
import nl.leerkring.portal.meetings.Participation;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Phase syntheses (the denkkader, the borgingsplan): the circle's coordinators and facilitators
 * write them in versions citing the circle's harvest and publish a version; every reader of the
 * circle (researchers too) reads the published version. A draft that was never published is "not
 * found" for readers, as for anyone outside the circle.
 */
@Stateless
public class Syntheses {

  /** The change-log entity name of a synthesis (search). */
  static final String ENTITY = "synthesis";

  @PersistenceContext EntityManager em;

  @Inject Learning learning;

  @Inject Circles circles;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  public SynthesisView write(Viewer viewer, String circleSlug, SynthesisDraft draft) {
    CircleView circle = Learning.readableCircle(circles, viewer, circleSlug);
    requireWriter(viewer, circle.id());
    SynthesisDraft d = Learning.required(draft);
    Checks c = new Checks();
    Phase phase = c.choice("phase", Phase.class, d.phase(), LearningCode.PHASE_UNKNOWN);
    String title = c.text("title", d.title(), 200, true);
    String text = c.text("text", d.text(), 100000, true);
    List<String> citations = citations(c, circle.id(), phase, d.citations());
    c.done();
    Synthesis s =
        new Synthesis(circle.id(), phase, title, text, citations, viewer.displayName(), now());
    em.persist(s);
    changed(viewer, s, "learning.synthesis.written");
    return view(viewer, s);
  }

  /** The next version, from the version the writer started from. */
  public SynthesisView revise(Viewer viewer, String id, SynthesisDraft draft) {
    Synthesis s = written(viewer, id);
    SynthesisDraft d = Learning.required(draft);
    Checks c = new Checks();
    String title = c.text("title", d.title(), 200, true);
    String text = c.text("text", d.text(), 100000, true);
    List<String> citations = citations(c, s.circleId(), s.phase(), d.citations());
    if (d.version() == null) {
      c.refuse("version", LearningCode.VERSION_REQUIRED);
    }
    c.done();
    s.revise(title, text, citations, d.version(), viewer.displayName(), now());
    changed(viewer, s, "learning.synthesis.revised");
    return view(viewer, s);
  }

  public SynthesisView publish(Viewer viewer, String id, LearningForms.Publishing publishing) {
    Synthesis s = written(viewer, id);
    s.publish(Learning.required(publishing).version(), viewer.displayName(), now());
    changed(viewer, s, "learning.synthesis.published");
    return view(viewer, s);
  }

  public SynthesisView synthesis(Viewer viewer, String id) {
    return view(viewer, readable(viewer, id));
  }

  /** The versions the viewer may open: writers every one, readers up to the published one. */
  public List<VersionRef> versions(Viewer viewer, String id) {
    Synthesis s = readable(viewer, id);
    return refs(s, Participation.of(viewer, s.circleId()).plans());
  }

  /** One earlier (or the current) version's text; one the viewer may not open is "not found". */
  public SynthesisVersionView version(Viewer viewer, String id, int number) {
    Synthesis s = readable(viewer, id);
    SynthesisVersion v =
        s.versionReadBy(number, Participation.of(viewer, s.circleId()).plans())
            .orElseThrow(
                () -> PortalException.notFound(LearningCode.SYNTHESIS_VERSION_NOT_FOUND, number));
    return new SynthesisVersionView(
        s.id(),
        v.number(),
        v.title(),
        v.text(),
        v.savedBy(),
        v.savedAt(),
        s.publishedNumber() != null && s.publishedNumber() == v.number(),
        cited(v));
  }

  public List<SynthesisSummary> ofCircle(Viewer viewer, String circleSlug) {
    return summaries(viewer, Learning.readableCircle(circles, viewer, circleSlug).id());
  }

  /**
   * What the viewer may read of the circle's syntheses: writers all, readers the published. Public
   * for {@link Learning#agenda}, which calls it through this bean.
   */
  public List<SynthesisSummary> summaries(Viewer viewer, String circleId) {
    boolean writes = Participation.of(viewer, circleId).plans();
    return em
        .createNamedQuery(Synthesis.OF_CIRCLE, Synthesis.class)
        .setParameter("circle", circleId)
        .getResultList()
        .stream()
        .filter(s -> writes || s.published().isPresent())
        .map(
            s ->
                new SynthesisSummary(
                    s.id(),
                    s.phase().name(),
                    writes ? s.newest().title() : s.published().orElseThrow().title(),
                    s.status(),
                    s.number(),
                    s.publishedNumber()))
        .toList();
  }

  private SynthesisView view(Viewer viewer, Synthesis s) {
    em.flush();
    boolean writes = Participation.of(viewer, s.circleId()).plans();
    SynthesisVersion v = writes ? s.newest() : s.published().orElseThrow();
    List<LearningViews.HarvestView> cited = cited(v);
    return new SynthesisView(
        s.id(),
        circles.byId(new CircleId(s.circleId())).slug(),
        s.phase().name(),
        v.title(),
        v.text(),
        s.status(),
        v.number(),
        s.publishedNumber(),
        s.publishedAt(),
        cited,
        refs(s, writes),
        s.version(),
        writes);
  }

  private static List<VersionRef> refs(Synthesis s, boolean writes) {
    return s.versionsReadBy(writes).stream()
        .map(x -> new VersionRef(x.number(), x.savedBy(), x.savedAt()))
        .toList();
  }

  /** The harvest a version cites that still exists, read as its readers read it. */
  private List<LearningViews.HarvestView> cited(SynthesisVersion v) {
    List<HarvestItem> items = new ArrayList<>();
    for (String id : v.citations()) {
      HarvestItem h = em.find(HarvestItem.class, id);
      if (h != null) {
        items.add(h);
      }
    }
    return learning.harvestViews(items);
  }

  /**
   * Citations are harvest of the same circle, of the synthesis's phase or an earlier one: the
   * denkkader cannot build on what the circle has yet to learn in the reflection phase.
   */
  private List<String> citations(Checks c, String circleId, Phase phase, List<String> asked) {
    List<String> out = new ArrayList<>();
    List<String> given = asked == null ? List.of() : asked;
    for (int i = 0; i < given.size(); i++) {
      String id = given.get(i);
      HarvestItem h = id == null ? null : em.find(HarvestItem.class, id);
      if (h == null || !h.circleId().equals(circleId)) {
        c.refuse("citations[" + i + "]", LearningCode.CITATION_UNKNOWN, id);
        continue;
      }
      Phase of = em.find(LearningQuestion.class, h.questionId()).phase();
      if (phase != null && !phase.buildsOn(of)) {
        c.refuse(
            "citations[" + i + "]", LearningCode.CITATION_LATER_PHASE, of.name(), phase.name());
      } else if (!out.contains(id)) {
        out.add(id);
      }
    }
    return out;
  }

  private Synthesis readable(Viewer viewer, String id) {
    Learning.requireSignedIn(viewer);
    Synthesis s = id == null ? null : em.find(Synthesis.class, id);
    Participation p = s == null ? null : Participation.of(viewer, s.circleId());
    if (s == null || !p.reads() || (!p.plans() && s.published().isEmpty())) {
      throw PortalException.notFound(LearningCode.SYNTHESIS_NOT_FOUND, id);
    }
    return s;
  }

  private Synthesis written(Viewer viewer, String id) {
    Synthesis s = readable(viewer, id);
    requireWriter(viewer, s.circleId());
    return s;
  }

  private static void requireWriter(Viewer viewer, String circleId) {
    if (!Participation.of(viewer, circleId).plans()) {
      throw PortalException.forbidden(LearningCode.ONLY_MANAGERS);
    }
  }

  private void changed(Viewer viewer, Synthesis s, String what) {
    changes.upserted(ENTITY, s.id());
    audit.record(viewer, null, what, ENTITY + ":" + s.id(), s.newest().title());
  }

  private Instant now() {
    return clock.instant();
  }
}
