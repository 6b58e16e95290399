package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.koffer.MethodContent;
import nl.leerkring.portal.koffer.MethodDraft;
import nl.leerkring.portal.koffer.Views.MethodCardView;

/**
 * The method card form as the person typed it. Lists (steps, working elements) are one entry per
 * line, so the form works without JavaScript; the card's {@code version} travels in a hidden field,
 * so a save over a newer version is refused by the boundary and the input stays here.
 */
@Named
@RequestScoped
public class MethodForm {

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

  /** Fills the form from a saved card. */
  void fill(MethodCardView view) {
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

  /** The boundary's field names and this form's inputs. */
  static final java.util.Map<String, String> FIELDS =
      FieldErrors.fields(
          "name", "e-name",
          "summary", "e-summary",
          "objective", "e-objective",
          "targetGroup", "e-target",
          "steps", "e-steps",
          "workingElements", "e-elements",
          "hoursPerWeek", "e-hours",
          "people", "e-people",
          "budget", "e-budget",
          "preconditionsNote", "e-preconditions",
          "transferability", "e-transferability",
          "evidence", "e-evidence",
          "evidenceSource", "e-source",
          "themes", "e-themes",
          "contact", "e-contact",
          "version", "e-name");

  /**
   * The draft the boundary takes; what is missing or cannot be read is noted in {@code errors}
   * (then the draft is not sent).
   *
   * @param editing whether an existing card is saved (then the version it started from counts)
   */
  MethodDraft draft(FieldErrors errors, boolean editing) {
    errors.required("e-name", name, "methodEdit.name");
    errors.required("e-summary", summary, "methodEdit.summary");
    errors.required("e-steps", steps, "methodEdit.steps");
    return new MethodDraft(
        name,
        summary,
        objective,
        targetGroup,
        Inputs.lines(steps),
        Inputs.lines(workingElements),
        errors.decimal("e-hours", hoursPerWeek, "methodEdit.hoursPerWeek"),
        errors.integer("e-people", people, "methodEdit.people"),
        errors.amountValue("e-budget", budget, "methodEdit.budget"),
        preconditionsNote,
        transferability,
        evidence,
        evidenceSource,
        Inputs.commaList(themes),
        wijktypes,
        vraagstukken,
        materials,
        contact,
        editing ? Inputs.version(version) : null);
  }

  private static String plain(BigDecimal value) {
    return value == null ? null : value.stripTrailingZeros().toPlainString();
  }

  // --- properties ---

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
}
