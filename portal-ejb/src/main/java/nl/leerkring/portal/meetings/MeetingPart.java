package nl.leerkring.portal.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * A row that lives and dies with its meeting (agenda item, registration, minutes version, minutes
 * comment): its own UUID and the meeting it belongs to.
 */
@MappedSuperclass
abstract class MeetingPart {

  @Id
  @Column(length = 36)
  private String id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "meeting_id")
  private Meeting meeting;

  protected MeetingPart() {}

  MeetingPart(Meeting meeting) {
    this.id = UUID.randomUUID().toString();
    this.meeting = meeting;
  }

  public String id() {
    return id;
  }
}
