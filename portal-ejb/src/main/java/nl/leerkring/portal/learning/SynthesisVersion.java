package nl.leerkring.portal.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.leerkring.portal.koffer.TextListConverter;

/** One saved version of a phase synthesis; never changed once saved. */
@Entity
@Table(name = "learning_synthesis_version")
public class SynthesisVersion {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "synthesis_id")
  private Synthesis synthesis;

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = 200)
  private String title;

  @Column(nullable = false, length = 100000)
  private String text;

  @Convert(converter = TextListConverter.class)
  @Column(nullable = false, length = 8000)
  private List<String> citations = new ArrayList<>();

  @Column(name = "saved_by", nullable = false, length = 100)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected SynthesisVersion() {}

  SynthesisVersion(
      Synthesis synthesis,
      int number,
      String title,
      String text,
      List<String> citations,
      String savedBy,
      Instant savedAt) {
    this.id = UUID.randomUUID().toString();
    this.synthesis = synthesis;
    this.number = number;
    this.title = title;
    this.text = text;
    this.citations = new ArrayList<>(citations);
    this.savedBy = savedBy;
    this.savedAt = savedAt;
  }

  public int number() {
    return number;
  }

  public String title() {
    return title;
  }

  public String text() {
    return text;
  }

  public List<String> citations() {
    return List.copyOf(citations);
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
