package nl.leerkring.portal.cofinancing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A cost line of one budget version with its amounts per period (JSON, see {@link LedgerData}). The
 * code stays the same across versions so contributions and allocations keep their line.
 */
@Entity
@Table(name = "ledger_line")
public class LineEntry extends TenantOwned {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "version_id", nullable = false, length = 36)
  String versionId;

  @Column(nullable = false, length = 60)
  String code;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  CostCategory category;

  @Column(nullable = false, length = 300)
  String description;

  @Column(name = "sort_order", nullable = false)
  int sortOrder;

  @Column(name = "stated_total", precision = 19, scale = 2)
  Money statedTotal;

  @Column(name = "stated_where", length = 500)
  String statedWhere;

  @Column(nullable = false, length = 16000)
  String amounts = "[]";

  protected LineEntry() {}

  LineEntry(String programmeId, String versionId) {
    this.programmeId = programmeId;
    this.versionId = versionId;
  }
}
