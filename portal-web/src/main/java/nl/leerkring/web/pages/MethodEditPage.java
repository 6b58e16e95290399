package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.Methods;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Drafting and editing a method card of the gemeente ({@link MethodForm}), and offering it to a
 * circle's koffer ({@link OfferForm}). A save over a newer version is refused by the boundary, and
 * the person's input stays in the form so nothing is lost.
 */
@Named
@RequestScoped
public class MethodEditPage {

  @Inject CurrentViewer current;

  @Inject Methods methods;

  @Inject Documents documents;

  @Inject Vocabularies vocabularies;

  @Inject Language language;

  @Inject FacesContext faces;

  @Inject MethodForm form;

  @Inject OfferForm offer;

  private String id;
  private boolean initialized;
  private MethodCardView card;
  private boolean cardLoaded;
  private List<Vocabularies.Term> terms;
  private List<DocumentSummary> ownDocuments;
  private boolean conflict;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /**
   * Before rendering: on the first visit of an existing card, fills the form from it. On a postback
   * the form keeps what the person typed (also when the save was refused).
   */
  public void init() {
    if (initialized) {
      return;
    }
    initialized = true;
    if (faces.isPostback() || !isInTenant()) {
      return;
    }
    if (getId() != null && getCard() != null) {
      form.fill(card);
    }
    if ("1".equals(faces.getExternalContext().getRequestParameterMap().get("saved"))) {
      Messages.info(faces, "methodEdit.saved");
    }
  }

  /** The saved card (with its publications), when editing one. */
  public MethodCardView getCard() {
    if (!cardLoaded) {
      cardLoaded = true;
      if (getId() != null && isInTenant()) {
        Messages.attempt(faces, () -> card = methods.get(current.signedIn(), getId()));
      }
    }
    return card;
  }

  public boolean isEditing() {
    return getId() != null;
  }

  public String getVersionText() {
    MethodCardView c = getCard();
    if (c == null) {
      return "";
    }
    return Formats.format(
        faces,
        language.getLocale(),
        "methodEdit.versionText",
        c.version(),
        Formats.dateTime(language.getLocale(), c.updatedAt()),
        c.updatedBy());
  }

  public String save() {
    MethodDraft draft;
    try {
      draft = form.draft(faces, language.getLocale(), getId() != null);
    } catch (NumberFormatException badNumber) {
      return null;
    }
    MethodCardView saved;
    try {
      saved =
          getId() == null
              ? methods.create(current.signedIn(), draft)
              : methods.update(current.signedIn(), getId(), draft);
    } catch (PortalException | TenantsException e) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              Messages.words(faces, (nl.leerkring.tenants.Refused) e),
              null));
      TenantsException.Kind kind =
          e instanceof PortalException p ? p.kind() : ((TenantsException) e).kind();
      if (kind == TenantsException.Kind.CONFLICT) {
        conflict = true;
        Messages.error(faces, "methodEdit.conflict");
      }
      return null;
    }
    return "/app/method-edit.xhtml?faces-redirect=true&saved=1&id=" + saved.id();
  }

  /** Offers the card as it is saved now to a circle; the coordinator decides. */
  public String submit() {
    if (Messages.attempt(
        faces,
        () -> methods.submit(current.signedIn(), getId(), offer.getScope(), offer.getCircle()))) {
      Messages.info(faces, "methodEdit.submitted");
      cardLoaded = false;
      card = null;
    }
    return null;
  }

  public List<Vocabularies.Term> getWijktypeTerms() {
    return terms(Vocabularies.WIJKTYPE);
  }

  public List<Vocabularies.Term> getVraagstukTerms() {
    return terms(Vocabularies.VRAAGSTUK);
  }

  private List<Vocabularies.Term> terms(String kind) {
    if (terms == null) {
      terms = List.of();
      if (isInTenant()) {
        Messages.attempt(faces, () -> terms = vocabularies.visible(current.signedIn()));
      }
    }
    return terms.stream().filter(t -> t.kind().equals(kind)).toList();
  }

  public List<DocumentSummary> getOwnDocuments() {
    if (ownDocuments == null) {
      ownDocuments = List.of();
      if (isInTenant()) {
        Messages.attempt(
            faces, () -> ownDocuments = documents.list(current.signedIn(), DocumentFilter.none()));
      }
    }
    return ownDocuments;
  }

  public List<String> getEvidenceLevels() {
    return Formats.evidenceSlugs();
  }

  public String evidenceLabel(String slug) {
    return Formats.evidenceText(faces, slug);
  }

  public boolean isConflict() {
    return conflict;
  }

  /**
   * The card id: the request parameter, also on a postback (see DocumentPage#getId); blank means a
   * new card.
   */
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
