package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.leerkring.portal.signals.SavedSearchRequest;
import nl.leerkring.portal.signals.SavedSearches;
import nl.leerkring.search.index.Facet;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The search page's "save this search" form: a name, and the query and filters of the page shown
 * (carried as plain hidden fields named as in the page's address, so the page shows the same
 * results after the save).
 */
@Named
@RequestScoped
public class SaveSearchForm {

  @Inject CurrentViewer current;

  @Inject SavedSearches savedSearches;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  private String name;
  private String q;
  private final Map<String, String> filters = new LinkedHashMap<>();
  private boolean saved;

  @PostConstruct
  void load() {
    q = Inputs.param(faces, "q");
    for (Facet f : Facet.values()) {
      String v = Inputs.param(faces, f.param());
      if (v != null) {
        filters.put(f.param(), v);
      }
    }
    name = q;
  }

  public String save() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", "save-search-name");
    fields.put("query", "save-search-name");
    filters.keySet().forEach(p -> fields.put("filters." + p, "save-search-name"));
    saved =
        errors.run(
            fields,
            () -> savedSearches.save(current.signedIn(), new SavedSearchRequest(name, q, filters)));
    if (saved) {
      Messages.info(faces, "search.saved");
    }
    return null;
  }

  public boolean isSaved() {
    return saved;
  }

  public String getName() {
    return name;
  }

  public void setName(String v) {
    name = v;
  }
}
