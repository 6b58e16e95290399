package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * An attendee's comment on the minutes while they are open, on the version they read; kept after
 * the minutes are final, so what was asked and what changed stay side by side.
 */
@Entity
@Table(name = "meeting_minutes_comment")
public class MinutesComment extends MeetingPart {

  static final int TEXT_MAX = 4000;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "minutes_version", nullable = false)
  private int minutesVersion;

  @Column(nullable = false, length = TEXT_MAX)
  private String text;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected MinutesComment() {}

  MinutesComment(
      Meeting meeting, String accountId, String name, int minutesVersion, String text, Instant at) {
    super(meeting);
    this.accountId = accountId;
    this.name = name;
    this.minutesVersion = minutesVersion;
    this.text = text;
    this.writtenAt = at;
  }

  public String accountId() {
    return accountId;
  }

  public String name() {
    return name;
  }

  public int minutesVersion() {
    return minutesVersion;
  }

  public String text() {
    return text;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
