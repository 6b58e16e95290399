package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.ReportView;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's catalog, one published item, and (for coordinators) the moderation queue and reports.
 * Every decision on who may see or do what is the boundary's; this bean shows its answer.
 */
@Named
@RequestScoped
public class CatalogPage {

  @Inject CurrentViewer current;

  @Inject Publications publications;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private String circle;
  private String id;
  private String reason;
  private List<PublicationView> catalog;
  private List<PublicationView> queue;
  private List<ReportView> reports;
  private PublicationView item;
  private boolean itemLoaded;
  private boolean decided;

  public String getCircleName() {
    return current.get().circles().stream()
        .filter(g -> g.slug().equals(getCircle()))
        .map(CircleGrant::name)
        .findFirst()
        .orElse(getCircle());
  }

  public boolean isCoordinator() {
    return current.get().circles().stream()
        .anyMatch(
            g ->
                g.slug().equals(getCircle())
                    && g.role() == nl.leerkring.tenants.tenancy.CircleRole.COORDINATOR);
  }

  public List<PublicationView> getCatalog() {
    if (catalog == null) {
      catalog = List.of();
      Messages.attempt(
          faces, () -> catalog = publications.catalog(current.signedIn(), getCircle()));
    }
    return catalog;
  }

  public List<PublicationView> getQueue() {
    if (queue == null) {
      queue = List.of();
      Messages.attempt(
          faces, () -> queue = publications.moderationQueue(current.signedIn(), getCircle()));
    }
    return queue;
  }

  public List<ReportView> getReports() {
    if (reports == null) {
      reports = List.of();
      Messages.attempt(
          faces, () -> reports = publications.reports(current.signedIn(), getCircle()));
    }
    return reports;
  }

  public List<PublicationView> getPublished() {
    return moderatedItems(false);
  }

  public List<PublicationView> getHidden() {
    return moderatedItems(true);
  }

  private List<PublicationView> moderatedItems(boolean hidden) {
    List<PublicationView> items = List.of();
    try {
      items = publications.moderated(current.signedIn(), getCircle(), hidden);
    } catch (nl.leerkring.portal.PortalException
        | nl.leerkring.tenants.TenantsException notACoordinator) {
      // the queue above already shows why
      items = List.of();
    }
    return items;
  }

  /** Restores the hidden item of the row whose button was pressed (see {@link Messages#row}). */
  public String restore() {
    if (Messages.attempt(
        faces, () -> publications.restore(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "moderation.restored");
    }
    return null;
  }

  public PublicationView getItem() {
    if (!itemLoaded) {
      itemLoaded = true;
      gone.load(
          "publication",
          "/app/catalog.xhtml",
          () -> item = publications.item(current.signedIn(), getId()));
    }
    return item;
  }

  /** Approves the submission of the row whose button was pressed (see {@link Messages#row}). */
  public String approve() {
    if (Messages.attempt(
        faces, () -> publications.approve(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "moderation.approved");
      queue = null;
      decided = true;
    }
    return null;
  }

  /**
   * Returns the submission of the row whose button was pressed, with the reason typed beside it: a
   * plain field {@code reason} of that row's own form, read from the request.
   */
  public String giveBack() {
    if (Messages.attempt(
        faces,
        () ->
            publications.giveBack(
                current.signedIn(), Messages.row(faces), Messages.typed(faces, "reason")))) {
      Messages.info(faces, "moderation.returned");
      queue = null;
      decided = true;
    }
    return null;
  }

  /** Hides the published item of the row whose button was pressed, with the reason beside it. */
  public String hide() {
    if (Messages.attempt(
        faces,
        () ->
            publications.hide(
                current.signedIn(), Messages.row(faces), Messages.typed(faces, "reason")))) {
      Messages.info(faces, "moderation.hidden");
      decided = true;
    }
    return null;
  }

  /** The reason typed beside a row, shown again when the decision was refused. */
  /**
   * Whether the viewer submitted this item: no one approves their own submission (the boundary
   * refuses it), so the page does not offer to.
   */
  public boolean ownSubmission(PublicationView submission) {
    return submission.submittedBy().equals(current.get().username());
  }

  public String typedReason(String publication) {
    return decided ? null : Messages.typedBeside(faces, publication, "reason");
  }

  public String report() {
    if (Messages.attempt(faces, () -> publications.report(current.signedIn(), getId(), reason))) {
      Messages.info(faces, "catalog.reported");
      reason = null;
    }
    return null;
  }

  /**
   * The circle slug: the view parameter, or on a postback the request parameter (see
   * DocumentPage#getId).
   */
  public String getCircle() {
    if (circle == null) {
      circle = faces.getExternalContext().getRequestParameterMap().get("circle");
    }
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = circle;
  }

  public String getId() {
    if (id == null) {
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
