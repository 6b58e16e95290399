package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.publishing.Listing;
import nl.leerkring.portal.publishing.Moderation;
import nl.leerkring.portal.publishing.ModerationFilter;
import nl.leerkring.portal.publishing.Paging;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.ReportView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's moderation, one list at a time ({@code view}: the queue, published, hidden items or
 * reports), paged and filtered by links and a GET form, so every state has an address. Returning or
 * hiding needs a reason: the row's button is a link ({@code act}) that opens the one reason box
 * under that row. Who may do what is the boundary's.
 */
@Named
@RequestScoped
public class ModerationPage {

  static final List<String> VIEWS = List.of("queue", "published", "hidden", "reports");

  @Inject CurrentViewer current;

  @Inject Moderation moderation;

  @Inject FieldErrors errors;

  @Inject FacesContext faces;

  private Listing<PublicationView> items;
  private Listing<ReportView> reports;
  private boolean decided;

  public String getCircle() {
    return Inputs.param(faces, "circle");
  }

  public String getCircleName() {
    return Formats.circleName(current, getCircle());
  }

  /** The list shown: one of {@link #VIEWS}, the queue unless another is asked for. */
  public String getView() {
    String view = Inputs.param(faces, "view");
    return view != null && VIEWS.contains(view) ? view : "queue";
  }

  public List<String> getViews() {
    return VIEWS;
  }

  public String getKind() {
    return Inputs.param(faces, "kind");
  }

  public String getQ() {
    return Inputs.param(faces, "q");
  }

  /** The reports shown: open unless handled or all are asked for. */
  public String getState() {
    String state = Inputs.param(faces, "state");
    return ModerationFilter.HANDLED.equals(state) || ModerationFilter.ALL.equals(state)
        ? state
        : ModerationFilter.OPEN;
  }

  /** The item whose reason box is open, unless a decision was just taken. */
  public String getAct() {
    return decided ? null : Inputs.param(faces, "act");
  }

  public boolean isFiltered() {
    return getKind() != null || getQ() != null;
  }

  public Listing<PublicationView> getItems() {
    if (items == null) {
      items = Paging.first().of(List.of());
      if (!getView().equals("reports")) {
        Messages.attempt(faces, () -> items = load(getView()));
      }
    }
    return items;
  }

  public Listing<ReportView> getReports() {
    if (reports == null) {
      reports = Paging.first().of(List.of());
      if (getView().equals("reports")) {
        Messages.attempt(
            faces,
            () ->
                reports =
                    moderation.reports(
                        current.signedIn(),
                        getCircle(),
                        new ModerationFilter(getKind(), getQ(), getState()),
                        paging()));
      }
    }
    return reports;
  }

  private Listing<PublicationView> load(String view) {
    return load(view, paging());
  }

  private Listing<PublicationView> load(String view, Paging paging) {
    ModerationFilter filter = new ModerationFilter(getKind(), getQ(), null);
    return view.equals("queue")
        ? moderation.moderationQueue(current.signedIn(), getCircle(), filter, paging)
        : moderation.moderated(
            current.signedIn(), getCircle(), view.equals("hidden"), filter, paging);
  }

  /** The page shown, for the row forms to come back to. */
  public int getCurrentPage() {
    return getView().equals("reports") ? getReports().page() : getItems().page();
  }

  public String getCountText() {
    long total = getView().equals("reports") ? getReports().total() : getItems().total();
    return CatalogPage.text(faces, "moderation.count", total);
  }

  public String getPageText() {
    return getView().equals("reports")
        ? CatalogPage.text(faces, "search.pageOf", getReports().page(), getReports().pages())
        : CatalogPage.text(faces, "search.pageOf", getItems().page(), getItems().pages());
  }

  /**
   * The page asked for; after a decision emptied the last page, the page before it (the list shrank
   * under the coordinator's hands).
   */
  private Paging paging() {
    int asked = Math.max(1, CatalogPage.number(Inputs.param(faces, "page")));
    if (decided && asked > 1) {
      long total =
          getView().equals("reports")
              ? moderation
                  .reports(
                      current.signedIn(),
                      getCircle(),
                      new ModerationFilter(getKind(), getQ(), getState()),
                      Paging.first())
                  .total()
              : load(getView(), Paging.first()).total();
      asked =
          (int)
              Math.max(1, Math.min(asked, (total + Paging.DEFAULT_SIZE - 1) / Paging.DEFAULT_SIZE));
    }
    return Paging.of(asked, null);
  }

  /** The address of this list with one parameter changed (a page, a view, an opened row). */
  public String href(String name, Object value) {
    String[] pairs = {
      "circle",
      getCircle(),
      "view",
      getView(),
      "kind",
      getKind(),
      "q",
      getQ(),
      "state",
      getView().equals("reports") ? getState() : null,
      "page",
      String.valueOf(getCurrentPage()),
      "act",
      null
    };
    for (int i = 0; i < pairs.length; i += 2) {
      if (pairs[i].equals(name)) {
        pairs[i + 1] = value == null ? null : value.toString();
      }
    }
    if (!name.equals("page") && !name.equals("act")) {
      pairs[11] = null; // another list or filter starts at its first page
    }
    return Links.to(faces.getExternalContext().getRequestContextPath(), "moderation.xhtml", pairs);
  }

  public String approve() {
    return decide(() -> moderation.approve(current.signedIn(), Messages.row(faces)), "approved");
  }

  public String giveBack() {
    return decide(
        () -> moderation.giveBack(current.signedIn(), Messages.row(faces), reason()), "returned");
  }

  public String hide() {
    return decide(
        () -> moderation.hide(current.signedIn(), Messages.row(faces), reason()), "hidden");
  }

  public String restore() {
    return decide(() -> moderation.restore(current.signedIn(), Messages.row(faces)), "restored");
  }

  /** Marks the report of the row handled; the row's item travels beside it. */
  public String handled() {
    return decide(
        () ->
            moderation.handleReport(
                current.signedIn(), Inputs.param(faces, "item"), Messages.row(faces)),
        "reportHandled");
  }

  /** What was typed in the reason box, shown again when the decision was refused. */
  public String getTypedReason() {
    return decided ? null : Messages.typed(faces, "reason");
  }

  public boolean ownSubmission(PublicationView submission) {
    return submission.submittedBy().equals(current.get().username());
  }

  private String reason() {
    return Messages.typed(faces, "reason");
  }

  private String decide(Runnable call, String done) {
    if (errors.run(FieldErrors.fields("reason", "reason"), call)) {
      Messages.info(faces, "moderation." + done);
      decided = true;
      items = null;
      reports = null;
    }
    return null;
  }
}
