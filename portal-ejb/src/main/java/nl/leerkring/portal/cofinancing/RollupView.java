package nl.leerkring.portal.cofinancing;

import java.util.List;
import nl.leerkring.portal.cofinancing.rollup.CircleRollup;
import nl.leerkring.portal.cofinancing.rollup.MemberRollup;
import nl.leerkring.portal.cofinancing.rollup.ShareChange;
import nl.leerkring.portal.cofinancing.rollup.Withdrawal;
import nl.leerkring.portal.cofinancing.rollup.YearFigures;

/**
 * The circle roll-up as the coordinator's page and {@code GET /api/circles/{slug}/rollup} show it,
 * amounts as plain-decimal strings; {@code withoutStatement} names the member gemeenten with no
 * accepted statement yet (their figures are not in the totals).
 */
public record RollupView(
    String circle,
    String circleName,
    Integer year,
    List<Integer> years,
    List<Member> members,
    Member total,
    List<WithdrawalView> withdrawals,
    List<String> withoutStatement) {

  /** One gemeente (or the circle, with gemeente null) per calendar year and in total. */
  public record Member(String gemeente, String name, List<Figures> years, Figures total) {}

  /** The figures of {@link YearFigures}; {@code year} null for the total. */
  public record Figures(
      Integer year,
      String planned,
      String actual,
      String subsidyAwarded,
      String subsidyReceived,
      String required,
      String pledgedInKind,
      String pledgedCash,
      String pledged,
      String realised,
      String gap) {}

  /** If {@code withdrawing} leaves: what each remaining gemeente must then cofinance. */
  public record WithdrawalView(String withdrawing, String redistributed, List<Change> changes) {}

  public record Change(
      String gemeente,
      String requiredBefore,
      String requiredAfter,
      String increase,
      String shareBefore,
      String shareAfter) {}

  static RollupView of(
      String circle, String circleName, Integer year, CircleRollup r, List<String> missing) {
    return new RollupView(
        circle,
        circleName,
        year,
        r.years(),
        r.members().stream().map(RollupView::member).toList(),
        member(r.circle()),
        r.withdrawals().stream().map(RollupView::withdrawal).toList(),
        missing);
  }

  private static Member member(MemberRollup m) {
    return new Member(
        m.gemeente(),
        m.name(),
        m.years().stream().map(RollupView::figures).toList(),
        figures(m.total()));
  }

  private static Figures figures(YearFigures f) {
    return new Figures(
        f.year(),
        plain(f.planned()),
        plain(f.actual()),
        plain(f.subsidyAwarded()),
        plain(f.subsidyReceived()),
        plain(f.required()),
        plain(f.pledgedInKind()),
        plain(f.pledgedCash()),
        plain(f.pledged()),
        plain(f.realised()),
        plain(f.gap()));
  }

  private static WithdrawalView withdrawal(Withdrawal w) {
    return new WithdrawalView(
        w.withdrawing(),
        plain(w.redistributed()),
        w.changes().stream().map(RollupView::change).toList());
  }

  private static Change change(ShareChange c) {
    return new Change(
        c.gemeente(),
        plain(c.requiredBefore()),
        plain(c.requiredAfter()),
        plain(c.increase()),
        c.shareBefore().plain(),
        c.shareAfter().plain());
  }

  private static String plain(Money money) {
    return money == null ? null : money.plain();
  }
}
