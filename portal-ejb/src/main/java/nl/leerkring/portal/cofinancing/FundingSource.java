package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * Money for a programme from one grantor, as entered from its decision.
 *
 * @param id unique within the programme's ledger
 * @param decisionNumber and {@code decisionDate}: null while the source is only applied for
 * @param awarded the amount in the decision (or applied for), never negative
 * @param eligibility the window in which costs may be incurred for this source
 * @param yearlyAmounts the award as stated per calendar year, if the decision states it that way
 *     (empty otherwise)
 */
public record FundingSource(
    String id,
    String name,
    String grantor,
    SourceKind kind,
    String decisionNumber,
    LocalDate decisionDate,
    Money awarded,
    Period eligibility,
    SourceStatus status,
    CofinancingRule rule,
    List<YearAmount> yearlyAmounts) {

  public FundingSource {
    Objects.requireNonNull(id, "A funding source needs an id.");
    Objects.requireNonNull(kind, "Funding source " + id + " needs a kind.");
    Objects.requireNonNull(awarded, "Funding source " + id + " needs an amount.");
    Objects.requireNonNull(eligibility, "Funding source " + id + " needs an eligibility window.");
    Objects.requireNonNull(status, "Funding source " + id + " needs a status.");
    Objects.requireNonNull(rule, "Funding source " + id + " needs a cofinancing rule.");
    if (awarded.isNegative()) {
      throw PortalException.invalid(LedgerCode.NEGATIVE, awarded);
    }
    yearlyAmounts = yearlyAmounts == null ? List.of() : List.copyOf(yearlyAmounts);
    name = name == null || name.isBlank() ? id : name;
  }

  public Money yearlyAmountsTotal() {
    return Money.sum(yearlyAmounts.stream().map(YearAmount::amount).toList());
  }
}
