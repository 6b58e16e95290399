package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A programme's ledger as JSON shows it: amounts, hours and percentages are strings with plain
 * decimals ({@code "101520.00"}), so no client ever rounds them through a binary float. The same
 * shapes are the bodies of the ledger's REST writes (computed fields are ignored there) and the
 * frozen content of a cofinancing statement.
 */
public record LedgerData(
    String programme,
    String name,
    LocalDate periodStart,
    LocalDate periodEnd,
    String statedOwnShare,
    String statedContributions,
    String statedContributionsWhere,
    String statedBudget,
    String statedBudgetWhere,
    List<Source> sources,
    List<Contribution> contributions,
    List<Version> versions) {

  public LedgerData {
    sources = sources == null ? List.of() : List.copyOf(sources);
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
    versions = versions == null ? List.of() : List.copyOf(versions);
  }

  /** A funding source; {@code kind} and {@code status} are the enum names (case-insensitive). */
  public record Source(
      String id,
      Long version,
      String name,
      String grantor,
      String kind,
      String decisionNumber,
      LocalDate decisionDate,
      String awarded,
      LocalDate eligibleFrom,
      LocalDate eligibleUntil,
      String status,
      String rate,
      Boolean inKindAllowed,
      String minimumOwnShare,
      String statedAward,
      String statedWhere,
      List<YearAmount> yearlyAmounts,
      List<Allocation> allocations) {

    /** A stored source as JSON shows it. */
    static Source of(FundingSource s) {
      return new Source(
          s.id(),
          s.version(),
          s.name(),
          s.grantor(),
          code(s.kind()),
          s.decisionNumber(),
          s.decisionDate(),
          s.awarded().plain(),
          s.eligibleFrom,
          s.eligibleUntil,
          code(s.status()),
          s.rate.plain(),
          s.inKindAllowed,
          s.minimumOwnShare.plain(),
          plain(s.statedAward()),
          s.statedWhere(),
          s.yearlyAmounts().stream()
              .map(y -> new YearAmount(y.year(), y.amount().plain()))
              .toList(),
          s.allocations().stream()
              .map(a -> new Allocation(a.lineId(), a.amount().plain()))
              .toList());
    }
  }

  static String code(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  static String plain(Money amount) {
    return amount == null ? null : amount.plain();
  }

  public record YearAmount(Integer year, String amount) {}

  /** Part of a source assigned to the costs of the budget line with this code. */
  public record Allocation(String line, String amount) {}

  /**
   * A contribution: {@code form} is {@code cash} (with {@code cash}) or {@code in_kind} (with
   * {@code hours}, {@code hourlyRate} and {@code rateValidFrom}); {@code value} is computed.
   */
  public record Contribution(
      String id,
      Long version,
      String partner,
      String form,
      String cash,
      String hours,
      String hourlyRate,
      LocalDate rateValidFrom,
      Boolean alreadyBudgeted,
      String line,
      String value) {}

  /** A budget version; {@code current} is computed (the version that starts last). */
  public record Version(
      String id,
      Long version,
      Integer number,
      String kind,
      LocalDate validFrom,
      LocalDate validUntil,
      String note,
      Boolean current,
      List<Line> lines) {}

  /** A cost line; the totals are computed over its amounts. */
  public record Line(
      String id,
      Long version,
      String code,
      String category,
      String description,
      String statedTotal,
      String statedWhere,
      List<Amount> amounts,
      String plannedTotal,
      String actualTotal,
      String forecastTotal) {}

  /** A line's amounts in one period; actual and forecast stay null until entered. */
  public record Amount(
      String label,
      LocalDate start,
      LocalDate end,
      String planned,
      String actual,
      String forecast) {}
}
