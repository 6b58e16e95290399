package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms.HarvestDraft;
import nl.leerkring.web.security.CurrentViewer;

/** The question page's form for harvest: kind, text, the meeting, the sources cited. */
@Named
@RequestScoped
public class HarvestForm {

  @Inject QuestionPage page;

  @Inject CurrentViewer current;

  @Inject Learning learning;

  private String kind = "INSIGHT";
  private String text;
  private String meeting;
  private List<String> sources = new ArrayList<>();

  public String add() {
    return page.write(
        FieldErrors.fields(
            "kind", "hv-kind", "text", "hv-text", "meeting", "hv-meeting", "sources", "hv-sources"),
        () ->
            learning.harvest(
                current.signedIn(),
                page.getId(),
                new HarvestDraft(kind, text, Inputs.trimmed(meeting), sources)),
        "harvest");
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public String getMeeting() {
    return meeting;
  }

  public void setMeeting(String meeting) {
    this.meeting = meeting;
  }

  public List<String> getSources() {
    return sources;
  }

  public void setSources(List<String> sources) {
    this.sources = sources == null ? new ArrayList<>() : sources;
  }
}
