package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A goal under a theme, e.g. "one access route to information on care and support". */
@Entity
@Table(name = "programme_goal")
public class Goal extends TenantOwned implements ProgrammePart {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "theme_id", nullable = false, length = 36)
  String themeId;

  @Column(nullable = false, length = 500)
  String title;

  @Column(name = "sort_order", nullable = false)
  int sortOrder;

  protected Goal() {}

  Goal(String programmeId) {
    this.programmeId = programmeId;
  }

  @Override
  public String programmeId() {
    return programmeId;
  }

  @Override
  public String parentId() {
    return themeId;
  }
}
