package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.koffer.Methods;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.ProgrammeData.Full;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.portal.programmes.Quarter;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One programme of the gemeente as its page reads it: its head, partners, the tree themes → goals →
 * actions, milestones, the timeline per quarter, what is late, progress notes, links to the
 * gemeente's documents and method cards, and its cofinancing statements. Each form has its own bean
 * ({@link HeadForm}, {@link PartnerForm}, {@link ThemeForm}, {@link GoalForm}, {@link ActionForm},
 * {@link MilestoneForm}, {@link NoteForm}, {@link LinkForm}, {@link StatementForm}); the buttons
 * beside a row are {@link ProgrammeRows}.
 *
 * <p>Every form posts on its own. A refused write keeps what was typed and shows the boundary's
 * message beside that form; a saved one redirects (post/redirect/get) with a message at the top.
 * The other forms are filled again from the programme, so a postback never empties them.
 */
@Named
@RequestScoped
public class ProgrammePage {

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject Statements statements;

  @Inject Methods methods;

  @Inject Documents documents;

  @Inject PageFormats formats;

  @Inject FacesContext faces;

  private String id;
  private Full full;
  private boolean loaded;
  private boolean initialized;
  private List<StatementView> statementList;
  private List<MethodCardView> methodCards;
  private List<DocumentSummary> ownDocuments;
  private final FormErrors errors = new FormErrors();

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /**
   * Before rendering: loads the programme (a boundary's message shows at the top), says what was
   * saved.
   */
  public void init() {
    if (initialized) {
      return;
    }
    initialized = true;
    if (getFull() == null || faces.isPostback()) {
      return;
    }
    if ("1".equals(faces.getExternalContext().getRequestParameterMap().get("created"))) {
      Messages.info(faces, "programme.created");
    } else {
      FormErrors.sayWhatWasSaved(faces, "programme");
    }
  }

  public Full getFull() {
    if (!loaded) {
      loaded = true;
      if (getId() != null && isInTenant()) {
        Messages.attempt(faces, () -> full = programmes.get(current.signedIn(), getId()));
      }
    }
    return full;
  }

  public List<StatementView> getStatements() {
    if (statementList == null) {
      statementList = List.of();
      if (getFull() != null) {
        Messages.attempt(
            faces, () -> statementList = statements.ofProgramme(current.signedIn(), getId()));
      }
    }
    return statementList;
  }

  public List<MethodCardView> getMethodCards() {
    if (methodCards == null) {
      methodCards = List.of();
      if (isInTenant()) {
        Messages.attempt(faces, () -> methodCards = methods.list(current.signedIn()));
      }
    }
    return methodCards;
  }

  public List<DocumentSummary> getOwnDocuments() {
    if (ownDocuments == null) {
      ownDocuments = List.of();
      if (isInTenant()) {
        Messages.attempt(
            faces, () -> ownDocuments = documents.list(current.signedIn(), DocumentFilter.none()));
      }
    }
    return ownDocuments;
  }

  /** The circles the gemeente is a member of: where it may submit a statement. */
  public List<CircleGrant> getCircles() {
    return current.get().circles().stream().filter(g -> g.role() == CircleRole.MEMBER).toList();
  }

  // --- showing ---

  public String getPeriodText() {
    Full p = getFull();
    return p == null ? "" : formats.span(p.programme().periodStart(), p.programme().periodEnd());
  }

  public String getUpdatedText() {
    Full p = getFull();
    if (p == null) {
      return "";
    }
    return formats.format(
        "programme.updatedText",
        p.programme().version(),
        formats.when(p.programme().updatedAt()),
        p.programme().updatedBy());
  }

  public String circleName(String slug) {
    return Formats.circleName(current, slug);
  }

  /** The title of an action of this programme, for milestones and the late list. */
  public String actionTitle(String actionId) {
    if (actionId == null) {
      return "";
    }
    return getActions().stream()
        .filter(a -> a.id().equals(actionId))
        .map(ProgrammeData.Action::title)
        .findFirst()
        .orElse("");
  }

  /** The name of the method card an action applies. */
  public String methodName(String methodId) {
    if (methodId == null) {
      return "";
    }
    return getMethodCards().stream()
        .filter(m -> m.id().equals(methodId))
        .map(m -> m.card().name())
        .findFirst()
        .orElse(methodId);
  }

  public List<ProgrammeData.Goal> getGoals() {
    Full p = getFull();
    if (p == null) {
      return List.of();
    }
    return p.themes().stream().flatMap(t -> t.goals().stream()).toList();
  }

  public List<ProgrammeData.Action> getActions() {
    return getGoals().stream().flatMap(g -> g.actions().stream()).toList();
  }

  public String themeName(String themeId) {
    Full p = getFull();
    return p == null
        ? ""
        : p.themes().stream()
            .filter(t -> t.id().equals(themeId))
            .map(ProgrammeData.Theme::name)
            .findFirst()
            .orElse("");
  }

  /** The quarters of the programme's period, to plan an action in. */
  public List<String> getQuarters() {
    Full p = getFull();
    return p == null
        ? List.of()
        : Quarter.between(p.programme().periodStart(), p.programme().periodEnd()).stream()
            .map(Quarter::toString)
            .toList();
  }

  public boolean hasLate() {
    Full p = getFull();
    return p != null && !(p.lateActions().isEmpty() && p.lateMilestones().isEmpty());
  }

  public String linkHref(ProgrammeData.Link link) {
    String base = faces.getExternalContext().getRequestContextPath();
    return "method".equals(link.kind())
        ? base + "/app/method-edit.xhtml?id=" + link.target()
        : base + "/app/document.xhtml?id=" + link.target();
  }

  public String getLedgerHref() {
    return faces.getExternalContext().getRequestContextPath() + "/app/ledger.xhtml?id=" + getId();
  }

  /** What the boundary (or the parser) said about the form's last post, beside that form. */
  public String error(String form) {
    return errors.of(form);
  }

  /** Whether the head form was refused because someone else saved the programme meanwhile. */
  public boolean isConflict() {
    return errors.refused("head", TenantsException.Kind.CONFLICT);
  }

  /**
   * Runs one form's write: saved, back to the programme with a message at the top; refused, the
   * message beside the form (see {@link FormErrors}).
   */
  String write(String form, Supplier<?> call) {
    return errors.write(faces, form, call, "programme", getId());
  }

  /** The programme id: the request parameter, also on a postback (see DocumentPage#getId). */
  public String getId() {
    if (id == null) {
      id = Inputs.trimmed(faces.getExternalContext().getRequestParameterMap().get("id"));
    }
    return id;
  }

  public void setId(String id) {
    this.id = Inputs.trimmed(id);
  }
}
