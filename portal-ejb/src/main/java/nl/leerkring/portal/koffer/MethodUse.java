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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.leerkring.portal.PortalException;
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
    if (d == null) {
      throw PortalException.invalid("Describe the use.");
    }
    this.methodId = methodId;
    this.methodName = methodName;
    this.wijk = required(d.wijk(), "wijk", 100);
    this.wijktype = optional(d.wijktype(), 100);
    this.wijktype = wijktype == null ? null : wijktype.toLowerCase(Locale.ROOT);
    if (d.from() == null) {
      throw PortalException.invalid("Say when the method was used (from, yyyy-mm-dd).");
    }
    if (d.until() != null && d.until().isBefore(d.from())) {
      throw PortalException.invalid(
          "The use cannot end (" + d.until() + ") before it starts (" + d.from() + ").");
    }
    this.from = d.from();
    this.until = d.until();
    this.programmeAction = optional(d.programmeAction(), 500);
    this.whatHappened = required(d.whatHappened(), "whatHappened", 4000);
    this.whatWorked = optional(d.whatWorked(), 4000);
    this.whatToChange = optional(d.whatToChange(), 4000);
    if (d.rating() != null && (d.rating() < 1 || d.rating() > 5)) {
      throw PortalException.invalid(
          "The rating runs from 1 (did not work) to 5 (worked very well).");
    }
    this.rating = d.rating();
    if (d.documents().size() > 20) {
      throw PortalException.invalid("At most 20 documents can be linked to a use.");
    }
    this.documents = new LinkedHashSet<>(d.documents());
    this.createdAt = Instant.now();
    this.createdBy = author;
  }

  private static String required(String value, String field, int max) {
    String v = optional(value, max);
    if (v == null) {
      throw PortalException.invalid("The " + field + " is required.");
    }
    return v;
  }

  private static String optional(String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw PortalException.invalid(
          "A text of " + v.length() + " characters is too long; at most " + max + " fit.");
    }
    return v;
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
