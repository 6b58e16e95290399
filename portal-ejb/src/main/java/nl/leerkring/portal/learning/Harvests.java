package nl.leerkring.portal.learning;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.learning.LearningForms.HarvestEdit;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.meetings.Participation;
import nl.leerkring.portal.programmes.SharedActions;
import nl.leerkring.portal.programmes.SharedActions.SharedAction;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Harvest changed after it was recorded: edited or removed by its author (while they take part in
 * the circle) or by the circle's coordinators and facilitators. The question's learning history
 * keeps that it happened; a removed item's text is gone, and harvest a synthesis cites cannot be
 * removed (the synthesis would lose its ground), only edited. Readers who may not change it get
 * 403, anyone who may not read the question 404.
 */
@Stateless
public class Harvests {

  @PersistenceContext EntityManager em;

  @Inject Learning learning;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  @Inject SharedActions sharedActions;

  Clock clock = Clock.systemUTC();

  /** A new kind, text and sources, from the version the editor read; every wrong field at once. */
  public HarvestView edit(Viewer viewer, String questionId, String harvestId, HarvestEdit edit) {
    HarvestItem h = changeable(viewer, questionId, harvestId);
    HarvestEdit d = Learning.required(edit);
    Checks c = new Checks();
    HarvestKind kind = c.choice("kind", HarvestKind.class, d.kind(), LearningCode.KIND_UNKNOWN);
    String text = c.text("text", d.text(), 4000, true);
    List<String> sources =
        Learning.sources(c, d.sources(), learning.citable(h.circleId(), h.authorTenant()));
    if (d.version() == null) {
      c.refuse("version", LearningCode.VERSION_REQUIRED);
    }
    c.done();
    Instant now = clock.instant();
    h.edit(kind, text, sources, d.version(), viewer.displayName(), now);
    question(h).harvestChanged(QuestionEvent.Kind.EDITED, h, viewer.displayName(), now);
    em.flush();
    changes.upserted(Learning.HARVEST, h.id());
    audit.record(viewer, null, "learning.harvest.edited", "harvest:" + h.id(), kind.name());
    return learning.harvestView(h);
  }

  /**
   * The programme actions an edit of this item may cite: those its author's gemeente shares with
   * the circle, whoever edits (a coordinator edits for the author, as {@link #edit} checks), so the
   * edit form can keep what the item cites.
   */
  public List<SharedAction> citableActions(Viewer viewer, String questionId, String harvestId) {
    HarvestItem h = changeable(viewer, questionId, harvestId);
    return sharedActions.citableBy(h.circleId(), h.authorTenant());
  }

  /** Takes harvest off its question; a synthesis citing it is a 409 and nothing changes. */
  public void remove(Viewer viewer, String questionId, String harvestId) {
    HarvestItem h = changeable(viewer, questionId, harvestId);
    Long citing =
        em.createQuery(
                "select count(v) from SynthesisVersion v where v.citations like :id", Long.class)
            .setParameter("id", "%\"" + h.id() + "\"%")
            .getSingleResult();
    if (citing > 0) {
      throw PortalException.conflict(LearningCode.HARVEST_CITED, citing);
    }
    question(h)
        .harvestChanged(QuestionEvent.Kind.REMOVED, h, viewer.displayName(), clock.instant());
    em.remove(h);
    changes.deleted(Learning.HARVEST, h.id());
    audit.record(viewer, null, "learning.harvest.removed", "harvest:" + h.id(), h.kind().name());
  }

  private HarvestItem changeable(Viewer viewer, String questionId, String harvestId) {
    Learning.requireSignedIn(viewer);
    LearningQuestion q = questionId == null ? null : em.find(LearningQuestion.class, questionId);
    Participation p = q == null ? null : Participation.of(viewer, q.circleId());
    if (q == null || !p.reads()) {
      throw PortalException.notFound(LearningCode.QUESTION_NOT_FOUND, questionId);
    }
    HarvestItem h = harvestId == null ? null : em.find(HarvestItem.class, harvestId);
    if (h == null || !h.questionId().equals(q.id())) {
      throw PortalException.notFound(LearningCode.HARVEST_NOT_FOUND, harvestId);
    }
    if (!p.plans() && !(p.participates() && h.writtenBy(viewer.accountId()))) {
      throw PortalException.forbidden(LearningCode.HARVEST_NOT_YOURS);
    }
    return h;
  }

  private LearningQuestion question(HarvestItem h) {
    return em.find(LearningQuestion.class, h.questionId());
  }
}
