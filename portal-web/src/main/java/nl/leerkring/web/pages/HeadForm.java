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
 * The programme page's form for the programme's own fields, filled with what was saved and the
 * version it was read at (unless it was just posted); a save over someone else's change is refused
 * as a conflict, with a link to reload.
 */
@Named
@RequestScoped
public class HeadForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private String version;
  private final HeadFields head = new HeadFields();

  @PostConstruct
  void fill() {
    if (page.getFull() == null || FormErrors.posted(faces, "head-form")) {
      return;
    }
    ProgrammeData.Head h = page.getFull().programme();
    version = String.valueOf(h.version());
    head.fill(h);
  }

  public String save() {
    ProgrammeData.Head h = head.toHead(errors, "h-", page.getId(), Inputs.version(version));
    return page.write(
        "head",
        HeadFields.fields("h-"),
        () -> programmes.update(current.signedIn(), page.programmeId(), h),
        "head");
  }

  public HeadFields getHead() {
    return head;
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
