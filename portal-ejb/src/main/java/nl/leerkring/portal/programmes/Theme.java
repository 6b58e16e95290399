package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A theme of a programme (gezondheid, wonen, fysieke ruimte; Deventer's actielijnen). */
@Entity
@Table(name = "programme_theme")
public class Theme extends TenantOwned implements ProgrammePart {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 200)
  String name;

  @Column(name = "sort_order", nullable = false)
  int sortOrder;

  protected Theme() {}

  Theme(String programmeId) {
    this.programmeId = programmeId;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }
}
