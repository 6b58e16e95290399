package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.documents.DocumentEdits;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.web.security.CurrentViewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The prullenbak on the documents page: the gemeente's deleted documents, when each is removed for
 * good, and putting one back. Right after a delete, the page says where the document went.
 */
@Named
@RequestScoped
public class DocumentTrash {

  @Inject CurrentViewer current;

  @Inject DocumentEdits edits;

  @Inject FacesContext faces;

  @Inject
  @ConfigProperty(name = "portal.documents.trash-days", defaultValue = "30")
  int days;

  private List<DocumentSummary> trashed;

  /** Before rendering: after a delete (post/redirect/get), say where the document went. */
  public void load() {
    if (!faces.isPostback() && Inputs.param(faces, "deleted") != null) {
      Messages.info(faces, "documents.deleted");
    }
  }

  /** How many days a deleted document can be restored. */
  public int getDays() {
    return days;
  }

  public List<DocumentSummary> getDocuments() {
    if (trashed == null) {
      trashed = List.of();
      if (current.get().homeTenant().isPresent()) {
        Messages.attempt(faces, () -> trashed = edits.trashed(current.signedIn()));
      }
    }
    return trashed;
  }

  /** Puts back the document of the row whose button was pressed, and opens it. */
  public String restore() {
    String[] restored = new String[1];
    if (Messages.attempt(
        faces, () -> restored[0] = edits.restore(current.signedIn(), Messages.row(faces)).id())) {
      return "/app/document.xhtml?faces-redirect=true&saved=restore&id=" + restored[0];
    }
    trashed = null;
    return null;
  }
}
