package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The programme page's form that links one of the gemeente's documents or method cards: the
 * choice's value is {@code document:<id>} or {@code method:<id>}.
 */
@Named
@RequestScoped
public class LinkForm {

  @Inject ProgrammePage page;

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  private String target;

  public String add() {
    String kind = null;
    String id = null;
    if (target != null && target.contains(":")) {
      kind = target.substring(0, target.indexOf(':'));
      id = target.substring(target.indexOf(':') + 1);
    }
    ProgrammeData.Link link = new ProgrammeData.Link(null, kind, id, null);
    return page.write(
        "link",
        FieldErrors.fields("kind", "li-target", "target", "li-target"),
        () -> programmes.addLink(current.signedIn(), page.programmeId(), link),
        "link");
  }

  public String getTarget() {
    return target;
  }

  public void setTarget(String target) {
    this.target = target;
  }
}
