package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A document (F2) or method card (F4) of the same gemeente linked to the programme. */
@Entity
@Table(name = "programme_link")
public class ProgrammeLink extends TenantOwned implements ProgrammePart {

  public static final String DOCUMENT = "document";
  public static final String METHOD = "method";

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 20)
  String kind;

  @Column(name = "target_id", nullable = false, length = 36)
  String targetId;

  @Column(nullable = false, length = 300)
  String title;

  protected ProgrammeLink() {}

  ProgrammeLink(String programmeId, String kind, String targetId, String title) {
    this.programmeId = programmeId;
    this.kind = kind;
    this.targetId = targetId;
    this.title = title;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }
}
