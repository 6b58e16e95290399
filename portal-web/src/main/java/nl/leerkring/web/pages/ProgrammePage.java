package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import nl.leerkring.portal.PortalException;
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
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One programme of the gemeente: its head (edited with the version it was read at), partners, the
 * tree themes → goals → actions, milestones, the timeline per quarter, what is late, progress
 * notes, links to the gemeente's documents and method cards, and its cofinancing statements.
 *
 * <p>Every form posts on its own. A refused write keeps what was typed and shows the boundary's
 * message beside that form; a saved one redirects (post/redirect/get) with a message at the top.
 * The other forms are filled again from the programme, so a postback never empties them.
 */
@Named
@RequestScoped
public class ProgrammePage {

  static final List<String> PHASES =
      List.of("onderzoek", "kwartiermaken", "uitvoering", "evaluatie");
  static final List<String> PARTNER_STATUSES = List.of("joined", "in_talks", "left");
  static final List<String> ACTION_STATUSES = List.of("planned", "started", "done", "stopped");

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject Statements statements;

  @Inject Methods methods;

  @Inject Documents documents;

  @Inject Language language;

  @Inject FacesContext faces;

  private String id;
  private Full full;
  private boolean loaded;
  private boolean initialized;
  private List<StatementView> statementList;
  private List<MethodCardView> methodCards;
  private List<DocumentSummary> ownDocuments;
  private final Map<String, String> formErrors = new HashMap<>();
  private boolean conflict;

  // the programme's head
  private String version;
  private String name;
  private String description;
  private String periodStart;
  private String periodEnd;
  private String phase;
  private String wijken;
  private String statedContributions;
  private String statedContributionsWhere;
  private String statedBudget;
  private String statedBudgetWhere;
  private String statedOwnShare;

  // a partner
  private String organisation;
  private String partnerRole;
  private boolean coreGroup;
  private String yearlyContribution;
  private String partnerStatus = "joined";

  // a theme, a goal, an action
  private String themeName;
  private String goalTheme;
  private String goalTitle;
  private String actionGoal;
  private String actionTitle;
  private String actionOwner;
  private String actionPartners;
  private String actionStatus = "planned";
  private String actionPhase;
  private String actionQuarter;
  private String actionMethod;

  // a milestone
  private String milestoneAction;
  private String milestoneTitle;
  private String milestoneDue;
  private String milestoneIndicator;
  private String milestoneTarget;
  private String milestoneAchieved;
  private String milestoneDoneOn;

  // a note, a link, a statement
  private String noteBody;
  private String linkTarget;
  private String circle;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /**
   * Before rendering: loads the programme (a boundary's message shows at the top), says what was
   * saved, and fills the head form unless it is the form that was just posted.
   */
  public void init() {
    if (initialized) {
      return;
    }
    initialized = true;
    Full p = getFull();
    if (p == null) {
      return;
    }
    if (!faces.getExternalContext().getRequestParameterMap().containsKey("head-form")) {
      fill(p.programme());
    }
    if (!faces.isPostback()) {
      String saved = faces.getExternalContext().getRequestParameterMap().get("saved");
      if ("1".equals(faces.getExternalContext().getRequestParameterMap().get("created"))) {
        Messages.info(faces, "programme.created");
      } else if (saved != null && saved.matches("[a-z]{1,20}")) {
        Messages.info(faces, "programme.saved." + saved);
      }
    }
  }

  private void fill(ProgrammeData.Head h) {
    version = String.valueOf(h.version());
    name = h.name();
    description = h.description();
    periodStart = h.periodStart() == null ? null : h.periodStart().toString();
    periodEnd = h.periodEnd() == null ? null : h.periodEnd().toString();
    phase = h.phase();
    wijken = Texts.joinWords(h.wijken());
    statedContributions = Texts.dutchAmount(h.statedContributions());
    statedContributionsWhere = h.statedContributionsWhere();
    statedBudget = Texts.dutchAmount(h.statedBudget());
    statedBudgetWhere = h.statedBudgetWhere();
    statedOwnShare = Texts.dutchNumber(h.statedOwnShare());
    if (actionPhase == null) {
      actionPhase = h.phase();
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
    return p == null
        ? ""
        : span(language.getLocale(), p.programme().periodStart(), p.programme().periodEnd());
  }

  public String getUpdatedText() {
    Full p = getFull();
    if (p == null) {
      return "";
    }
    return KofferPage.format(
        faces,
        language.getLocale(),
        "programme.updatedText",
        p.programme().version(),
        KofferPage.dateTime(language.getLocale(), p.programme().updatedAt()),
        p.programme().updatedBy());
  }

  public String phaseLabel(String value) {
    return label(faces, "phase.", value);
  }

  public String partnerStatusLabel(String value) {
    return label(faces, "partnerStatus.", value);
  }

  public String actionStatusLabel(String value) {
    return label(faces, "actionStatus.", value);
  }

  public String statementStatusLabel(String value) {
    return label(faces, "statementStatus.", value);
  }

  public String day(LocalDate date) {
    return KofferPage.date(language.getLocale(), date);
  }

  public String when(java.time.Instant at) {
    return KofferPage.dateTime(language.getLocale(), at);
  }

  public String circleName(String slug) {
    return KofferPage.circleName(current, slug);
  }

  /** The title of an action of this programme, for milestones and the late list. */
  public String actionTitle(String actionId) {
    if (actionId == null || getFull() == null) {
      return "";
    }
    return allActions().stream()
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

  public List<ProgrammeData.Action> allActions() {
    return getGoals().stream().flatMap(g -> g.actions().stream()).toList();
  }

  public List<ProgrammeData.Action> getActions() {
    return allActions();
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
    if (p == null || p.programme().periodStart() == null || p.programme().periodEnd() == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    LocalDate day = p.programme().periodStart().withDayOfMonth(1);
    day = day.withMonth(((day.getMonthValue() - 1) / 3) * 3 + 1);
    while (!day.isAfter(p.programme().periodEnd()) && out.size() < 200) {
      out.add(day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1));
      day = day.plusMonths(3);
    }
    return out;
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

  public String linkKindLabel(String kind) {
    return label(faces, "programme.link.", kind);
  }

  public String getLedgerHref() {
    return faces.getExternalContext().getRequestContextPath() + "/app/ledger.xhtml?id=" + getId();
  }

  public String error(String form) {
    return formErrors.get(form);
  }

  public boolean isConflict() {
    return conflict;
  }

  // --- actions ---

  public String saveHead() {
    return write(
        "head",
        () ->
            programmes.update(
                current.signedIn(),
                getId(),
                ProgrammesPage.head(
                    getId(),
                    version(version),
                    name,
                    description,
                    Texts.day(Messages.text(faces, "programmes.periodStart"), periodStart),
                    Texts.day(Messages.text(faces, "programmes.periodEnd"), periodEnd),
                    phase,
                    wijken,
                    statedOwnShare,
                    statedContributions,
                    statedContributionsWhere,
                    statedBudget,
                    statedBudgetWhere)));
  }

  public String addPartner() {
    return write(
        "partner",
        () ->
            programmes.savePartner(
                current.signedIn(),
                getId(),
                null,
                new ProgrammeData.Partner(
                    null,
                    organisation,
                    partnerRole,
                    coreGroup,
                    Texts.plainAmount(
                        Messages.text(faces, "programme.partner.contribution"), yearlyContribution),
                    partnerStatus)));
  }

  public String addTheme() {
    return write(
        "theme",
        () ->
            programmes.saveTheme(
                current.signedIn(),
                getId(),
                null,
                new ProgrammeData.Theme(null, themeName, null, null)));
  }

  public String addGoal() {
    return write(
        "goal",
        () ->
            programmes.saveGoal(
                current.signedIn(),
                getId(),
                null,
                new ProgrammeData.Goal(null, goalTheme, goalTitle, null, null)));
  }

  public String addAction() {
    return write(
        "action",
        () ->
            programmes.saveAction(
                current.signedIn(),
                getId(),
                null,
                new ProgrammeData.Action(
                    null,
                    actionGoal,
                    actionTitle,
                    actionOwner,
                    MethodEditPage.commaList(actionPartners),
                    actionStatus,
                    actionPhase,
                    actionQuarter,
                    KofferPage.trimmed(actionMethod),
                    null,
                    null)));
  }

  public String addMilestone() {
    return write(
        "milestone",
        () ->
            programmes.saveMilestone(
                current.signedIn(),
                getId(),
                null,
                new ProgrammeData.Milestone(
                    null,
                    KofferPage.trimmed(milestoneAction),
                    milestoneTitle,
                    Texts.day(Messages.text(faces, "programme.milestone.due"), milestoneDue),
                    milestoneIndicator,
                    milestoneTarget,
                    milestoneAchieved,
                    Texts.day(Messages.text(faces, "programme.milestone.doneOn"), milestoneDoneOn),
                    null)));
  }

  // --- changing what is there (each button posts its row's id: see Messages.row) ---

  /** Saves an action again with the status chosen beside it; everything else stays. */
  public String changeActionStatus() {
    return write(
        "rows",
        () -> {
          String actionId = Messages.row(faces);
          ProgrammeData.Action a =
              getFull().themes().stream()
                  .flatMap(t -> t.goals().stream())
                  .flatMap(g -> g.actions().stream())
                  .filter(x -> x.id().equals(actionId))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          nl.leerkring.portal.PortalException.invalid(
                              "That action is no longer in the programme; reload the page."));
          return programmes.saveAction(
              current.signedIn(),
              getId(),
              actionId,
              new ProgrammeData.Action(
                  null,
                  a.goal(),
                  a.title(),
                  a.owner(),
                  a.partners(),
                  Messages.typed(faces, "status"),
                  a.phase(),
                  a.quarter(),
                  a.method(),
                  a.position(),
                  null));
        });
  }

  /** Marks a milestone reached today. */
  public String milestoneDone() {
    return write(
        "rows",
        () -> {
          String milestoneId = Messages.row(faces);
          ProgrammeData.Milestone m =
              getFull().milestones().stream()
                  .filter(x -> x.id().equals(milestoneId))
                  .findFirst()
                  .orElseThrow(
                      () ->
                          nl.leerkring.portal.PortalException.invalid(
                              "That milestone is no longer in the programme; reload the page."));
          return programmes.saveMilestone(
              current.signedIn(),
              getId(),
              milestoneId,
              new ProgrammeData.Milestone(
                  null,
                  m.action(),
                  m.title(),
                  m.dueDate(),
                  m.indicator(),
                  m.target(),
                  m.achieved(),
                  LocalDate.now(),
                  null));
        });
  }

  public String deleteAction() {
    return deletePart("actions");
  }

  public String deleteMilestone() {
    return deletePart("milestones");
  }

  public String deletePartner() {
    return deletePart("partners");
  }

  private String deletePart(String kind) {
    return write(
        "rows",
        () -> programmes.deletePart(current.signedIn(), getId(), kind, Messages.row(faces)));
  }

  public String addNote() {
    return write(
        "note",
        () ->
            programmes.addNote(
                current.signedIn(), getId(), new ProgrammeData.Note(null, noteBody, null, null)));
  }

  public String addLink() {
    String kind = null;
    String target = null;
    if (linkTarget != null && linkTarget.contains(":")) {
      kind = linkTarget.substring(0, linkTarget.indexOf(':'));
      target = linkTarget.substring(linkTarget.indexOf(':') + 1);
    }
    ProgrammeData.Link link = new ProgrammeData.Link(null, kind, target, null);
    return write("link", () -> programmes.addLink(current.signedIn(), getId(), link));
  }

  /** Submits the ledger as it is now to the chosen circle's coordinators. */
  public String submitStatement() {
    return write("statement", () -> statements.submit(current.signedIn(), getId(), circle));
  }

  /**
   * Runs one write; on success redirects to the programme with a message, else keeps the form's
   * input and shows the boundary's (or the parser's) message beside it. Nothing was saved then.
   */
  private String write(String form, Supplier<?> call) {
    try {
      call.get();
    } catch (PortalException | TenantsException e) {
      formErrors.put(form, e.getMessage());
      TenantsException.Kind kind =
          e instanceof PortalException p ? p.kind() : ((TenantsException) e).kind();
      if ("head".equals(form) && kind == TenantsException.Kind.CONFLICT) {
        conflict = true;
      }
      Messages.error(faces, "form.notSaved");
      return null;
    }
    return "/app/programme.xhtml?faces-redirect=true&saved=" + form + "&id=" + getId();
  }

  // --- shared with the other programme pages ---

  /** A value's label from the bundle ({@code prefix + value}); the value itself when unknown. */
  static String label(FacesContext faces, String prefix, String value) {
    if (value == null || value.isBlank()) {
      return "";
    }
    return KofferPage.textOr(faces, prefix + value.toLowerCase(Locale.ROOT), value);
  }

  static String span(Locale locale, LocalDate start, LocalDate end) {
    if (start == null) {
      return "";
    }
    return KofferPage.date(locale, start) + " – " + KofferPage.date(locale, end);
  }

  private static Long version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  // --- properties ---

  /** The programme id: the request parameter, also on a postback (see DocumentPage#getId). */
  public String getId() {
    if (id == null) {
      id = KofferPage.trimmed(faces.getExternalContext().getRequestParameterMap().get("id"));
    }
    return id;
  }

  public void setId(String id) {
    this.id = KofferPage.trimmed(id);
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(String periodStart) {
    this.periodStart = periodStart;
  }

  public String getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(String periodEnd) {
    this.periodEnd = periodEnd;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getWijken() {
    return wijken;
  }

  public void setWijken(String wijken) {
    this.wijken = wijken;
  }

  public String getStatedContributions() {
    return statedContributions;
  }

  public void setStatedContributions(String statedContributions) {
    this.statedContributions = statedContributions;
  }

  public String getStatedContributionsWhere() {
    return statedContributionsWhere;
  }

  public void setStatedContributionsWhere(String statedContributionsWhere) {
    this.statedContributionsWhere = statedContributionsWhere;
  }

  public String getStatedBudget() {
    return statedBudget;
  }

  public void setStatedBudget(String statedBudget) {
    this.statedBudget = statedBudget;
  }

  public String getStatedBudgetWhere() {
    return statedBudgetWhere;
  }

  public void setStatedBudgetWhere(String statedBudgetWhere) {
    this.statedBudgetWhere = statedBudgetWhere;
  }

  public String getStatedOwnShare() {
    return statedOwnShare;
  }

  public void setStatedOwnShare(String statedOwnShare) {
    this.statedOwnShare = statedOwnShare;
  }

  public String getOrganisation() {
    return organisation;
  }

  public void setOrganisation(String organisation) {
    this.organisation = organisation;
  }

  public String getPartnerRole() {
    return partnerRole;
  }

  public void setPartnerRole(String partnerRole) {
    this.partnerRole = partnerRole;
  }

  public boolean isCoreGroup() {
    return coreGroup;
  }

  public void setCoreGroup(boolean coreGroup) {
    this.coreGroup = coreGroup;
  }

  public String getYearlyContribution() {
    return yearlyContribution;
  }

  public void setYearlyContribution(String yearlyContribution) {
    this.yearlyContribution = yearlyContribution;
  }

  public String getPartnerStatus() {
    return partnerStatus;
  }

  public void setPartnerStatus(String partnerStatus) {
    this.partnerStatus = partnerStatus;
  }

  public List<String> getPartnerStatuses() {
    return PARTNER_STATUSES;
  }

  public List<String> getActionStatuses() {
    return ACTION_STATUSES;
  }

  public List<String> getPhases() {
    return PHASES;
  }

  public String getThemeName() {
    return themeName;
  }

  public void setThemeName(String themeName) {
    this.themeName = themeName;
  }

  public String getGoalTheme() {
    return goalTheme;
  }

  public void setGoalTheme(String goalTheme) {
    this.goalTheme = goalTheme;
  }

  public String getGoalTitle() {
    return goalTitle;
  }

  public void setGoalTitle(String goalTitle) {
    this.goalTitle = goalTitle;
  }

  public String getActionGoal() {
    return actionGoal;
  }

  public void setActionGoal(String actionGoal) {
    this.actionGoal = actionGoal;
  }

  public String getActionTitle() {
    return actionTitle;
  }

  public void setActionTitle(String actionTitle) {
    this.actionTitle = actionTitle;
  }

  public String getActionOwner() {
    return actionOwner;
  }

  public void setActionOwner(String actionOwner) {
    this.actionOwner = actionOwner;
  }

  public String getActionPartners() {
    return actionPartners;
  }

  public void setActionPartners(String actionPartners) {
    this.actionPartners = actionPartners;
  }

  public String getActionStatus() {
    return actionStatus;
  }

  public void setActionStatus(String actionStatus) {
    this.actionStatus = actionStatus;
  }

  public String getActionPhase() {
    return actionPhase;
  }

  public void setActionPhase(String actionPhase) {
    this.actionPhase = actionPhase;
  }

  public String getActionQuarter() {
    return actionQuarter;
  }

  public void setActionQuarter(String actionQuarter) {
    this.actionQuarter = actionQuarter;
  }

  public String getActionMethod() {
    return actionMethod;
  }

  public void setActionMethod(String actionMethod) {
    this.actionMethod = actionMethod;
  }

  public String getMilestoneAction() {
    return milestoneAction;
  }

  public void setMilestoneAction(String milestoneAction) {
    this.milestoneAction = milestoneAction;
  }

  public String getMilestoneTitle() {
    return milestoneTitle;
  }

  public void setMilestoneTitle(String milestoneTitle) {
    this.milestoneTitle = milestoneTitle;
  }

  public String getMilestoneDue() {
    return milestoneDue;
  }

  public void setMilestoneDue(String milestoneDue) {
    this.milestoneDue = milestoneDue;
  }

  public String getMilestoneIndicator() {
    return milestoneIndicator;
  }

  public void setMilestoneIndicator(String milestoneIndicator) {
    this.milestoneIndicator = milestoneIndicator;
  }

  public String getMilestoneTarget() {
    return milestoneTarget;
  }

  public void setMilestoneTarget(String milestoneTarget) {
    this.milestoneTarget = milestoneTarget;
  }

  public String getMilestoneAchieved() {
    return milestoneAchieved;
  }

  public void setMilestoneAchieved(String milestoneAchieved) {
    this.milestoneAchieved = milestoneAchieved;
  }

  public String getMilestoneDoneOn() {
    return milestoneDoneOn;
  }

  public void setMilestoneDoneOn(String milestoneDoneOn) {
    this.milestoneDoneOn = milestoneDoneOn;
  }

  public String getNoteBody() {
    return noteBody;
  }

  public void setNoteBody(String noteBody) {
    this.noteBody = noteBody;
  }

  public String getLinkTarget() {
    return linkTarget;
  }

  public void setLinkTarget(String linkTarget) {
    this.linkTarget = linkTarget;
  }

  public String getCircle() {
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = circle;
  }
}
