package nl.leerkring.portal.cofinancing;

import java.util.List;

/**
 * A programme's ledger as the ledger page and {@code GET /api/programmes/{id}/ledger} show it: what
 * was entered, the totals computed from it, and every check.
 */
public record LedgerView(LedgerData ledger, Totals totals, List<CheckView> checks) {

  /**
   * The computed totals (plain decimals): the current budget's planned/actual/forecast, the
   * contributions in kind and in cash, the grants awarded and the own share (total − grants, and as
   * a percentage of the total).
   */
  public record Totals(
      String planned,
      String actual,
      String forecast,
      String contributions,
      String inKind,
      String cash,
      String grants,
      String ownShare,
      String ownSharePercentage) {}

  /**
   * One finding: {@code expected} is what the ledger computes or the rule demands, {@code actual}
   * what was entered or stated, {@code difference} the distance (never negative); {@code subject}
   * the id of the source or contribution, or the code of the budget line, it is about.
   */
  public record CheckView(
      String code,
      String severity,
      String subject,
      String message,
      String expected,
      String actual,
      String difference) {}
}
