package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.learning.Harvests;
import nl.leerkring.portal.learning.LearningForms.HarvestEdit;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.learning.LearningViews.QuestionView;
import nl.leerkring.portal.learning.LearningViews.Source;
import nl.leerkring.portal.programmes.SharedActions.SharedAction;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The question page's form to edit or remove one harvest item ({@code &harvest=}), shown to its
 * author and the circle's coordinators and facilitators; the boundary decides again.
 */
@Named
@RequestScoped
public class HarvestEditForm {

  @Inject QuestionPage page;

  @Inject CurrentViewer current;

  @Inject Harvests harvests;

  @Inject FacesContext faces;

  private String harvest;
  private String kind;
  private String text;
  private List<String> sources;
  private Long version;
  private List<SharedAction> actions;

  public String save() {
    return page.write(
        FieldErrors.fields(
            "kind", "he-kind", "text", "he-text", "sources", "he-sources", "version", "he-text"),
        () ->
            harvests.edit(
                current.signedIn(),
                page.getId(),
                getHarvest(),
                new HarvestEdit(getKind(), text, getSources(), getVersion())),
        "harvestEdited");
  }

  public String remove() {
    return page.write(
        FieldErrors.fields("harvest", "he-remove"),
        () -> {
          harvests.remove(current.signedIn(), page.getId(), getHarvest());
          return null;
        },
        "harvestRemoved");
  }

  /**
   * The programme actions the item may cite: its author's gemeente's, whoever edits (a coordinator
   * of another gemeente, or of none, keeps the author's citations).
   */
  public List<SharedAction> getActions() {
    if (actions == null) {
      actions =
          getItem() == null
              ? List.of()
              : harvests.citableActions(current.signedIn(), page.getId(), getHarvest());
    }
    return actions;
  }

  /** The item being edited, when the viewer may change it; else null (no form). */
  public HarvestView getItem() {
    QuestionView q = page.getQuestion();
    if (q == null || getHarvest() == null) {
      return null;
    }
    return q.harvest().stream()
        .filter(h -> h.id().equals(getHarvest()))
        .filter(h -> mayChange(q, h))
        .findFirst()
        .orElse(null);
  }

  /** Whether the viewer may change this item: its author (who still harvests) or a planner. */
  public boolean mayChange(QuestionView q, HarvestView h) {
    return q.mayManage() || (q.mayHarvest() && h.authorId().equals(current.signedIn().accountId()));
  }

  public String getHarvest() {
    if (harvest == null) {
      harvest = Inputs.param(faces, "harvest");
    }
    return harvest;
  }

  public void setHarvest(String harvest) {
    this.harvest = Inputs.trimmed(harvest);
  }

  public String getKind() {
    return kind == null && getItem() != null ? getItem().kind() : kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getText() {
    return text == null && getItem() != null ? getItem().text() : text;
  }

  public void setText(String text) {
    this.text = text;
  }

  /** The sources it cites until others are ticked. */
  public List<String> getSources() {
    if (sources == null) {
      sources =
          getItem() == null
              ? new ArrayList<>()
              : new ArrayList<>(
                  getItem().sources().stream()
                      .filter(s -> !s.withdrawn())
                      .map(Source::id)
                      .toList());
    }
    return sources;
  }

  public void setSources(List<String> sources) {
    this.sources = sources == null ? new ArrayList<>() : sources;
  }

  /** The version the page showed: what the change starts from. */
  public Long getVersion() {
    return version == null && getItem() != null ? getItem().version() : version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
