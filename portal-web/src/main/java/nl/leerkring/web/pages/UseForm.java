package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.koffer.UseDraft;
import nl.leerkring.portal.koffer.Uses;
import nl.leerkring.portal.koffer.Views.UseContent;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Recording a use of the method on {@link MethodPage} in the viewer's gemeente: where, when, what
 * happened and how it went. The use stays private until the gemeente shares it. The same form edits
 * one of the gemeente's uses ({@code use} parameter, with the version it started from), and the
 * table of own uses deletes one.
 */
@Named
@RequestScoped
public class UseForm {

  @Inject CurrentViewer current;

  @Inject Uses uses;

  @Inject Documents documents;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  /** The boundary's field names and this form's inputs. */
  static final java.util.Map<String, String> FIELDS =
      FieldErrors.fields(
          "wijk", "u-wijk",
          "wijktype", "u-wijktype",
          "from", "u-from",
          "until", "u-until",
          "programmeAction", "u-action",
          "whatHappened", "u-happened",
          "whatWorked", "u-worked",
          "whatToChange", "u-change",
          "rating", "u-rating",
          "documents", "u-documents");

  @Inject MethodPage method;

  private List<DocumentSummary> ownDocuments;

  private boolean filled;
  private String version;

  private String wijk;
  private String useWijktype;
  private String from;
  private String until;
  private String programmeAction;
  private String whatHappened;
  private String whatWorked;
  private String whatToChange;
  private String rating;
  private List<String> useDocuments = new ArrayList<>();

  /** The gemeente's own documents, to attach to the use. */
  public List<DocumentSummary> getOwnDocuments() {
    if (ownDocuments == null) {
      ownDocuments = List.of();
      if (method.isMember()) {
        Messages.attempt(
            faces, () -> ownDocuments = documents.list(current.signedIn(), DocumentFilter.none()));
      }
    }
    return ownDocuments;
  }

  /** The use being edited (the {@code use} parameter), or null when recording a new one. */
  public String getEditing() {
    return Inputs.param(faces, "use");
  }

  /** On the first request of an edit, the use as it is; on a postback, what was typed. */
  private void fill() {
    if (filled || faces.isPostback() || getEditing() == null) {
      return;
    }
    filled = true;
    method.getOwnUses().stream()
        .filter(u -> u.id().equals(getEditing()))
        .findFirst()
        .ifPresentOrElse(
            u -> {
              UseContent c = u.use();
              wijk = c.wijk();
              useWijktype = c.wijktype();
              from = c.from() == null ? null : c.from().toString();
              until = c.until() == null ? null : c.until().toString();
              programmeAction = c.programmeAction();
              whatHappened = c.whatHappened();
              whatWorked = c.whatWorked();
              whatToChange = c.whatToChange();
              rating = c.rating() == null ? null : c.rating().toString();
              useDocuments = new ArrayList<>(c.documents());
              version = Long.toString(u.version());
            },
            () -> Messages.error(faces, "method.useGone"));
  }

  /** Deletes the use of the row whose button was pressed; where it is shared, it is withdrawn. */
  public String deleteUse() {
    if (Messages.attempt(faces, () -> uses.delete(current.signedIn(), Messages.row(faces)))) {
      Messages.info(faces, "method.useDeleted");
      method.reload();
    }
    return null;
  }

  /** Records a use in the viewer's gemeente (it stays private until shared), or saves an edit. */
  public String recordUse() {
    errors.required("u-from", from, "method.use.from");
    Integer stars = null;
    if (rating != null && !rating.isBlank()) {
      try {
        stars = Integer.valueOf(rating.strip());
      } catch (NumberFormatException e) {
        stars = 0; // the boundary names the valid range
      }
    }
    UseDraft draft =
        new UseDraft(
            wijk,
            useWijktype,
            errors.day("u-from", from, "method.use.from"),
            errors.day("u-until", until, "method.use.until"),
            programmeAction,
            whatHappened,
            whatWorked,
            whatToChange,
            stars,
            useDocuments);
    String editing = getEditing();
    if (errors.run(
        FIELDS,
        () -> {
          if (editing == null) {
            uses.record(current.signedIn(), method.getId(), draft);
          } else {
            uses.update(current.signedIn(), editing, draft, Inputs.version(version));
          }
        })) {
      if (editing != null) {
        return "/app/method.xhtml?faces-redirect=true&useSaved=1&id=" + method.getId();
      }
      Messages.info(faces, "method.recorded");
      wijk = useWijktype = programmeAction = whatHappened = whatWorked = whatToChange = null;
      rating = null;
      from = until = null;
      useDocuments = new ArrayList<>();
      method.reload();
    }
    return null;
  }

  public String getWijk() {
    fill();
    return wijk;
  }

  public void setWijk(String wijk) {
    this.wijk = wijk;
  }

  public String getUseWijktype() {
    fill();
    return useWijktype;
  }

  public void setUseWijktype(String useWijktype) {
    this.useWijktype = useWijktype;
  }

  public String getFrom() {
    fill();
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    fill();
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getProgrammeAction() {
    fill();
    return programmeAction;
  }

  public void setProgrammeAction(String programmeAction) {
    this.programmeAction = programmeAction;
  }

  public String getWhatHappened() {
    fill();
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public String getWhatWorked() {
    fill();
    return whatWorked;
  }

  public void setWhatWorked(String whatWorked) {
    this.whatWorked = whatWorked;
  }

  public String getWhatToChange() {
    fill();
    return whatToChange;
  }

  public void setWhatToChange(String whatToChange) {
    this.whatToChange = whatToChange;
  }

  public String getRating() {
    fill();
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public String getVersion() {
    fill();
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public List<String> getUseDocuments() {
    fill();
    return useDocuments;
  }

  public void setUseDocuments(List<String> useDocuments) {
    this.useDocuments = useDocuments == null ? new ArrayList<>() : useDocuments;
  }
}
