package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** One saved version of a meeting's minutes: kept, so what was changed after comments shows. */
@Entity
@Table(name = "meeting_minutes_version")
public class MinutesVersion extends MeetingPart {

  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = Meeting.MINUTES_MAX)
  private String text;

  @Column(name = "saved_by", nullable = false, length = 100)
  private String savedBy;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected MinutesVersion() {}

  MinutesVersion(Meeting meeting, int number, String text, String savedBy, Instant savedAt) {
    super(meeting);
    this.number = number;
    this.text = text;
    this.savedBy = savedBy;
    this.savedAt = savedAt;
  }

  public int number() {
    return number;
  }

  public String text() {
    return text;
  }

  public String savedBy() {
    return savedBy;
  }

  public Instant savedAt() {
    return savedAt;
  }
}
