package nl.leerkring.portal.cofinancing.rollup;

import java.util.List;
import java.util.Optional;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.cofinancing.RoundingPolicy;

/**
 * A circle's cofinancing at a glance, computed from its members' accepted statements. How every
 * figure is computed (years, planned, required, pledged, gap, the circle's sums and the withdrawal
 * scenarios) is defined in the {@link nl.leerkring.portal.cofinancing.rollup package
 * documentation}.
 *
 * @param years the calendar years shown (one when a year was asked for)
 * @param members per gemeente, in the order of the statements given
 * @param circle the circle's totals per year and in total (gemeente and name null)
 * @param withdrawals one scenario per member, in the members' order: what happens to the others'
 *     shares if it withdraws
 */
public record CircleRollup(
    List<Integer> years,
    List<MemberRollup> members,
    MemberRollup circle,
    List<Withdrawal> withdrawals) {

  public CircleRollup {
    years = List.copyOf(years);
    members = List.copyOf(members);
    withdrawals = List.copyOf(withdrawals);
  }

  /**
   * Computes the roll-up of the given statements (one per gemeente), for all calendar years their
   * ledgers touch, or only {@code year} when it is not null.
   *
   * @throws nl.leerkring.portal.PortalException (invalid) on two statements for one gemeente
   */
  public static CircleRollup of(List<MemberStatement> statements, Integer year) {
    return Rollups.compute(statements, year);
  }

  public Optional<MemberRollup> member(String gemeente) {
    return members.stream().filter(m -> m.gemeente().equals(gemeente)).findFirst();
  }

  public Optional<Withdrawal> withdrawal(String gemeente) {
    return withdrawals.stream().filter(w -> w.withdrawing().equals(gemeente)).findFirst();
  }

  /**
   * A member's share of what the circle must cofinance: its total required ÷ the circle's total
   * required ({@link RoundingPolicy#share}, zero when the circle requires nothing).
   */
  public Percentage requiredShare(MemberRollup member) {
    return RoundingPolicy.share(member.total().required(), circle.total().required());
  }
}
