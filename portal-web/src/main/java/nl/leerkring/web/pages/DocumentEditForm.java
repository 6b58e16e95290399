package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import nl.leerkring.portal.documents.DocumentEdits;
import nl.leerkring.portal.documents.DocumentMetadata;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Editing the description of the document on {@link DocumentPage}, and moving it into the
 * prullenbak. The form starts from the document as it is, keeps what was typed when a save is
 * refused, and sends the version it started from so nobody's change is silently overwritten.
 */
@Named
@RequestScoped
public class DocumentEditForm {

  /** The form's fields, as the boundary names them, and their inputs. */
  static final Map<String, String> FIELDS =
      FieldErrors.fields(
          "title", "e-title",
          "type", "e-type",
          "date", "e-date",
          "number", "e-number",
          "programme", "e-programme",
          "themes", "e-themes",
          "wijken", "e-wijken",
          "tags", "e-tags",
          "summary", "e-summary");

  @Inject CurrentViewer current;

  @Inject DocumentEdits edits;

  @Inject DocumentPage page;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private boolean filled;
  private String title;
  private String type;
  private String date;
  private String number;
  private String programme;
  private String themes;
  private String wijken;
  private String tags;
  private String summary;
  private String version;

  /**
   * The document as it is, unless this form was just posted: then what was typed stays (another
   * form's postback, such as submitting to a circle, shows the document again).
   */
  private void fill() {
    if (filled || FormErrors.posted(faces, "edit-form")) {
      return;
    }
    filled = true;
    DocumentView d = page.getDocument();
    if (d != null) {
      title = d.title();
      type = d.type();
      date = Objects.toString(d.date(), null);
      number = d.number();
      programme = d.programme();
      themes = String.join(", ", d.themes());
      wijken = String.join(", ", d.wijken());
      tags = String.join(", ", d.tags());
      summary = d.summary();
      version = Long.toString(d.version());
    }
  }

  public String save() {
    LocalDate day = errors.day("e-date", date, "documents.date");
    DocumentMetadata metadata =
        new DocumentMetadata(
            title,
            type,
            day,
            number,
            programme,
            Inputs.commaList(themes),
            Inputs.commaList(tags),
            Inputs.commaList(wijken),
            summary);
    if (errors.run(
        FIELDS,
        () -> edits.edit(current.signedIn(), page.getId(), metadata, Inputs.version(version)))) {
      return "/app/document.xhtml?faces-redirect=true&saved=edit&id=" + page.getId();
    }
    return null;
  }

  /** Into the prullenbak; the list of documents says so and offers to put it back. */
  public String delete() {
    if (errors.run(Map.of(), () -> edits.trash(current.signedIn(), page.getId()))) {
      return "/app/documents.xhtml?faces-redirect=true&deleted=" + page.getId();
    }
    return null;
  }

  public String getTitle() {
    fill();
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getType() {
    fill();
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getDate() {
    fill();
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public String getNumber() {
    fill();
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getProgramme() {
    fill();
    return programme;
  }

  public void setProgramme(String programme) {
    this.programme = programme;
  }

  public String getThemes() {
    fill();
    return themes;
  }

  public void setThemes(String themes) {
    this.themes = themes;
  }

  public String getWijken() {
    fill();
    return wijken;
  }

  public void setWijken(String wijken) {
    this.wijken = wijken;
  }

  public String getTags() {
    fill();
    return tags;
  }

  public void setTags(String tags) {
    this.tags = tags;
  }

  public String getSummary() {
    fill();
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getVersion() {
    fill();
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }
}
