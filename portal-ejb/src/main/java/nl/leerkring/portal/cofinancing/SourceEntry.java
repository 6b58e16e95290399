package nl.leerkring.portal.cofinancing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A funding source of a programme as stored. Its yearly amounts and its allocations to budget lines
 * are small lists entered with the source, kept as JSON (see {@link LedgerData}).
 */
@Entity
@Table(name = "ledger_source")
public class SourceEntry extends TenantOwned {

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(nullable = false, length = 200)
  String name;

  @Column(length = 300)
  String grantor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  SourceKind kind;

  @Column(name = "decision_number", length = 100)
  String decisionNumber;

  @Column(name = "decision_date")
  LocalDate decisionDate;

  @Column(nullable = false, precision = 19, scale = 2)
  Money awarded;

  @Column(name = "eligible_from", nullable = false)
  LocalDate eligibleFrom;

  @Column(name = "eligible_until", nullable = false)
  LocalDate eligibleUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  SourceStatus status;

  @Column(nullable = false, precision = 7, scale = 4)
  Percentage rate;

  @Column(name = "in_kind_allowed", nullable = false)
  boolean inKindAllowed;

  @Column(name = "min_own_share", nullable = false, precision = 7, scale = 4)
  Percentage minimumOwnShare;

  @Column(name = "stated_award", precision = 19, scale = 2)
  Money statedAward;

  @Column(name = "stated_where", length = 500)
  String statedWhere;

  @Column(name = "yearly_amounts", nullable = false, length = 4000)
  String yearlyAmounts = "[]";

  @Column(nullable = false, length = 8000)
  String allocations = "[]";

  protected SourceEntry() {}

  SourceEntry(String programmeId) {
    this.programmeId = programmeId;
  }

  /**
   * Takes what the ledger core read (every field validated and named), with the award as the
   * decision states it and the small lists as their JSON; the status moves as {@link #moveTo} lets
   * it.
   */
  void record(
      FundingSource source,
      Money statedAward,
      String statedWhere,
      String yearlyAmountsJson,
      String allocationsJson) {
    name = source.name();
    grantor = source.grantor();
    kind = source.kind();
    decisionNumber = source.decisionNumber();
    decisionDate = source.decisionDate();
    awarded = source.awarded();
    eligibleFrom = source.eligibility().start();
    eligibleUntil = source.eligibility().end();
    moveTo(source.status());
    rate = source.rule().rate();
    inKindAllowed = source.rule().inKindAllowed();
    minimumOwnShare = source.rule().minimumOwnShare();
    this.statedAward = statedAward;
    this.statedWhere = statedWhere;
    yearlyAmounts = yearlyAmountsJson;
    allocations = allocationsJson;
  }

  /**
   * A new source starts in any status; a saved one stays or moves one step on (applied → awarded →
   * established → reclaimed) and never back.
   */
  void moveTo(SourceStatus next) {
    if (status != null && status != next && !status.canMoveTo(next)) {
      throw PortalException.invalidField("status", CofinancingCode.STATUS_STEP, status, next);
    }
    status = next;
  }
}
