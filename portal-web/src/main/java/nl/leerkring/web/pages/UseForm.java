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
import nl.leerkring.web.security.CurrentViewer;

/**
 * Recording a use of the method on {@link MethodPage} in the viewer's gemeente: where, when, what
 * happened and how it went. The use stays private until the gemeente shares it.
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

  /** Records a use in the viewer's gemeente; it stays private until shared. */
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
    if (errors.run(FIELDS, () -> uses.record(current.signedIn(), method.getId(), draft))) {
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
    return wijk;
  }

  public void setWijk(String wijk) {
    this.wijk = wijk;
  }

  public String getUseWijktype() {
    return useWijktype;
  }

  public void setUseWijktype(String useWijktype) {
    this.useWijktype = useWijktype;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getProgrammeAction() {
    return programmeAction;
  }

  public void setProgrammeAction(String programmeAction) {
    this.programmeAction = programmeAction;
  }

  public String getWhatHappened() {
    return whatHappened;
  }

  public void setWhatHappened(String whatHappened) {
    this.whatHappened = whatHappened;
  }

  public String getWhatWorked() {
    return whatWorked;
  }

  public void setWhatWorked(String whatWorked) {
    this.whatWorked = whatWorked;
  }

  public String getWhatToChange() {
    return whatToChange;
  }

  public void setWhatToChange(String whatToChange) {
    this.whatToChange = whatToChange;
  }

  public String getRating() {
    return rating;
  }

  public void setRating(String rating) {
    this.rating = rating;
  }

  public List<String> getUseDocuments() {
    return useDocuments;
  }

  public void setUseDocuments(List<String> useDocuments) {
    this.useDocuments = useDocuments == null ? new ArrayList<>() : useDocuments;
  }
}
