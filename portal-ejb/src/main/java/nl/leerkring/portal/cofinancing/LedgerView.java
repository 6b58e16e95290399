package nl.leerkring.portal.cofinancing;

import jakarta.json.bind.annotation.JsonbTransient;
import java.util.List;

/**
 * A programme's ledger as the ledger page and {@code GET /api/programmes/{id}/ledger} show it: what
 * was entered, the totals computed from it, and every check.
 */
public record LedgerView(LedgerData ledger, Totals totals, List<CheckView> checks) {

  /** The view of any ledger data: the programme's own, or a statement's frozen copy. */
  public static LedgerView of(LedgerData data) {
    ProgrammeLedger ledger = LedgerAssembly.ledger(data);
    List<Check> checks = LedgerChecks.run(ledger);
    Money planned = ledger.budgetTotal();
    Money actual = Money.sum(ledger.lines().stream().map(l -> actualOf(l)).toList());
    Money forecast = Money.sum(ledger.lines().stream().map(BudgetLine::outcomeTotal).toList());
    Money inKind =
        Money.sum(
            ledger.contributions().stream()
                .filter(c -> c.form() == ContributionForm.IN_KIND)
                .map(Contribution::value)
                .toList());
    Money cash =
        Money.sum(
            ledger.contributions().stream()
                .filter(c -> c.form() == ContributionForm.CASH)
                .map(Contribution::value)
                .toList());
    // As the roll-up counts them: a subsidy taken back is no longer part of the funding.
    List<Money> grants =
        ledger.grants().stream()
            .filter(g -> g.status() != nl.leerkring.portal.cofinancing.SourceStatus.RECLAIMED)
            .map(FundingSource::awarded)
            .toList();
    Money own = RoundingPolicy.ownShare(planned, grants);
    return new LedgerView(
        data,
        new LedgerView.Totals(
            planned.plain(),
            actual.plain(),
            forecast.plain(),
            inKind.plus(cash).plain(),
            inKind.plain(),
            cash.plain(),
            Money.sum(grants).plain(),
            own.plain(),
            RoundingPolicy.share(own, planned).plain()),
        checks.stream().map(CheckView::of).toList());
  }

  private static Money actualOf(BudgetLine line) {
    return Money.sum(
        line.amounts().stream().map(LineAmount::actual).filter(a -> a != null).toList());
  }

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
   *
   * <p>{@code args} are the typed arguments of the explanation (see {@link CheckCode}); the web
   * layer words it in the reader's language into {@code message} ({@link #worded}), which the
   * boundary leaves null.
   */
  public record CheckView(
      String code,
      String severity,
      String subject,
      String message,
      String expected,
      String actual,
      String difference,
      @JsonbTransient List<Object> args) {

    static CheckView of(Check c) {
      return new CheckView(
          c.code().name(),
          c.severity().name(),
          c.subject(),
          null,
          c.expected() == null ? null : c.expected().plain(),
          c.actual() == null ? null : c.actual().plain(),
          c.difference() == null ? null : c.difference().plain(),
          c.args());
    }

    /** The message key of the explanation. */
    public CheckCode explanation() {
      return CheckCode.valueOf(code);
    }

    /** The same finding with its explanation in words. */
    public CheckView worded(String words) {
      return new CheckView(code, severity, subject, words, expected, actual, difference, args);
    }
  }

  /** The same view with every finding's explanation in words ({@link CheckView#worded}). */
  public LedgerView worded(java.util.function.Function<CheckView, String> words) {
    return new LedgerView(
        ledger, totals, checks.stream().map(c -> c.worded(words.apply(c))).toList());
  }
}
