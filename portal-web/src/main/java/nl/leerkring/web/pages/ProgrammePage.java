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
import nl.leerkring.portal.programmes.ProgrammeId;
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
 * <p>Every form posts on its own. A refused write keeps what was typed and shows every reason in
 * the error summary and beside its field ({@link FieldErrors}); a saved one redirects
 * (post/redirect/get) with a message at the top. The other forms are filled again from the
 * programme, so a postback never empties them.
 *
 * <p>Partners, themes, goals, actions and milestones are changed in place as the ledger's entries
 * are: a row's "Wijzigen" link opens the page in edit mode ({@code editTheme=<id>} and so on), in
 * which that kind's form holds the row, saves it and can be cancelled. A row deleted meanwhile is
 * refused as gone, and the page says so.
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
  private FormErrors errors;

  @Inject FieldErrors fieldErrors;

  @Inject Gone gone;

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
        gone.load(
            "programme",
            "/app/programmes.xhtml",
            () -> full = programmes.get(current.signedIn(), programmeId()));
      }
    }
    return full;
  }

  public List<StatementView> getStatements() {
    if (statementList == null) {
      statementList = List.of();
      if (getFull() != null) {
        Messages.attempt(
            faces, () -> statementList = statements.ofProgramme(current.signedIn(), programmeId()));
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

  /** Whether {@code form} was just posted and refused: the head form's details then stay open. */
  public boolean refused(String form) {
    return formErrors().refused(form);
  }

  /** Whether the head form was refused because someone else saved the programme meanwhile. */
  public boolean isConflict() {
    return formErrors().refused("head", TenantsException.Kind.CONFLICT);
  }

  /**
   * Runs one form's write: saved, back to the programme with {@code saved} said at the top;
   * refused, every reason in the summary and beside its field (see {@link FormErrors}).
   */
  String write(String form, java.util.Map<String, String> fields, Supplier<?> call, String saved) {
    return formErrors().write(faces, form, fields, call, "programme", getId(), saved);
  }

  private FormErrors formErrors() {
    if (errors == null) {
      errors = new FormErrors(fieldErrors);
    }
    return errors;
  }

  // --- the row being changed in place ---

  /** The address of this page with the row {@code entry} of {@code param} in edit mode. */
  public String editHref(String param, String entry) {
    return faces.getExternalContext().getRequestContextPath()
        + "/app/programme.xhtml?id="
        + getId()
        + "&"
        + param
        + "="
        + entry;
  }

  /** The id of the row of {@code param} ({@code editTheme}) being changed, or null. */
  public String editing(String param) {
    return Inputs.param(faces, param);
  }

  public ProgrammeData.Partner getEditedPartner() {
    String e = editing("editPartner");
    return e == null || getFull() == null
        ? null
        : getFull().partners().stream().filter(p -> e.equals(p.id())).findFirst().orElse(null);
  }

  public ProgrammeData.Theme getEditedTheme() {
    String e = editing("editTheme");
    return e == null || getFull() == null
        ? null
        : getFull().themes().stream().filter(t -> e.equals(t.id())).findFirst().orElse(null);
  }

  public ProgrammeData.Goal getEditedGoal() {
    String e = editing("editGoal");
    return e == null
        ? null
        : getGoals().stream().filter(g -> e.equals(g.id())).findFirst().orElse(null);
  }

  public ProgrammeData.Action getEditedAction() {
    String e = editing("editAction");
    return e == null
        ? null
        : getActions().stream().filter(a -> e.equals(a.id())).findFirst().orElse(null);
  }

  public ProgrammeData.Milestone getEditedMilestone() {
    String e = editing("editMilestone");
    return e == null || getFull() == null
        ? null
        : getFull().milestones().stream().filter(m -> e.equals(m.id())).findFirst().orElse(null);
  }

  /** The programme id: the request parameter, also on a postback (see DocumentPage#getId). */
  /** The programme this page shows, as the boundaries take it. */
  ProgrammeId programmeId() {
    return ProgrammeId.of(getId());
  }

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
