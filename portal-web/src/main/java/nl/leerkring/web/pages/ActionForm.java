package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.ActionStatus;
import nl.leerkring.portal.programmes.Phase;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The programme page's form for a new action under one of the goals: who carries it out, with which
 * partners, in which phase and quarter (the programme's phase is proposed), and the method card it
 * applies.
 */
@Named
@RequestScoped
public class ActionForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  private String goal;
  private String title;
  private String owner;
  private String partners;
  private ActionStatus status = ActionStatus.PLANNED;
  private Phase phase;
  private String quarter;
  private String method;

  @Inject FacesContext faces;

  @PostConstruct
  void fill() {
    if (page.getFull() != null) {
      phase = EnumCodes.of(Phase.class, page.getFull().programme().phase(), null);
    }
    ProgrammeData.Action edited = page.getEditedAction();
    if (edited == null || FormErrors.posted(faces, "action-form")) {
      return;
    }
    goal = edited.goal();
    title = edited.title();
    owner = edited.owner();
    partners = Texts.joinWords(edited.partners());
    status = EnumCodes.of(ActionStatus.class, edited.status(), status);
    phase = EnumCodes.of(Phase.class, edited.phase(), phase);
    quarter = edited.quarter();
    method = edited.method();
  }

  public String save() {
    ProgrammeData.Action edited = page.getEditedAction();
    return page.write(
        "action",
        FieldErrors.fields(
            "goal", "ac-goal",
            "title", "ac-title",
            "owner", "ac-owner",
            "partners", "ac-partners",
            "status", "ac-status",
            "phase", "ac-phase",
            "quarter", "ac-quarter",
            "method", "ac-method"),
        () ->
            programmes.saveAction(
                current.signedIn(),
                page.programmeId(),
                page.editing("editAction"),
                new ProgrammeData.Action(
                    null,
                    goal,
                    title,
                    owner,
                    Inputs.commaList(partners),
                    EnumCodes.code(status),
                    EnumCodes.code(phase),
                    quarter,
                    Inputs.trimmed(method),
                    edited == null ? null : edited.position(),
                    null)),
        edited == null ? "action" : "actionEdited");
  }

  public ActionStatus[] getStatuses() {
    return ActionStatus.values();
  }

  public Phase[] getPhases() {
    return Phase.values();
  }

  // --- properties ---

  public String getGoal() {
    return goal;
  }

  public void setGoal(String goal) {
    this.goal = goal;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String partners) {
    this.partners = partners;
  }

  public ActionStatus getStatus() {
    return status;
  }

  public void setStatus(ActionStatus status) {
    this.status = status;
  }

  public Phase getPhase() {
    return phase;
  }

  public void setPhase(Phase phase) {
    this.phase = phase;
  }

  public String getQuarter() {
    return quarter;
  }

  public void setQuarter(String quarter) {
    this.quarter = quarter;
  }

  public String getMethod() {
    return method;
  }

  public void setMethod(String method) {
    this.method = method;
  }
}
