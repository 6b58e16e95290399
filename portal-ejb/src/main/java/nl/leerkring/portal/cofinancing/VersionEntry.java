package nl.leerkring.portal.cofinancing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A budget version (original, revised) of a programme; only the one that starts last counts. */
@Entity
@Table(name = "ledger_version")
public class VersionEntry extends TenantOwned {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "version_no", nullable = false)
  int number;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  BudgetVersion.Kind kind;

  @Column(name = "valid_from", nullable = false)
  LocalDate validFrom;

  @Column(name = "valid_until")
  LocalDate validUntil;

  @Column(length = 1000)
  String note;

  protected VersionEntry() {}

  VersionEntry(String programmeId, int number) {
    this.programmeId = programmeId;
    this.number = number;
  }
}
