package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.DocumentFilter;
import nl.leerkring.portal.documents.Documents;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.koffer.MethodContent;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.Methods;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.koffer.Vocabularies;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Drafting and editing a method card of the gemeente, and offering it to a circle's koffer. Lists
 * (steps, working elements) are edited as one entry per line, so the form works without JavaScript.
 * The card's {@code version} travels in a hidden field: a save over a newer version is refused by
 * the boundary, and the person's input stays in the form so nothing is lost.
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

  private String id;
  private boolean initialized;
  private MethodCardView card;
  private boolean cardLoaded;
  private List<Vocabularies.Term> terms;
  private List<DocumentSummary> ownDocuments;
  private boolean conflict;

  // the form
  private String version;
  private String name;
  private String summary;
  private String objective;
  private String targetGroup;
  private String steps;
  private String workingElements;
  private String hoursPerWeek;
  private String people;
  private String budget;
  private String preconditionsNote;
  private String transferability;
  private String evidence = "praktijk";
  private String evidenceSource;
  private String themes;
  private List<String> wijktypes = new ArrayList<>();
  private List<String> vraagstukken = new ArrayList<>();
  private List<String> materials = new ArrayList<>();
  private String contact;

  // offering it to a circle
  private String scope = "CIRCLE";
  private String circle;

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
      fill(card);
    }
    if ("1".equals(faces.getExternalContext().getRequestParameterMap().get("saved"))) {
      Messages.info(faces, "methodEdit.saved");
    }
  }

  private void fill(MethodCardView view) {
    MethodContent c = view.card();
    version = String.valueOf(view.version());
    name = c.name();
    summary = c.summary();
    objective = c.objective();
    targetGroup = c.targetGroup();
    steps = String.join("\n", c.steps());
    workingElements = String.join("\n", c.workingElements());
    hoursPerWeek = plain(c.hoursPerWeek());
    people = c.people() == null ? null : String.valueOf(c.people());
    budget = plain(c.budget());
    preconditionsNote = c.preconditionsNote();
    transferability = c.transferability();
    evidence = c.evidence();
    evidenceSource = c.evidenceSource();
    themes = String.join(", ", c.themes());
    wijktypes = new ArrayList<>(c.wijktypes());
    vraagstukken = new ArrayList<>(c.vraagstukken());
    materials = new ArrayList<>(c.materials());
    contact = c.contact();
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
    return KofferPage.format(
        faces,
        language.getLocale(),
        "methodEdit.versionText",
        c.version(),
        KofferPage.dateTime(language.getLocale(), c.updatedAt()),
        c.updatedBy());
  }

  public String save() {
    MethodDraft draft;
    try {
      draft =
          new MethodDraft(
              name,
              summary,
              objective,
              targetGroup,
              lines(steps),
              lines(workingElements),
              decimal(hoursPerWeek, "methodEdit.hoursPerWeek"),
              integer(people, "methodEdit.people"),
              decimal(budget, "methodEdit.budget"),
              preconditionsNote,
              transferability,
              evidence,
              evidenceSource,
              commaList(themes),
              wijktypes,
              vraagstukken,
              materials,
              contact,
              getId() == null ? null : version(version));
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
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, e.getMessage(), null));
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
    if (Messages.attempt(faces, () -> methods.submit(current.signedIn(), getId(), scope, circle))) {
      Messages.info(faces, "methodEdit.submitted");
      cardLoaded = false;
      card = null;
    }
    return null;
  }

  /** The circles the gemeente is a member of: where it may publish. */
  public List<CircleGrant> getCircles() {
    return current.get().circles().stream().filter(g -> g.role() == CircleRole.MEMBER).toList();
  }

  public String circleName(String slug) {
    return KofferPage.circleName(current, slug);
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
    return KofferPage.evidenceSlugs();
  }

  public String evidenceLabel(String slug) {
    return KofferPage.evidenceText(faces, slug);
  }

  public boolean isConflict() {
    return conflict;
  }

  // --- parsing the form ---

  /** One entry per line; blank lines do not count. */
  static List<String> lines(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static List<String> commaList(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /** A decimal as people type it ("2,5" or "2.5"); a message and an exception when unreadable. */
  BigDecimal decimal(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip().replace(" ", "").replace("€", "");
    if (t.contains(",") && t.contains(".")) {
      t = t.replace(".", "");
    }
    t = t.replace(',', '.');
    try {
      return new BigDecimal(t);
    } catch (NumberFormatException e) {
      badNumber(labelKey);
      throw e;
    }
  }

  Integer integer(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      badNumber(labelKey);
      throw e;
    }
  }

  private static Long version(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void badNumber(String labelKey) {
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            KofferPage.format(
                faces,
                language.getLocale(),
                "methodEdit.badNumber",
                Messages.text(faces, labelKey).toLowerCase(Locale.ROOT)),
            null));
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  // --- properties ---

  /**
   * The card id: the request parameter, also on a postback (see DocumentPage#getId); blank means a
   * new card.
   */
  public String getId() {
    if (id == null) {
      id = KofferPage.trimmed(faces.getExternalContext().getRequestParameterMap().get("id"));
    }
    return id;
  }

  public void setId(String id) {
    this.id = KofferPage.trimmed(id);
  }

  public String getVersion() {
    return version;
  }

  public void setVersion(String version) {
    this.version = version;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getObjective() {
    return objective;
  }

  public void setObjective(String objective) {
    this.objective = objective;
  }

  public String getTargetGroup() {
    return targetGroup;
  }

  public void setTargetGroup(String targetGroup) {
    this.targetGroup = targetGroup;
  }

  public String getSteps() {
    return steps;
  }

  public void setSteps(String steps) {
    this.steps = steps;
  }

  public String getWorkingElements() {
    return workingElements;
  }

  public void setWorkingElements(String workingElements) {
    this.workingElements = workingElements;
  }

  public String getHoursPerWeek() {
    return hoursPerWeek;
  }

  public void setHoursPerWeek(String hoursPerWeek) {
    this.hoursPerWeek = hoursPerWeek;
  }

  public String getPeople() {
    return people;
  }

  public void setPeople(String people) {
    this.people = people;
  }

  public String getBudget() {
    return budget;
  }

  public void setBudget(String budget) {
    this.budget = budget;
  }

  public String getPreconditionsNote() {
    return preconditionsNote;
  }

  public void setPreconditionsNote(String preconditionsNote) {
    this.preconditionsNote = preconditionsNote;
  }

  public String getTransferability() {
    return transferability;
  }

  public void setTransferability(String transferability) {
    this.transferability = transferability;
  }

  public String getEvidence() {
    return evidence;
  }

  public void setEvidence(String evidence) {
    this.evidence = evidence;
  }

  public String getEvidenceSource() {
    return evidenceSource;
  }

  public void setEvidenceSource(String evidenceSource) {
    this.evidenceSource = evidenceSource;
  }

  public String getThemes() {
    return themes;
  }

  public void setThemes(String themes) {
    this.themes = themes;
  }

  public List<String> getWijktypes() {
    return wijktypes;
  }

  public void setWijktypes(List<String> wijktypes) {
    this.wijktypes = wijktypes == null ? new ArrayList<>() : wijktypes;
  }

  public List<String> getVraagstukken() {
    return vraagstukken;
  }

  public void setVraagstukken(List<String> vraagstukken) {
    this.vraagstukken = vraagstukken == null ? new ArrayList<>() : vraagstukken;
  }

  public List<String> getMaterials() {
    return materials;
  }

  public void setMaterials(List<String> materials) {
    this.materials = materials == null ? new ArrayList<>() : materials;
  }

  public String getContact() {
    return contact;
  }

  public void setContact(String contact) {
    this.contact = contact;
  }

  public String getScope() {
    return scope;
  }

  public void setScope(String scope) {
    this.scope = scope;
  }

  public String getCircle() {
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = circle;
  }
}
