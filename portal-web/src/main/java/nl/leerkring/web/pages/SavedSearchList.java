package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.signals.SavedSearchView;
import nl.leerkring.portal.signals.SavedSearches;
import nl.leerkring.web.security.CurrentViewer;

/** The settings page's list of the person's saved searches, each with a button to delete it. */
@Named
@RequestScoped
public class SavedSearchList {

  @Inject CurrentViewer current;

  @Inject SavedSearches savedSearches;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private List<SavedSearchView> searches;

  public List<SavedSearchView> getSearches() {
    if (searches == null) {
      searches = savedSearches.mine(current.signedIn());
    }
    return searches;
  }

  public String delete(String id) {
    if (errors.run(null, () -> savedSearches.delete(current.signedIn(), id))) {
      Messages.info(faces, "settings.searchDeleted");
      searches = null;
    }
    return null;
  }
}
