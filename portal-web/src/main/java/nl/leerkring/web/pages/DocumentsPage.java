package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.leerkring.portal.documents.AcceptedTypes;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.DocumentType;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The gemeente's own case documents, with filters; uploading happens in the page through the REST
 * API.
 */
@Named
@RequestScoped
public class DocumentsPage {

  @Inject CurrentViewer current;

  @Inject Documents documents;

  @Inject FacesContext faces;

  private String type;
  private String theme;
  private Integer year;
  private String q;
  private List<DocumentSummary> list;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  public List<DocumentSummary> getDocuments() {
    if (list == null) {
      list = List.of();
      if (isInTenant()) {
        Messages.attempt(
            faces,
            () ->
                list =
                    documents.list(
                        current.signedIn(),
                        new DocumentFilter(blankToNull(type), blankToNull(theme), null, year, q)));
      }
    }
    return list;
  }

  public List<DocumentType> getTypes() {
    return Arrays.asList(DocumentType.values());
  }

  /** For the file input's {@code accept} attribute. */
  public String getAccept() {
    return AcceptedTypes.acceptAttribute();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }
}
