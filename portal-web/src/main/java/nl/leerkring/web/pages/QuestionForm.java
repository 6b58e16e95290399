package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms.QuestionDraft;
import nl.leerkring.web.security.CurrentViewer;

/** The leeragenda's form to raise a learning question (coordinators, facilitators). */
@Named
@RequestScoped
public class QuestionForm {

  @Inject CurrentViewer current;

  @Inject Learning learning;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  private String text;
  private String phase = "SPECIFY";
  private String owner;

  public String raise() {
    String circle = Inputs.param(faces, "circle");
    String[] id = new String[1];
    if (fieldErrors.attempt(
        FieldErrors.fields("text", "lq-text", "phase", "lq-phase", "owner", "lq-owner"),
        () ->
            id[0] =
                learning
                    .raise(current.signedIn(), circle, new QuestionDraft(text, phase, owner))
                    .id())) {
      return "/app/question.xhtml?faces-redirect=true&saved=raised&id=" + id[0];
    }
    return null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }
}
