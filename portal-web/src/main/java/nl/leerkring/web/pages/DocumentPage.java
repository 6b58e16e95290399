package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One of the gemeente's documents: metadata, text preview, files, publications, and submitting it.
 */
@Named
@RequestScoped
public class DocumentPage {

  static final int PREVIEW = 3000;

  @Inject CurrentViewer current;

  @Inject Documents documents;

  @Inject FacesContext faces;

  @Inject Gone gone;

  @Inject nl.leerkring.portal.publishing.Publications publications;

  @Inject OfferForm offer;

  @Inject FieldErrors errors;

  private String id;
  private DocumentView document;
  private String preview;
  private boolean loaded;

  private List<String> excluded = new ArrayList<>();

  /** Before rendering: after an edit or a restore (post/redirect/get), say what was done. */
  public void load() {
    String saved = faces.isPostback() ? null : Inputs.param(faces, "saved");
    if ("edit".equals(saved) || "restore".equals(saved)) {
      Messages.info(faces, "document.saved." + saved);
    }
  }

  public DocumentView getDocument() {
    if (!loaded) {
      loaded = true;
      gone.load(
          "document",
          "/app/documents.xhtml",
          () -> {
            document = documents.get(current.signedIn(), getId());
            String text = documents.text(current.signedIn(), getId());
            preview = text.length() > PREVIEW ? text.substring(0, PREVIEW) + " …" : text;
          });
    }
    return document;
  }

  /** The fields an edit changed, in the page's words ("titel, trefwoorden"). */
  public String fieldNames(List<String> fields) {
    return String.join(
        ", ", fields.stream().map(f -> Formats.textOr(faces, "documents.field." + f, f)).toList());
  }

  public String getPreview() {
    getDocument();
    return preview;
  }

  public String submit() {
    if (errors.run(
        FieldErrors.fields("circle", "s-circle", "scope", "s-scope", "exclude", "s-exclude"),
        () ->
            documents.submit(
                current.signedIn(), getId(), offer.getScope(), offer.getCircle(), excluded))) {
      Messages.info(faces, "document.submitted");
      loaded = false;
    }
    return null;
  }

  /**
   * Withdraws the publication of the row whose button was pressed: its id is a plain hidden field
   * {@code row} of that row's own form (see {@link Messages#row}).
   */
  public String withdraw() {
    if (Messages.attempt(
        faces, () -> publications.withdraw(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "document.withdrawn");
      loaded = false;
    }
    return null;
  }

  /**
   * The document id: the view parameter, or on a postback the request parameter itself, because the
   * page's {@code rendered} conditions are evaluated before view parameters reach the model.
   */
  public String getId() {
    if (id == null) {
      id = faces.getExternalContext().getRequestParameterMap().get("id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public List<String> getExcluded() {
    return excluded;
  }

  public void setExcluded(List<String> excluded) {
    this.excluded = excluded == null ? new ArrayList<>() : excluded;
  }
}
