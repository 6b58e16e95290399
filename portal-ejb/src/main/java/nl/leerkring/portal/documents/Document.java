package nl.leerkring.portal.documents;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.TextRule;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A case document in a tenant's workspace (a nota, raadsmededeling, evaluation, …): its
 * description. Its files, the original in every version and the annexes, are {@link DocumentFile}s.
 * Private to the tenant until published.
 *
 * <p>Its description can be edited (over the version the editor started from only) and it can be
 * moved into the prullenbak and back; both are kept in its {@link #history()}. A document in the
 * prullenbak is gone for every reader and for search; after the retention period it is purged.
 */
@Entity
@Table(name = "case_document")
public class Document extends TenantOwned {

  static final int MAX_LIST = 20;
  static final int MAX_WORD = 100;

  private static final TextRule TEXT =
      new TextRule(DocumentCode.REQUIRED, DocumentCode.TOO_LONG, DocumentCode.CONTROL_CHARACTERS);

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

  @Column(name = "deleted_at")
  private Instant deletedAt;

  @Column(name = "deleted_by", length = 100)
  private String deletedBy;

  @ElementCollection(fetch = FetchType.LAZY)
  @CollectionTable(name = "document_event", joinColumns = @JoinColumn(name = "document_id"))
  @OrderColumn(name = "seq")
  private List<DocumentEvent> history = new ArrayList<>();

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
      throw PortalException.invalid(DocumentCode.METADATA_REQUIRED);
    }
    List<Refusal> wrong = new ArrayList<>();
    this.title = TEXT.required(wrong, "title", m.title(), 300);
    this.type = type(wrong, m.type());
    if (m.date() != null && (m.date().getYear() < 1900 || m.date().getYear() > 2100)) {
      wrong.add(Refusal.onField("date", DocumentCode.DATE_IMPLAUSIBLE, m.date()));
    }
    this.date = m.date();
    this.number = TEXT.optional(wrong, "number", m.number(), 50);
    this.programme = TEXT.optional(wrong, "programme", m.programme(), 200);
    this.summary = TEXT.optional(wrong, "summary", m.summary(), 4000);
    this.themes = words(wrong, "themes", m.themes(), true);
    this.tags = words(wrong, "tags", m.tags(), false);
    this.wijken = words(wrong, "wijken", m.wijken(), false);
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
  }

  /**
   * Gives the document a new description, if {@code startedFrom} is the version the editor read;
   * otherwise someone changed it in between and nothing changes. Returns the fields that changed
   * (none: nothing is recorded). Edits are refused in the prullenbak: restore the document first.
   */
  List<String> edit(DocumentMetadata m, Long startedFrom, String by, Instant at) {
    requireNotInTrash();
    if (startedFrom == null) {
      throw PortalException.invalidField("version", DocumentCode.VERSION_REQUIRED);
    }
    if (startedFrom != version()) {
      throw PortalException.conflict(
          DocumentCode.CHANGED_MEANWHILE, updatedAt, startedFrom, version());
    }
    Document before = copy();
    describe(m);
    List<String> changed = changedSince(before);
    if (!changed.isEmpty()) {
      updatedAt = at;
      history.add(new DocumentEvent(at, by, DocumentEvent.What.EDITED, changed));
    }
    return changed;
  }

  /**
   * Moves the document into the prullenbak. {@code shared} says whether a snapshot of it is
   * submitted or in a catalog (published or hidden): readers there would keep a document its owner
   * thinks is gone, so the owner withdraws it first.
   */
  void trash(boolean shared, String by, Instant at) {
    requireNotInTrash();
    if (shared) {
      throw PortalException.conflict(DocumentCode.STILL_SHARED, title);
    }
    deletedAt = at;
    deletedBy = by;
    history.add(new DocumentEvent(at, by, DocumentEvent.What.DELETED, List.of()));
  }

  /** Takes the document out of the prullenbak, as it was. */
  void restore(String by, Instant at) {
    if (deletedAt == null) {
      throw PortalException.conflict(DocumentCode.NOT_IN_TRASH, id());
    }
    deletedAt = null;
    deletedBy = null;
    history.add(new DocumentEvent(at, by, DocumentEvent.What.RESTORED, List.of()));
  }

  /** Whether it has been in the prullenbak for the whole retention period at {@code now}. */
  boolean purgeDue(Instant now, Duration retention) {
    return deletedAt != null && !now.isBefore(purgeAfter(retention));
  }

  /** When the document leaves the prullenbak for good; null when it is not in it. */
  Instant purgeAfter(Duration retention) {
    return deletedAt == null ? null : deletedAt.plus(retention);
  }

  public boolean inTrash() {
    return deletedAt != null;
  }

  private void requireNotInTrash() {
    if (deletedAt != null) {
      throw PortalException.notFound(DocumentCode.NOT_FOUND, id());
    }
  }

  private Document copy() {
    Document c = new Document();
    c.title = title;
    c.type = type;
    c.date = date;
    c.number = number;
    c.programme = programme;
    c.summary = summary;
    c.themes = new LinkedHashSet<>(themes);
    c.tags = new LinkedHashSet<>(tags);
    c.wijken = new LinkedHashSet<>(wijken);
    return c;
  }

  private List<String> changedSince(Document b) {
    List<String> changed = new ArrayList<>();
    add(changed, "title", b.title, title);
    add(changed, "type", b.type, type);
    add(changed, "date", b.date, date);
    add(changed, "number", b.number, number);
    add(changed, "programme", b.programme, programme);
    add(changed, "themes", List.copyOf(b.themes), List.copyOf(themes));
    add(changed, "wijken", List.copyOf(b.wijken), List.copyOf(wijken));
    add(changed, "tags", List.copyOf(b.tags), List.copyOf(tags));
    add(changed, "summary", b.summary, summary);
    return changed;
  }

  private static void add(List<String> changed, String field, Object before, Object after) {
    if (!Objects.equals(before, after)) {
      changed.add(field);
    }
  }

  /** A new original was uploaded; returns its version number. */
  int nextVersion() {
    requireNotInTrash();
    currentVersion++;
    updatedAt = Instant.now();
    return currentVersion;
  }

  private static DocumentType type(List<Refusal> wrong, String type) {
    try {
      return DocumentType.parse(type);
    } catch (PortalException e) {
      e.refusals().forEach(r -> wrong.add(Refusal.onField("type", r.code(), r.args().toArray())));
      return null;
    }
  }

  private static Set<String> words(
      List<Refusal> wrong, String field, List<String> values, boolean lowerCase) {
    if (values.size() > MAX_LIST) {
      wrong.add(Refusal.onField(field, DocumentCode.TOO_MANY, MAX_LIST));
      return new LinkedHashSet<>();
    }
    Set<String> out = new LinkedHashSet<>();
    int before = wrong.size();
    for (String value : values) {
      String v = TEXT.optional(wrong, field, value, MAX_WORD);
      if (v != null) {
        out.add(lowerCase ? v.toLowerCase(Locale.ROOT) : v);
      }
      if (wrong.size() > before) {
        break; // one reason per field is enough
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

  public Instant deletedAt() {
    return deletedAt;
  }

  public String deletedBy() {
    return deletedBy;
  }

  /** Edits and moves into and out of the prullenbak, oldest first. */
  public List<DocumentEvent> history() {
    return Collections.unmodifiableList(history);
  }
}
