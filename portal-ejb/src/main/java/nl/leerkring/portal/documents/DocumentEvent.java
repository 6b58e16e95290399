package nl.leerkring.portal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One line of a document's history: who changed its description, moved it into the prullenbak or
 * back, and when. An edit names the fields it changed (as the API names them: {@code title}, {@code
 * themes}); the page words them.
 */
@Embeddable
public class DocumentEvent {

  /** What happened to the document. */
  public enum What {
    EDITED,
    DELETED,
    RESTORED
  }

  @Column(name = "at", nullable = false)
  private Instant at;

  @Column(name = "by_user", nullable = false, length = 100)
  private String by;

  @Enumerated(EnumType.STRING)
  @Column(name = "what", nullable = false, length = 10)
  private What what;

  @Column(name = "fields", length = 200)
  private String fields;

  protected DocumentEvent() {}

  DocumentEvent(Instant at, String by, What what, List<String> fields) {
    this.at = at;
    this.by = by;
    this.what = what;
    this.fields = fields.isEmpty() ? null : String.join(",", fields);
  }

  public Instant at() {
    return at;
  }

  public String by() {
    return by;
  }

  public What what() {
    return what;
  }

  /** The fields an edit changed, in the order of the form. */
  public List<String> fields() {
    return fields == null ? List.of() : Arrays.asList(fields.split(","));
  }
}
