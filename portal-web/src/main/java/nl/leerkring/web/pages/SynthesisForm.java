package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.learning.LearningForms.SynthesisDraft;
import nl.leerkring.portal.learning.LearningViews.SynthesisView;
import nl.leerkring.portal.learning.Syntheses;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A phase synthesis's text: a new one on the leeragenda (phase, title, text), or its next version
 * on the synthesis page (title, text, the harvest cited), from the version the writer saw.
 */
@Named
@RequestScoped
public class SynthesisForm {

  @Inject SynthesisPage page;

  @Inject CurrentViewer current;

  @Inject Syntheses syntheses;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  private String phase = "REALISE";
  private String title;
  private String text;
  private List<String> citations;
  private Long version;

  /** Writes a new synthesis in the circle of the page's {@code circle} parameter. */
  public String write() {
    String circle = Inputs.param(faces, "circle");
    String[] id = new String[1];
    if (fieldErrors.attempt(
        FieldErrors.fields("phase", "sy-phase", "title", "sy-title", "text", "sy-text"),
        () ->
            id[0] =
                syntheses
                    .write(
                        current.signedIn(),
                        circle,
                        new SynthesisDraft(phase, title, text, List.of(), null))
                    .id())) {
      return "/app/synthesis.xhtml?faces-redirect=true&saved=written&id=" + id[0];
    }
    return null;
  }

  public String revise() {
    return page.write(
        FieldErrors.fields(
            "title",
            "sr-title",
            "text",
            "sr-text",
            "citations",
            "sr-citations",
            "version",
            "sr-title"),
        () ->
            syntheses.revise(
                current.signedIn(),
                page.getId(),
                new SynthesisDraft(null, title, text, getCitations(), version)),
        "revised");
  }

  /** The synthesis on the page; none on the leeragenda, which has no {@code id}. */
  private SynthesisView shown() {
    return page.getId() == null ? null : page.getSynthesis();
  }

  public String getPhase() {
    return phase;
  }

  public void setPhase(String phase) {
    this.phase = phase;
  }

  public String getTitle() {
    return title == null && shown() != null ? shown().title() : title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getText() {
    return text == null && shown() != null ? shown().text() : text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** The harvest cited: the shown version's until chosen otherwise. */
  public List<String> getCitations() {
    if (citations == null) {
      citations = new ArrayList<>();
      if (shown() != null) {
        shown().citations().forEach(h -> citations.add(h.id()));
      }
    }
    return citations;
  }

  public void setCitations(List<String> citations) {
    this.citations = citations == null ? new ArrayList<>() : new ArrayList<>(citations);
  }

  public Long getVersion() {
    return version == null && shown() != null ? shown().version() : version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
