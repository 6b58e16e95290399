package nl.leerkring.portal.cofinancing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.leerkring.tenants.tenancy.TenantOwned;

/** A partner's contribution as stored: cash, or hours × an hourly rate valid from a day. */
@Entity
@Table(name = "ledger_contribution")
public class ContributionEntry extends TenantOwned {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 200)
  String partner;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  ContributionForm form;

  @Column(precision = 19, scale = 2)
  Money cash;

  @Column(precision = 12, scale = 2)
  Hours hours;

  @Column(name = "hourly_rate", precision = 19, scale = 2)
  Money hourlyRate;

  @Column(name = "rate_valid_from")
  LocalDate rateValidFrom;

  @Column(name = "already_budgeted", nullable = false)
  boolean alreadyBudgeted;

  /** The code of the budget line this contribution covers, or null. */
  @Column(name = "line_code", length = 60)
  String lineCode;

  protected ContributionEntry() {}

  ContributionEntry(String programmeId) {
    this.programmeId = programmeId;
  }
}
