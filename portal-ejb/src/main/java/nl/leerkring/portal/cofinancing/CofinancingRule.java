package nl.leerkring.portal.cofinancing;

import java.util.Objects;

/**
 * How a funding source shares costs: it pays {@code rate} of the eligible total, contributions in
 * kind count towards the eligible total only if {@code inKindAllowed}, and the own share must be at
 * least {@code minimumOwnShare} of the total.
 */
public record CofinancingRule(Percentage rate, boolean inKindAllowed, Percentage minimumOwnShare) {

  public CofinancingRule {
    Objects.requireNonNull(rate, "A cofinancing rule needs a rate.");
    minimumOwnShare = minimumOwnShare == null ? Percentage.ZERO : minimumOwnShare;
  }
}
