package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The programme page's form for a new milestone: of one action or of the programme as a whole, when
 * it is due, and how its result is measured.
 */
@Named
@RequestScoped
public class MilestoneForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  private String action;
  private String title;
  private String due;
  private String indicator;
  private String target;
  private String achieved;
  private String doneOn;

  @Inject FieldErrors errors;

  @PostConstruct
  void fill() {
    ProgrammeData.Milestone edited = page.getEditedMilestone();
    if (edited == null || FormErrors.posted(faces, "milestone-form")) {
      return;
    }
    action = edited.action();
    title = edited.title();
    due = edited.dueDate() == null ? null : edited.dueDate().toString();
    indicator = edited.indicator();
    target = edited.target();
    achieved = edited.achieved();
    doneOn = edited.doneOn() == null ? null : edited.doneOn().toString();
  }

  public String save() {
    ProgrammeData.Milestone milestone =
        new ProgrammeData.Milestone(
            null,
            Inputs.trimmed(action),
            errors.required("ms-title", title, "programme.milestone.title"),
            errors.day("ms-due", due, "programme.milestone.due"),
            indicator,
            target,
            achieved,
            errors.day("ms-done", doneOn, "programme.milestone.doneOn"),
            null);
    if (Inputs.trimmed(due) == null) {
      errors.required("ms-due", due, "programme.milestone.due");
    }
    return page.write(
        "milestone",
        FieldErrors.fields(
            "action", "ms-action",
            "title", "ms-title",
            "dueDate", "ms-due",
            "indicator", "ms-indicator",
            "target", "ms-target",
            "achieved", "ms-achieved",
            "doneOn", "ms-done"),
        () ->
            programmes.saveMilestone(
                current.signedIn(), page.programmeId(), page.editing("editMilestone"), milestone),
        page.editing("editMilestone") == null ? "milestone" : "milestoneEdited");
  }

  // --- properties ---

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }

  public String getAchieved() {
    return achieved;
  }

  public void setAchieved(String achieved) {
    this.achieved = achieved;
  }

  public String getDoneOn() {
    return doneOn;
  }

  public void setDoneOn(String doneOn) {
    this.doneOn = doneOn;
  }
}
