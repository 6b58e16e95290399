package nl.leerkring.portal.cofinancing;

import java.util.Objects;
import nl.leerkring.portal.PortalException;

/**
 * What one partner puts into the programme: cash, or hours × an hourly rate in kind.
 *
 * @param alreadyBudgeted whether it is already in the municipal budget (so no new money)
 * @param lineId the budget line whose costs this contribution covers, or null
 */
public record Contribution(
    String id,
    String partner,
    ContributionForm form,
    Money cash,
    Hours hours,
    HourlyRate hourlyRate,
    boolean alreadyBudgeted,
    String lineId) {

  public Contribution {
    Objects.requireNonNull(id, "A contribution needs an id.");
    Objects.requireNonNull(form, "Contribution " + id + " needs a form (cash or in kind).");
    if (form == ContributionForm.CASH) {
      if (cash == null || cash.isNegative()) {
        throw PortalException.invalidField("cash", LedgerCode.CASH_NEEDS_AMOUNT, id);
      }
      if (hours != null || hourlyRate != null) {
        throw PortalException.invalidField("hours", LedgerCode.CASH_HAS_NO_HOURS, id);
      }
    } else {
      if (hours == null || hourlyRate == null) {
        throw PortalException.invalidField(
            hours == null ? "hours" : "hourlyRate", LedgerCode.IN_KIND_NEEDS_HOURS, id);
      }
      if (cash != null) {
        throw PortalException.invalidField("cash", LedgerCode.IN_KIND_HAS_NO_CASH, id);
      }
    }
  }

  public static Contribution cash(
      String id, String partner, Money amount, boolean alreadyBudgeted, String lineId) {
    return new Contribution(
        id, partner, ContributionForm.CASH, amount, null, null, alreadyBudgeted, lineId);
  }

  public static Contribution inKind(
      String id,
      String partner,
      Hours hours,
      HourlyRate rate,
      boolean alreadyBudgeted,
      String lineId) {
    return new Contribution(
        id, partner, ContributionForm.IN_KIND, null, hours, rate, alreadyBudgeted, lineId);
  }

  /** The cash amount, or hours × rate rounded by {@link RoundingPolicy#valueOfHours}. */
  public Money value() {
    return form == ContributionForm.CASH
        ? cash
        : RoundingPolicy.valueOfHours(hours, hourlyRate.perHour());
  }
}
