package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.publishing.CatalogChoices;
import nl.leerkring.portal.publishing.CatalogFilter;
import nl.leerkring.portal.publishing.Listing;
import nl.leerkring.portal.publishing.Paging;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's catalog: one page of its published items, narrowed by kind, type, theme and words and
 * ordered by date or title through a GET form, so every view has an address to share. The choices
 * the filters offer come from the boundary, counted over what the viewer may read.
 */
@Named
@RequestScoped
public class CatalogPage {

  @Inject CurrentViewer current;

  @Inject Publications publications;

  @Inject FacesContext faces;

  private Listing<PublicationView> catalog;
  private CatalogChoices choices;

  public String getCircle() {
    return Inputs.param(faces, "circle");
  }

  public String getCircleName() {
    return Formats.circleName(current, getCircle());
  }

  /** The circles the viewer reads a catalog of, to switch between them. */
  public List<CircleGrant> getCircles() {
    return current.get().circles();
  }

  public boolean isCoordinator() {
    return current.get().circles().stream()
        .anyMatch(g -> g.slug().equals(getCircle()) && g.role() == CircleRole.COORDINATOR);
  }

  public String getKind() {
    return Inputs.param(faces, "kind");
  }

  public String getType() {
    return Inputs.param(faces, "type");
  }

  public String getTheme() {
    return Inputs.param(faces, "theme");
  }

  public String getQ() {
    return Inputs.param(faces, "q");
  }

  public String getSort() {
    return CatalogFilter.BY_TITLE.equals(Inputs.param(faces, "sort"))
        ? CatalogFilter.BY_TITLE
        : CatalogFilter.BY_DATE;
  }

  public boolean isFiltered() {
    return getKind() != null || getType() != null || getTheme() != null || getQ() != null;
  }

  public Listing<PublicationView> getCatalog() {
    if (catalog == null) {
      catalog = Paging.first().of(List.of());
      Messages.attempt(
          faces,
          () ->
              catalog =
                  publications.catalog(
                      current.signedIn(),
                      getCircle(),
                      new CatalogFilter(getKind(), getType(), getTheme(), getQ(), getSort()),
                      Paging.of(Math.max(1, number(Inputs.param(faces, "page"))), null)));
    }
    return catalog;
  }

  public CatalogChoices getChoices() {
    if (choices == null) {
      choices = new CatalogChoices(List.of(), List.of(), List.of());
      try {
        choices = publications.catalogChoices(current.signedIn(), getCircle());
      } catch (RuntimeException shownByTheList) {
        // the catalog itself says why (not a circle the viewer takes part in)
      }
    }
    return choices;
  }

  public String getCountText() {
    return text(faces, "catalog.count", getCatalog().total());
  }

  public String getPageText() {
    return text(faces, "search.pageOf", getCatalog().page(), getCatalog().pages());
  }

  /** Where an entry opens: a method card on its own page (as search links it), else the item. */
  public String itemHref(PublicationView p) {
    return switch (p.kind()) {
      case "method" -> Links.to(contextPath(), "method.xhtml", "id", p.subjectId());
      case "use" -> Links.to(contextPath(), "method.xhtml", "id", p.aboutId());
      case "synthesis" -> Links.to(contextPath(), "synthesis.xhtml", "id", p.id());
      default -> Links.to(contextPath(), "item.xhtml", "id", p.id());
    };
  }

  /** This catalog's address on another page. */
  public String pageHref(int page) {
    return href(getCircle(), page);
  }

  /** The catalog without filters: the way out of an empty result. */
  public String getClearHref() {
    return Links.to(contextPath(), "catalog.xhtml", "circle", getCircle());
  }

  private String href(String circle, int page) {
    return Links.to(
        contextPath(),
        "catalog.xhtml",
        "circle",
        circle,
        "kind",
        getKind(),
        "type",
        getType(),
        "theme",
        getTheme(),
        "q",
        getQ(),
        "sort",
        getSort().equals(CatalogFilter.BY_DATE) ? null : getSort(),
        "page",
        page > 1 ? String.valueOf(page) : null);
  }

  private String contextPath() {
    return faces.getExternalContext().getRequestContextPath();
  }

  /** A bundle message with its arguments (counts, page numbers) in the page language. */
  static String text(FacesContext faces, String key, Object... args) {
    java.util.Locale locale =
        faces.getViewRoot() == null
            ? java.util.Locale.forLanguageTag("nl")
            : faces.getViewRoot().getLocale();
    return Formats.format(faces, locale, key, args);
  }

  /** A page number as typed in an address; 0 for none or nonsense, which means the first page. */
  static int number(String text) {
    if (text == null || text.length() > 9 || !text.chars().allMatch(Character::isDigit)) {
      return 0;
    }
    return Integer.parseInt(text);
  }
}
