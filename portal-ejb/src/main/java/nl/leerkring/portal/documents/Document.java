package nl.leerkring.portal.documents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A case document in a tenant's workspace (a nota, raadsmededeling, evaluation, …): its
 * description. Its files, the original in every version and the annexes, are {@link DocumentFile}s.
 * Private to the tenant until published.
 */
@Entity
@Table(name = "case_document")
public class Document extends TenantOwned {

  static final int MAX_LIST = 20;
  static final int MAX_WORD = 100;

  @Column(nullable = false, length = 300)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(name = "doc_type", nullable = false, length = 30)
  private DocumentType type;

  @Column(name = "doc_date")
  private LocalDate date;

  @Column(name = "doc_number", length = 50)
  private String number;

  @Column(length = 200)
  private String programme;

  @Column(length = 4000)
  private String summary;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "document_theme", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "theme", length = MAX_WORD, nullable = false)
  private Set<String> themes = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "tag", length = MAX_WORD, nullable = false)
  private Set<String> tags = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "document_wijk", joinColumns = @JoinColumn(name = "document_id"))
  @Column(name = "wijk", length = MAX_WORD, nullable = false)
  private Set<String> wijken = new LinkedHashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "current_version", nullable = false)
  private int currentVersion;

  protected Document() {}

  Document(DocumentMetadata metadata, String createdBy) {
    describe(metadata);
    this.createdBy = createdBy;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
    this.currentVersion = 1;
  }

  /**
   * Checks metadata without keeping it: called before an upload is stored, so bad input costs
   * nothing.
   */
  static void check(DocumentMetadata metadata) {
    new Document().describe(metadata);
  }

  void describe(DocumentMetadata m) {
    if (m == null) {
      throw PortalException.invalid("Document metadata is required.");
    }
    this.title = required("title", m.title(), 300);
    this.type = DocumentType.parse(m.type());
    if (m.date() != null && (m.date().getYear() < 1900 || m.date().getYear() > 2100)) {
      throw PortalException.invalid(
          "The date " + m.date() + " is not plausible for a case document.");
    }
    this.date = m.date();
    this.number = optional("number", m.number(), 50);
    this.programme = optional("programme", m.programme(), 200);
    this.summary = optional("summary", m.summary(), 4000);
    this.themes = words("themes", m.themes(), true);
    this.tags = words("tags", m.tags(), false);
    this.wijken = words("wijken", m.wijken(), false);
  }

  /** A new original was uploaded; returns its version number. */
  int nextVersion() {
    currentVersion++;
    updatedAt = Instant.now();
    return currentVersion;
  }

  private static String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null) {
      throw PortalException.invalid("The " + field + " is required.");
    }
    return v;
  }

  private static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw PortalException.invalid("The " + field + " is longer than " + max + " characters.");
    }
    if (v.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t')) {
      throw PortalException.invalid("The " + field + " contains control characters.");
    }
    return v;
  }

  private static Set<String> words(String field, List<String> values, boolean lowerCase) {
    if (values.size() > MAX_LIST) {
      throw PortalException.invalid("At most " + MAX_LIST + " " + field + " are allowed.");
    }
    Set<String> out = new LinkedHashSet<>();
    for (String value : values) {
      String v = optional(field, value, MAX_WORD);
      if (v != null) {
        out.add(lowerCase ? v.toLowerCase(java.util.Locale.ROOT) : v);
      }
    }
    return out;
  }

  public String title() {
    return title;
  }

  public DocumentType type() {
    return type;
  }

  public LocalDate date() {
    return date;
  }

  public String number() {
    return number;
  }

  public String programme() {
    return programme;
  }

  public String summary() {
    return summary;
  }

  public Set<String> themes() {
    return Collections.unmodifiableSet(themes);
  }

  public Set<String> tags() {
    return Collections.unmodifiableSet(tags);
  }

  public Set<String> wijken() {
    return Collections.unmodifiableSet(wijken);
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

  public int currentVersion() {
    return currentVersion;
  }
}
