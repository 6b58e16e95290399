package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A progress note: what happened, written by whom and when. Notes are never edited. */
@Entity
@Table(name = "programme_note")
public class ProgressNote extends TenantOwned implements ProgrammePart {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 8000)
  String body;

  @Column(name = "written_at", nullable = false)
  Instant writtenAt;

  @Column(name = "written_by", nullable = false, length = 100)
  String writtenBy;

  protected ProgressNote() {}

  ProgressNote(String programmeId, String body, String username) {
    this.programmeId = programmeId;
    this.body = body;
    this.writtenAt = Instant.now();
    this.writtenBy = username;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }
}
