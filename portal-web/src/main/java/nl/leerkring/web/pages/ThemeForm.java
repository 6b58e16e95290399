package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/** The programme page's form for a new theme, the top of the tree themes → goals → actions. */
@Named
@RequestScoped
public class ThemeForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  private String name;

  public String add() {
    return page.write(
        "theme",
        () ->
            programmes.saveTheme(
                current.signedIn(),
                page.getId(),
                null,
                new ProgrammeData.Theme(null, name, null, null)));
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
