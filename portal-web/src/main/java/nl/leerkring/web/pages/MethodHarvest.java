package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.web.security.CurrentViewer;

/** The harvest that cites the method card of the page's {@code id} (or a use of it), F7. */
@Named
@RequestScoped
public class MethodHarvest {

  @Inject CurrentViewer current;

  @Inject Learning learning;

  @Inject FacesContext faces;

  private List<HarvestView> harvest;

  public List<HarvestView> getHarvest() {
    if (harvest == null) {
      harvest = learning.citing(current.signedIn(), Inputs.param(faces, "id"));
    }
    return harvest;
  }
}
