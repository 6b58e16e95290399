package nl.leerkring.portal.koffer;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A use of a published method in a gemeente: private to the gemeente unless it is published to a
 * circle, like any other item.
 */
@Entity
@Table(name = "method_use")
public class MethodUse extends TenantOwned {

  @Column(name = "method_id", nullable = false, length = 36)
  private String methodId;

  @Column(name = "method_name", nullable = false, length = 200)
  private String methodName;

  @Column(nullable = false, length = 100)
  private String wijk;

  @Column(length = 100)
  private String wijktype;

  @Column(name = "used_from", nullable = false)
  private LocalDate from;

  @Column(name = "used_until")
  private LocalDate until;

  @Column(name = "programme_action", length = 500)
  private String programmeAction;

  @Column(name = "what_happened", nullable = false, length = 4000)
  private String whatHappened;

  @Column(name = "what_worked", length = 4000)
  private String whatWorked;

  @Column(name = "what_to_change", length = 4000)
  private String whatToChange;

  private Integer rating;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "use_document", joinColumns = @JoinColumn(name = "use_id"))
  @Column(name = "document_id", length = 36, nullable = false)
  private Set<String> documents = new LinkedHashSet<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected MethodUse() {}

  MethodUse(String methodId, String methodName, UseDraft d, String author) {
    this.methodId = methodId;
    this.methodName = methodName;
    describe(d);
    this.createdAt = Instant.now();
    this.createdBy = author;
  }

  /**
   * Gives the use a new account, if {@code startedFrom} is the version the editor read; otherwise
   * someone saved in between and nothing changes. A publication of it keeps the account it was
   * submitted with until the gemeente submits it again.
   */
  void edit(UseDraft d, Long startedFrom) {
    if (startedFrom == null) {
      throw PortalException.invalidField("version", KofferCode.VERSION_REQUIRED);
    }
    if (startedFrom != version()) {
      throw PortalException.conflict(KofferCode.USE_CHANGED_MEANWHILE, startedFrom, version());
    }
    describe(d);
  }

  /** Checks the whole account and reports every wrong field at once. */
  private void describe(UseDraft d) {
    if (d == null) {
      throw PortalException.invalid(KofferCode.BODY_REQUIRED);
    }
    List<Refusal> wrong = new ArrayList<>();
    String newWijk = MethodCard.TEXT.required(wrong, "wijk", d.wijk(), 100);
    String newWijktype = MethodCard.TEXT.optional(wrong, "wijktype", d.wijktype(), 100);
    if (d.from() == null) {
      wrong.add(Refusal.onField("from", KofferCode.REQUIRED));
    } else if (d.until() != null && d.until().isBefore(d.from())) {
      wrong.add(Refusal.onField("until", KofferCode.ENDS_BEFORE_START, d.until(), d.from()));
    }
    String action = MethodCard.TEXT.optional(wrong, "programmeAction", d.programmeAction(), 500);
    String happened = MethodCard.TEXT.required(wrong, "whatHappened", d.whatHappened(), 4000);
    String worked = MethodCard.TEXT.optional(wrong, "whatWorked", d.whatWorked(), 4000);
    String change = MethodCard.TEXT.optional(wrong, "whatToChange", d.whatToChange(), 4000);
    if (d.rating() != null && (d.rating() < 1 || d.rating() > 5)) {
      wrong.add(Refusal.onField("rating", KofferCode.RATING_RANGE));
    }
    if (d.documents().size() > 20) {
      wrong.add(Refusal.onField("documents", KofferCode.TOO_MANY, 20));
    }
    if (!wrong.isEmpty()) {
      throw PortalException.invalid(wrong);
    }
    this.wijk = newWijk;
    this.wijktype = newWijktype == null ? null : newWijktype.toLowerCase(Locale.ROOT);
    this.from = d.from();
    this.until = d.until();
    this.programmeAction = action;
    this.whatHappened = happened;
    this.whatWorked = worked;
    this.whatToChange = change;
    this.rating = d.rating();
    this.documents = new LinkedHashSet<>(d.documents());
  }

  public String methodId() {
    return methodId;
  }

  public String methodName() {
    return methodName;
  }

  public String wijk() {
    return wijk;
  }

  public String wijktype() {
    return wijktype;
  }

  public LocalDate from() {
    return from;
  }

  public LocalDate until() {
    return until;
  }

  public String programmeAction() {
    return programmeAction;
  }

  public String whatHappened() {
    return whatHappened;
  }

  public String whatWorked() {
    return whatWorked;
  }

  public String whatToChange() {
    return whatToChange;
  }

  public Integer rating() {
    return rating;
  }

  public List<String> documents() {
    return List.copyOf(documents);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
