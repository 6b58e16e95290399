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
 * The programme page's form for a theme, the top of the tree themes → goals → actions: a new one,
 * or the one in edit mode ({@code editTheme}).
 */
@Named
@RequestScoped
public class ThemeForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  private String name;

  @PostConstruct
  void fill() {
    ProgrammeData.Theme edited = page.getEditedTheme();
    if (edited != null && !FormErrors.posted(faces, "theme-form")) {
      name = edited.name();
    }
  }

  public String save() {
    ProgrammeData.Theme edited = page.getEditedTheme();
    return page.write(
        "theme",
        FieldErrors.fields("name", "th-name"),
        () ->
            programmes.saveTheme(
                current.signedIn(),
                page.programmeId(),
                page.editing("editTheme"),
                new ProgrammeData.Theme(
                    null, name, edited == null ? null : edited.position(), null)),
        page.editing("editTheme") == null ? "theme" : "themeEdited");
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
