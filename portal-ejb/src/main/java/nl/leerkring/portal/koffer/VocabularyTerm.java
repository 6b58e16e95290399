package nl.leerkring.portal.koffer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A term of a shared vocabulary: a wijk type or a vraagstuk. Terms without a circle are the
 * portal's starting vocabulary; a circle's coordinators add their own.
 */
@Entity
@Table(name = "vocabulary_term")
public class VocabularyTerm {

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "circle_id", length = 36)
  private String circleId;

  @Column(nullable = false, length = 12)
  private String kind;

  @Column(nullable = false, length = 100)
  private String code;

  @Column(nullable = false, length = 200)
  private String label;

  @Column(name = "created_by", nullable = false, length = 100)
  private String createdBy;

  protected VocabularyTerm() {}

  VocabularyTerm(String circleId, String kind, String code, String label, String createdBy) {
    this.id = UUID.randomUUID().toString();
    this.circleId = circleId;
    this.kind = kind;
    this.code = code;
    this.label = label;
    this.createdBy = createdBy;
  }

  public String circleId() {
    return circleId;
  }

  public String kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }
}
