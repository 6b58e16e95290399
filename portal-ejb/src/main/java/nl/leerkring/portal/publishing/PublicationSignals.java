package nl.leerkring.portal.publishing;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import nl.leerkring.portal.signals.Signal;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The signals of publishing (F8), fired inside the boundary's transaction. The title is the
 * submission's own, which the owner gemeente wrote and the coordinators read in their moderation
 * list; the link is where the recipient acts: the moderation page for coordinators, the item or the
 * owner's own draft for the owner gemeente.
 */
@Dependent
class PublicationSignals {

  @Inject Event<Signal> signals;

  @Inject Circles circles;

  /** About the submission: waiting, returned, withdrawn (subject: the draft). */
  void submission(SignalKind kind, Publication p, Viewer actor) {
    String link =
        switch (kind) {
          case SUBMISSION_WAITING -> moderation(p);
          default -> ownDraft(p);
        };
    fire(kind, p, p.subjectId(), link, actor);
  }

  /**
   * An approval: the owner gemeente hears it (subject: the draft, which settles the coordinators'
   * to-do), and the job then announces the published item to the circle's watchers ({@code
   * NEW_ITEM}) — one row for the approving request to write.
   */
  void approved(Publication p, Viewer actor) {
    signals.fire(
        new Signal(
            SignalKind.SUBMISSION_APPROVED,
            p.circleId(),
            p.ownerTenant(),
            p.subjectId(),
            p.title(),
            item(p),
            actor.accountId(),
            null,
            null,
            null,
            p.id()));
  }

  /** About the published item: reported, report handled, hidden, restored. */
  void item(SignalKind kind, Publication p, Viewer actor) {
    String link =
        switch (kind) {
          case ITEM_REPORTED, REPORT_HANDLED -> moderation(p);
          case ITEM_HIDDEN -> ownDraft(p);
          default -> item(p);
        };
    fire(kind, p, p.id(), link, actor);
  }

  private void fire(SignalKind kind, Publication p, String subject, String link, Viewer actor) {
    signals.fire(
        Signal.of(
            kind, p.circleId(), p.ownerTenant(), subject, p.title(), link, actor.accountId()));
  }

  private String moderation(Publication p) {
    var circle = circles.byId(new CircleId(p.circleId()));
    return "app/moderation.xhtml?circle=" + (circle == null ? "" : circle.slug());
  }

  private static String item(Publication p) {
    return "app/item.xhtml?id=" + p.id();
  }

  private static String ownDraft(Publication p) {
    return switch (p.kind()) {
      case "document" -> "app/document.xhtml?id=" + p.subjectId();
      case "method" -> "app/method-edit.xhtml?id=" + p.subjectId();
      default -> "app/dashboard.xhtml";
    };
  }
}
