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
 * The programme page's form for a goal under one of the themes: new, or in edit mode ({@code
 * editGoal}).
 */
@Named
@RequestScoped
public class GoalForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  private String theme;
  private String title;

  @PostConstruct
  void fill() {
    ProgrammeData.Goal edited = page.getEditedGoal();
    if (edited != null && !FormErrors.posted(faces, "goal-form")) {
      theme = edited.theme();
      title = edited.title();
    }
  }

  public String save() {
    ProgrammeData.Goal edited = page.getEditedGoal();
    return page.write(
        "goal",
        FieldErrors.fields("theme", "go-theme", "title", "go-title"),
        () ->
            programmes.saveGoal(
                current.signedIn(),
                page.programmeId(),
                page.editing("editGoal"),
                new ProgrammeData.Goal(
                    null, theme, title, edited == null ? null : edited.position(), null)),
        page.editing("editGoal") == null ? "goal" : "goalEdited");
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }
}
