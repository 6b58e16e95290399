package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/** The programme page's form for a new goal under one of the themes. */
@Named
@RequestScoped
public class GoalForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  private String theme;
  private String title;

  public String add() {
    return page.write(
        "goal",
        () ->
            programmes.saveGoal(
                current.signedIn(),
                page.getId(),
                null,
                new ProgrammeData.Goal(null, theme, title, null, null)));
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
