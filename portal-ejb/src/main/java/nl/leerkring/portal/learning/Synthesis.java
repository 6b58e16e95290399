package nl.leerkring.portal.learning;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.leerkring.portal.PortalException;

/**
 * A phase synthesis (the denkkader, the borgingsplan): a text the coordinators write, citing
 * harvest, saved in numbered versions ({@link SynthesisVersion} holds each text; the newest is the
 * current one). Once a version is published every reader of the circle reads that version, while
 * the writers work on the next; publishing again publishes the newest.
 */
@Entity
@Table(name = "learning_synthesis")
@NamedQuery(
    name = Synthesis.OF_CIRCLE,
    query = "select s from Synthesis s where s.circleId = :circle order by s.phase, s.updatedAt")
public class Synthesis {

  static final String OF_CIRCLE = "Synthesis.ofCircle";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private Phase phase;

  @Column(nullable = false, length = 9)
  private String status;

  @Column(nullable = false)
  private int number;

  @Column(name = "published_number")
  private Integer publishedNumber;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  private String updatedBy;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  @OneToMany(mappedBy = "synthesis", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("number")
  private List<SynthesisVersion> versions = new ArrayList<>();

  protected Synthesis() {}

  Synthesis(
      String circleId,
      Phase phase,
      String title,
      String text,
      List<String> citations,
      String by,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.circleId = circleId;
    this.phase = phase;
    this.status = "DRAFT";
    keep(title, text, citations, by, now);
  }

  /** A new version from the version the writer started from; the published one stays as it was. */
  void revise(
      String title, String text, List<String> citations, Long sent, String by, Instant now) {
    Checks.sameVersion(sent, version);
    keep(title, text, citations, by, now);
  }

  /** Publishes the newest version; publishing it twice is a 409. */
  void publish(Long sent, String by, Instant now) {
    Checks.sameVersion(sent, version);
    if (publishedNumber != null && publishedNumber == number) {
      throw PortalException.conflict(LearningCode.ALREADY_PUBLISHED);
    }
    this.publishedNumber = number;
    this.publishedAt = now;
    this.status = "PUBLISHED";
    this.updatedBy = by;
    this.updatedAt = now;
  }

  private void keep(String title, String text, List<String> citations, String by, Instant now) {
    this.number = versions.size() + 1;
    this.updatedBy = by;
    this.updatedAt = now;
    versions.add(new SynthesisVersion(this, number, title, text, citations, by, now));
  }

  /** The version readers read: the published one; empty while none is. */
  public Optional<SynthesisVersion> published() {
    return publishedNumber == null
        ? Optional.empty()
        : versions.stream().filter(v -> v.number() == publishedNumber).findFirst();
  }

  /**
   * The versions a reader may open: its writers every one; anyone else the published version and
   * those that led to it, not what the writers work on after it (nothing while none is published).
   */
  public List<SynthesisVersion> versionsReadBy(boolean writer) {
    return versions.stream()
        .filter(v -> writer || (publishedNumber != null && v.number() <= publishedNumber))
        .toList();
  }

  /** Version {@code number} if the reader may open it ({@link #versionsReadBy}). */
  public Optional<SynthesisVersion> versionReadBy(int number, boolean writer) {
    return versionsReadBy(writer).stream().filter(v -> v.number() == number).findFirst();
  }

  /** The newest version, what the writers read. */
  public SynthesisVersion newest() {
    return versions.get(versions.size() - 1);
  }

  public String id() {
    return id;
  }

  public String circleId() {
    return circleId;
  }

  public Phase phase() {
    return phase;
  }

  public String status() {
    return status;
  }

  public int number() {
    return number;
  }

  public Integer publishedNumber() {
    return publishedNumber;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public long version() {
    return version;
  }

  public List<SynthesisVersion> versions() {
    return List.copyOf(versions);
  }
}
