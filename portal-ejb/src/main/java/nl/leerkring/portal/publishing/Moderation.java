package nl.leerkring.portal.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What the coordinators of a circle do with what is shared there: the moderation queue (approve,
 * give back), hiding and restoring published items, and the reports readers made. Submitting and
 * reading are {@link Publications}. A coordinator of another circle is refused; what a viewer may
 * not read answers "not found", so its existence is not revealed.
 */
@Stateless
public class Moderation {

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject PublicationRows rows;

  @Inject PublicationSignals signals;

  /** What waits for moderation in a circle; for its coordinators. */
  public List<PublicationView> moderationQueue(Viewer viewer, String circleSlug) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return rows.inCircle(circle, Publication.Status.SUBMITTED).stream()
        .map(p -> rows.view(p, viewer))
        .toList();
  }

  /**
   * A page of what waits for moderation in a circle, narrowed by {@code filter}, with the snapshots
   * to judge; for its coordinators.
   */
  public Listing<PublicationView> moderationQueue(
      Viewer viewer, String circleSlug, ModerationFilter filter, Paging paging) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return paging.of(
        rows.inCircle(circle, Publication.Status.SUBMITTED).stream()
            .map(p -> rows.view(p, viewer))
            .filter(filter::matches)
            .toList());
  }

  /** The circle a coordinator moderates; others are refused. */
  private CircleView coordinatedCircle(Viewer viewer, String circleSlug) {
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.coordinates(new CircleId(circle.id()))) {
      throw PortalException.forbidden(PublicationCode.COORDINATORS_ONLY, circle.name());
    }
    return circle;
  }

  public PublicationView approve(Viewer viewer, String id) {
    Publication p = moderated(viewer, id);
    if (p.status() == Publication.Status.SUBMITTED) {
      rows.requireAboutPublished(p.kind(), p.aboutId(), p.circleId(), p.scope());
    }
    p.approve(viewer.username());
    for (Publication earlier : rows.ofSubject(p.subjectId())) {
      if (earlier != p
          && earlier.status() == Publication.Status.PUBLISHED
          && earlier.circleId().equals(p.circleId())
          && earlier.scope() == p.scope()) {
        earlier.supersede();
        rows.changed(earlier);
      }
    }
    rows.recorded(viewer, p, "publication.approved", p.title());
    signals.approved(p, viewer); // one row: the job also tells the circle's watchers
    return rows.view(p, viewer);
  }

  public PublicationView giveBack(Viewer viewer, String id, String reason) {
    Publication p = moderated(viewer, id);
    p.giveBack(viewer.username(), reason);
    rows.recorded(viewer, p, "publication.returned", reason);
    signals.submission(SignalKind.SUBMISSION_RETURNED, p, viewer);
    return rows.view(p, viewer);
  }

  /** Every report about the circle's publications, open and handled, newest first. */
  public List<ReportView> reports(Viewer viewer, String circleSlug) {
    return reports(viewer, circleSlug, new ModerationFilter(null, null, ModerationFilter.ALL))
        .stream()
        .toList();
  }

  /** A page of the reports about the circle's publications, newest first; for its coordinators. */
  public Listing<ReportView> reports(
      Viewer viewer, String circleSlug, ModerationFilter filter, Paging paging) {
    return paging.of(reports(viewer, circleSlug, filter));
  }

  private List<ReportView> reports(Viewer viewer, String circleSlug, ModerationFilter filter) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return em
        .createNamedQuery(Report.OF_CIRCLE, Report.class)
        .setParameter("circle", circle.id())
        .setMaxResults(PublicationRows.MAX_ROWS)
        .getResultList()
        .stream()
        .map(r -> ReportView.of(r, rows.find(r.publicationId())))
        .filter(filter::matches)
        .toList();
  }

  /**
   * A coordinator of the item's circle marks a report about it handled (see {@link Report#handle}).
   * A report that is not about this item, or an item the viewer does not coordinate, answers "not
   * found".
   */
  public ReportView handleReport(Viewer viewer, String publicationId, String reportId) {
    Publication p = coordinated(viewer, publicationId);
    Report report = reportId == null ? null : em.find(Report.class, reportId);
    if (report == null || !report.publicationId().equals(p.id())) {
      throw PortalException.notFound(PublicationCode.REPORT_NOT_FOUND, reportId);
    }
    if (!report.isHandled()) {
      report.handle(viewer.username());
      rows.audited(viewer, p, "publication.report-handled", "report:" + report.id());
      signals.item(SignalKind.REPORT_HANDLED, p, viewer);
    }
    return ReportView.of(report, p);
  }

  /** Published and hidden items of a circle, for its coordinators to hide or restore. */
  public List<PublicationView> moderated(Viewer viewer, String circleSlug, boolean hidden) {
    return moderated(viewer, circleSlug, hidden, ModerationFilter.none(), new Paging(1, 100))
        .items();
  }

  /** A page of the circle's published (or hidden) items, narrowed by {@code filter}. */
  public Listing<PublicationView> moderated(
      Viewer viewer, String circleSlug, boolean hidden, ModerationFilter filter, Paging paging) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return paging.of(
        rows
            .inCircle(circle, hidden ? Publication.Status.HIDDEN : Publication.Status.PUBLISHED)
            .stream()
            .map(p -> rows.view(p, false))
            .filter(filter::matches)
            .toList());
  }

  /** A coordinator hides a published item; the owner sees the reason. */
  public PublicationView hide(Viewer viewer, String id, String reason) {
    Publication p = coordinated(viewer, id);
    p.hide(viewer.username(), reason);
    rows.recorded(viewer, p, "publication.hidden", reason);
    signals.item(SignalKind.ITEM_HIDDEN, p, viewer);
    return rows.view(p, false);
  }

  public PublicationView restore(Viewer viewer, String id) {
    Publication p = coordinated(viewer, id);
    p.restore(viewer.username());
    rows.recorded(viewer, p, "publication.restored", p.title());
    signals.item(SignalKind.ITEM_RESTORED, p, viewer);
    return rows.view(p, false);
  }

  /**
   * A submission the viewer coordinates; invisible ones are "not found", visible ones "forbidden".
   */
  private Publication moderated(Viewer viewer, String id) {
    Publication p = rows.readable(viewer, id);
    if (!viewer.coordinates(new CircleId(p.circleId()))) {
      throw PortalException.forbidden(
          PublicationCode.COORDINATORS_ONLY, circles.byId(new CircleId(p.circleId())).name());
    }
    return p;
  }

  /**
   * A publication in a circle the viewer coordinates, in any state: coordinators must reach hidden
   * items to restore them. Others get "not found".
   */
  private Publication coordinated(Viewer viewer, String id) {
    Publication p = rows.find(id);
    if (p == null || !viewer.coordinates(new CircleId(p.circleId()))) {
      throw PublicationRows.notFound(id);
    }
    return p;
  }
}
