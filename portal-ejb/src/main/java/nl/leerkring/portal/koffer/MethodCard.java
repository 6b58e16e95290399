package nl.leerkring.portal.koffer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.TextRule;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A method card in a gemeente's workspace: the draft of a koffer method (name, objective, approach
 * as ordered steps, working elements, preconditions, transferability, evidence, themes, wijk types,
 * vraagstukken, materials, contact). Private until published to a circle through F2's publication;
 * each approved publication is a version of the card in the koffer.
 */
@Entity
@Table(name = "method_card")
public class MethodCard extends TenantOwned {

  static final int MAX_STEPS = 30;
  static final int MAX_LIST = 20;

  /** The rule of the koffer's free-text fields; a use's account follows it too. */
  static final TextRule TEXT = new TextRule(KofferCode.REQUIRED, KofferCode.TOO_LONG);

  @Column(nullable = false, length = 200)
  private String name;

  @Column(nullable = false, length = 500)
  private String summary;

  @Column(length = 4000)
  private String objective;

  @Column(name = "target_group", length = 2000)
  private String targetGroup;

  @Convert(converter = TextListConverter.class)
  @Column(length = 64000, nullable = false)
  private List<String> steps = new ArrayList<>();

  @Convert(converter = TextListConverter.class)
  @Column(name = "working_elements", length = 24000, nullable = false)
  private List<String> workingElements = new ArrayList<>();

  @Column(name = "hours_per_week", precision = 9, scale = 2)
  private BigDecimal hoursPerWeek;

  private Integer people;

  @Column(precision = 19, scale = 2)
  private BigDecimal budget;

  @Column(name = "preconditions_note", length = 2000)
  private String preconditionsNote;

  @Column(length = 4000)
  private String transferability;

  @Enumerated(EnumType.STRING)
  @Column(name = "evidence_level", nullable = false, length = 20)
  private EvidenceLevel evidence;

  @Column(name = "evidence_source", length = 1000)
  private String evidenceSource;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_theme", joinColumns = @JoinColumn(name = "method_id"))
  @Column(name = "theme", length = 100, nullable = false)
  private Set<String> themes = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_wijktype", joinColumns = @JoinColumn(name = "method_id"))
  @Column(name = "wijktype", length = 100, nullable = false)
  private Set<String> wijktypes = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_vraagstuk", joinColumns = @JoinColumn(name = "method_id"))
  @Column(name = "vraagstuk", length = 100, nullable = false)
  private Set<String> vraagstukken = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "method_material", joinColumns = @JoinColumn(name = "method_id"))
  @Column(name = "document_id", length = 36, nullable = false)
  private Set<String> materials = new LinkedHashSet<>();

  @Column(length = 500)
  private String contact;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  protected MethodCard() {}

  MethodCard(MethodDraft draft, String author) {
    describe(draft, author);
    this.createdAt = updatedAt;
    this.createdBy = author;
  }

  /** Checks a draft without keeping it, so bad input costs nothing. */
  static void check(MethodDraft draft) {
    new MethodCard().describe(draft, "check");
  }

  /** Takes the draft as the card's text, or refuses it naming every wrong field at once. */
  void describe(MethodDraft d, String author) {
    if (d == null) {
      throw PortalException.invalid(KofferCode.BODY_REQUIRED);
    }
    List<Refusal> wrong = new ArrayList<>();
    String newName = TEXT.required(wrong, "name", d.name(), 200);
    String newSummary = TEXT.required(wrong, "summary", d.summary(), 500);
    EvidenceLevel level = null;
    try {
      level = EvidenceLevel.parse(d.evidence());
    } catch (PortalException e) {
      wrong.addAll(e.refusals());
    }
    String source = TEXT.optional(wrong, "evidenceSource", d.evidenceSource(), 1000);
    if (level != null && level.needsSource() && source == null) {
      wrong.add(Refusal.onField("evidenceSource", KofferCode.EVIDENCE_NEEDS_SOURCE, level.label()));
    }
    int before = wrong.size();
    List<String> newSteps = texts(wrong, d.steps(), "steps", MAX_STEPS, 2000);
    if (newSteps.isEmpty() && wrong.size() == before) {
      wrong.add(Refusal.onField("steps", KofferCode.STEPS_REQUIRED));
    }
    if (d.hoursPerWeek() != null
        && (d.hoursPerWeek().signum() < 0 || d.hoursPerWeek().scale() > 2)) {
      wrong.add(Refusal.onField("hoursPerWeek", KofferCode.NOT_AN_AMOUNT));
    }
    if (d.people() != null && d.people() < 0) {
      wrong.add(Refusal.onField("people", KofferCode.NOT_A_COUNT));
    }
    if (d.budget() != null && (d.budget().signum() < 0 || d.budget().scale() > 2)) {
      wrong.add(Refusal.onField("budget", KofferCode.NOT_AN_AMOUNT));
    }
    String newObjective = TEXT.optional(wrong, "objective", d.objective(), 4000);
    String newTargetGroup = TEXT.optional(wrong, "targetGroup", d.targetGroup(), 2000);
    List<String> newWorkingElements =
        texts(wrong, d.workingElements(), "workingElements", MAX_LIST, 1000);
    String newPreconditions =
        TEXT.optional(wrong, "preconditionsNote", d.preconditionsNote(), 2000);
    String newTransferability = TEXT.optional(wrong, "transferability", d.transferability(), 4000);
    Set<String> newThemes = codes(wrong, d.themes(), "themes");
    Set<String> newWijktypes = codes(wrong, d.wijktypes(), "wijktypes");
    Set<String> newVraagstukken = codes(wrong, d.vraagstukken(), "vraagstukken");
    List<String> newMaterials = texts(wrong, d.materials(), "materials", MAX_LIST, 36);
    String newContact = TEXT.optional(wrong, "contact", d.contact(), 500);
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    this.name = newName;
    this.summary = newSummary;
    this.objective = newObjective;
    this.targetGroup = newTargetGroup;
    this.steps = new ArrayList<>(newSteps);
    this.workingElements = new ArrayList<>(newWorkingElements);
    this.hoursPerWeek = d.hoursPerWeek();
    this.people = d.people();
    this.budget = d.budget();
    this.preconditionsNote = newPreconditions;
    this.transferability = newTransferability;
    this.evidence = level;
    this.evidenceSource = source;
    this.themes = newThemes;
    this.wijktypes = newWijktypes;
    this.vraagstukken = newVraagstukken;
    this.materials = new LinkedHashSet<>(newMaterials);
    this.contact = newContact;
    this.updatedAt = Instant.now();
    this.updatedBy = author;
  }

  /** A list of texts; one reason per field is enough. */
  private static List<String> texts(
      List<Refusal> wrong, List<String> values, String field, int maxItems, int max) {
    List<String> out = new ArrayList<>();
    int before = wrong.size();
    for (String value : values) {
      if (value == null || value.isBlank()) {
        wrong.add(Refusal.onField(field, KofferCode.EMPTY_ENTRY));
        return out;
      }
      String v = TEXT.optional(wrong, field, value, max);
      if (wrong.size() > before) {
        return out;
      }
      out.add(v);
    }
    if (out.size() > maxItems) {
      wrong.add(Refusal.onField(field, KofferCode.TOO_MANY, maxItems));
    }
    return out;
  }

  private static Set<String> codes(List<Refusal> wrong, List<String> values, String field) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : texts(wrong, values, field, MAX_LIST, 100)) {
      out.add(v.toLowerCase(Locale.ROOT));
    }
    return out;
  }

  public String name() {
    return name;
  }

  public String summary() {
    return summary;
  }

  public String objective() {
    return objective;
  }

  public String targetGroup() {
    return targetGroup;
  }

  public List<String> steps() {
    return List.copyOf(steps);
  }

  public List<String> workingElements() {
    return List.copyOf(workingElements);
  }

  public BigDecimal hoursPerWeek() {
    return hoursPerWeek;
  }

  public Integer people() {
    return people;
  }

  public BigDecimal budget() {
    return budget;
  }

  public String preconditionsNote() {
    return preconditionsNote;
  }

  public String transferability() {
    return transferability;
  }

  public EvidenceLevel evidence() {
    return evidence;
  }

  public String evidenceSource() {
    return evidenceSource;
  }

  public List<String> themes() {
    return List.copyOf(themes);
  }

  public List<String> wijktypes() {
    return List.copyOf(wijktypes);
  }

  public List<String> vraagstukken() {
    return List.copyOf(vraagstukken);
  }

  public List<String> materials() {
    return List.copyOf(materials);
  }

  public String contact() {
    return contact;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public String updatedBy() {
    return updatedBy;
  }
}
