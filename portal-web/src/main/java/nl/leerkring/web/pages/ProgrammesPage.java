package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The gemeente's programmes, and starting one. Amounts and the own share are typed in Dutch
 * notation and sent to the boundary as plain decimals; an unreadable one is shown beside the form
 * and nothing is saved.
 */
@Named
@RequestScoped
public class ProgrammesPage {

  @Inject CurrentViewer current;

  @Inject Programmes programmes;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private List<ProgrammeData.Head> list;
  private final HeadFields form = new HeadFields();

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /** Loads the list before rendering, so a boundary's message shows at the top. */
  public void load() {
    getList();
  }

  public List<ProgrammeData.Head> getList() {
    if (list == null) {
      list = List.of();
      if (isInTenant()) {
        Messages.attempt(faces, () -> list = programmes.list(current.signedIn()));
      }
    }
    return list;
  }

  /** Starts the programme and opens it. */
  public String create() {
    ProgrammeData.Full[] created = new ProgrammeData.Full[1];
    ProgrammeData.Head head = form.toHead(errors, "pr-", null, null);
    if (!errors.attempt(
        HeadFields.fields("pr-"), () -> created[0] = programmes.create(current.signedIn(), head))) {
      return null;
    }
    return "/app/programme.xhtml?faces-redirect=true&created=1&id=" + created[0].programme().id();
  }

  /** The new programme's fields. */
  public HeadFields getForm() {
    return form;
  }
}
