package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.koffer.TextListConverter;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A gemeente's programme (Blijfwijk, Toekomstbestendige wijken, Buurtmakerij): its period, wijken,
 * phase and the totals its documents state, which the ledger keeps beside the computed ones.
 */
@Entity
@Table(name = "programme")
public class Programme extends TenantOwned {

  @Column(nullable = false, length = 200)
  String name;

  @Column(length = 4000)
  String description;

  @Column(name = "period_start", nullable = false)
  LocalDate periodStart;

  @Column(name = "period_end", nullable = false)
  LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  Phase phase;

  @Convert(converter = TextListConverter.class)
  @Column(length = 4000, nullable = false)
  List<String> wijken = new ArrayList<>();

  @Column(name = "stated_own_share", precision = 7, scale = 4)
  Percentage statedOwnShare;

  @Column(name = "stated_contributions", precision = 19, scale = 2)
  Money statedContributions;

  @Column(name = "stated_contributions_where", length = 500)
  String statedContributionsWhere;

  @Column(name = "stated_budget", precision = 19, scale = 2)
  Money statedBudget;

  @Column(name = "stated_budget_where", length = 500)
  String statedBudgetWhere;

  @Column(name = "created_at", nullable = false)
  Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 100)
  String createdBy;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt;

  @Column(name = "updated_by", nullable = false, length = 100)
  String updatedBy;

  protected Programme() {}

  Programme(String username) {
    this.createdAt = Instant.now();
    this.createdBy = username;
    touch(username);
  }

  void touch(String username) {
    this.updatedAt = Instant.now();
    this.updatedBy = username;
  }

  public String name() {
    return name;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  /** The programme's own fields as JSON shows them. */
  public ProgrammeData.Head head() {
    return new ProgrammeData.Head(
        id(),
        version(),
        name,
        description,
        periodStart,
        periodEnd,
        phase.label(),
        List.copyOf(wijken),
        statedOwnShare == null ? null : statedOwnShare.plain(),
        statedContributions == null ? null : statedContributions.plain(),
        statedContributionsWhere,
        statedBudget == null ? null : statedBudget.plain(),
        statedBudgetWhere,
        updatedAt,
        updatedBy);
  }
}
