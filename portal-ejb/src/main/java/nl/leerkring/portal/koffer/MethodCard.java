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

  void describe(MethodDraft d, String author) {
    if (d == null) {
      throw PortalException.invalid("A method card is required.");
    }
    String newName = required(d.name(), "name", 200);
    String newSummary = required(d.summary(), "summary (one line)", 500);
    EvidenceLevel level = EvidenceLevel.parse(d.evidence());
    String source = optional(d.evidenceSource(), "evidenceSource", 1000);
    if (level.needsSource() && source == null) {
      throw PortalException.invalid(
          "Evidence level '" + level.label() + "' needs a source (evidenceSource).");
    }
    List<String> newSteps = texts(d.steps(), "steps", MAX_STEPS, 2000);
    if (newSteps.isEmpty()) {
      throw PortalException.invalid("Describe the approach in at least one step.");
    }
    if (d.hoursPerWeek() != null
        && (d.hoursPerWeek().signum() < 0 || d.hoursPerWeek().scale() > 2)) {
      throw PortalException.invalid(
          "hoursPerWeek must be zero or more, with at most two decimals.");
    }
    if (d.people() != null && d.people() < 0) {
      throw PortalException.invalid("people must be zero or more.");
    }
    if (d.budget() != null && (d.budget().signum() < 0 || d.budget().scale() > 2)) {
      throw PortalException.invalid("budget must be zero or more euro, with at most two decimals.");
    }
    this.name = newName;
    this.summary = newSummary;
    this.objective = optional(d.objective(), "objective", 4000);
    this.targetGroup = optional(d.targetGroup(), "targetGroup", 2000);
    this.steps = new ArrayList<>(newSteps);
    this.workingElements =
        new ArrayList<>(texts(d.workingElements(), "workingElements", MAX_LIST, 1000));
    this.hoursPerWeek = d.hoursPerWeek();
    this.people = d.people();
    this.budget = d.budget();
    this.preconditionsNote = optional(d.preconditionsNote(), "preconditionsNote", 2000);
    this.transferability = optional(d.transferability(), "transferability", 4000);
    this.evidence = level;
    this.evidenceSource = source;
    this.themes = codes(d.themes(), "themes");
    this.wijktypes = codes(d.wijktypes(), "wijktypes");
    this.vraagstukken = codes(d.vraagstukken(), "vraagstukken");
    this.materials = new LinkedHashSet<>(texts(d.materials(), "materials", MAX_LIST, 36));
    this.contact = optional(d.contact(), "contact", 500);
    this.updatedAt = Instant.now();
    this.updatedBy = author;
  }

  private static String required(String value, String field, int max) {
    String v = optional(value, field, max);
    if (v == null) {
      throw PortalException.invalid("The " + field + " is required.");
    }
    return v;
  }

  private static String optional(String value, String field, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw PortalException.invalid(
          "The " + field + " is " + v.length() + " characters; at most " + max + " fit.");
    }
    return v;
  }

  private static List<String> texts(List<String> values, String field, int maxItems, int max) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      String v = optional(value, field, max);
      if (v == null) {
        throw PortalException.invalid(
            "An entry of " + field + " is empty; remove it or fill it in.");
      }
      out.add(v);
    }
    if (out.size() > maxItems) {
      throw PortalException.invalid("At most " + maxItems + " " + field + " fit on a card.");
    }
    return out;
  }

  private static Set<String> codes(List<String> values, String field) {
    Set<String> out = new LinkedHashSet<>();
    for (String v : texts(values, field, MAX_LIST, 100)) {
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
