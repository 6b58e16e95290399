package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.learning.LearningViews.SynthesisVersionView;
import nl.leerkring.portal.learning.LearningViews.SynthesisView;
import nl.leerkring.portal.learning.Syntheses;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A phase synthesis's page (F7): the text with the harvest it cites, the versions the viewer may
 * open (each shown on the page with {@code &version=}); for its writers the form for the next
 * version ({@link SynthesisForm}) and publishing.
 */
@Named
@RequestScoped
public class SynthesisPage {

  @Inject CurrentViewer current;

  @Inject Syntheses syntheses;

  @Inject Learning learning;

  @Inject Language language;

  @Inject FieldErrors fieldErrors;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private String id;
  private SynthesisView synthesis;
  private boolean loaded;
  private List<HarvestView> harvest;
  private SynthesisVersionView opened;
  private boolean openedLoaded;

  public void load() {
    FormErrors.sayWhatWasSaved(faces, "synthesis");
    getSynthesis();
  }

  public SynthesisView getSynthesis() {
    if (!loaded) {
      loaded = true;
      // Not there for this reader: the page says so and answers 404, as the item pages do.
      gone.load(
          "synthesis",
          "/app/dashboard.xhtml",
          () -> synthesis = syntheses.synthesis(current.signedIn(), getId()));
    }
    return synthesis;
  }

  /**
   * The version opened from the list ({@code &version=}), or null; one not for this reader: null.
   */
  public SynthesisVersionView getOpened() {
    if (opened == null && !openedLoaded) {
      openedLoaded = true;
      Integer number = Inputs.number(faces, "version");
      if (number != null && getSynthesis() != null) {
        fieldErrors.attempt(
            Map.of(), () -> opened = syntheses.version(current.signedIn(), getId(), number));
      }
    }
    return opened;
  }

  /** The circle's harvest, for its writers to cite. */
  public List<HarvestView> getHarvest() {
    if (harvest == null) {
      SynthesisView s = getSynthesis();
      harvest =
          s == null || !s.mayWrite()
              ? List.of()
              : learning.harvestOfCircle(current.signedIn(), s.circle(), 200);
    }
    return harvest;
  }

  public String publish() {
    SynthesisView s = getSynthesis();
    return write(
        Map.of(),
        () ->
            syntheses.publish(
                current.signedIn(),
                getId(),
                new LearningForms.Publishing(s == null ? null : s.version())),
        "published");
  }

  String write(Map<String, String> fields, Supplier<?> call, String saved) {
    if (fieldErrors.attempt(fields, call)) {
      return "/app/synthesis.xhtml?faces-redirect=true&saved=" + saved + "&id=" + getId();
    }
    return null;
  }

  public String at(Instant at) {
    return at == null ? "" : Formats.dateTime(language.getLocale(), at);
  }

  public String getId() {
    if (id == null) {
      id = Inputs.param(faces, "id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = Inputs.trimmed(id);
  }
}
