package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms.StatusUpdate;
import nl.leerkring.web.security.CurrentViewer;

/** The question page's form for a new status with its explanation (coordinators, facilitators). */
@Named
@RequestScoped
public class QuestionStatusForm {

  @Inject QuestionPage page;

  @Inject CurrentViewer current;

  @Inject Learning learning;

  private String status;
  private String explanation;
  private Long version;

  public String save() {
    return page.write(
        FieldErrors.fields(
            "status", "qs-status", "explanation", "qs-explanation", "version", "qs-status"),
        () ->
            learning.changeStatus(
                current.signedIn(), page.getId(), new StatusUpdate(status, explanation, version)),
        "status");
  }

  /** The question's status until another is chosen. */
  public String getStatus() {
    if (status == null && page.getQuestion() != null) {
      return page.getQuestion().status();
    }
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }

  /** The version the page showed: what the change starts from. */
  public Long getVersion() {
    if (version == null && page.getQuestion() != null) {
      return page.getQuestion().version();
    }
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
