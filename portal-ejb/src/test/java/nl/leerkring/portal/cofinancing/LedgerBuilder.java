package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Small ledgers for tests: a programme over 2024, one version, sources and lines as added. */
final class LedgerBuilder {

  static final Period Y2024 = Period.year(2024);
  static final Period Y2025 = Period.year(2025);

  private Period period =
      new Period("2024–2025", LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
  private Percentage statedOwnShare;
  private final List<FundingSource> sources = new ArrayList<>();
  private final List<Contribution> contributions = new ArrayList<>();
  private final List<BudgetLine> lines = new ArrayList<>();
  private final List<BudgetVersion> extraVersions = new ArrayList<>();
  private final List<Allocation> allocations = new ArrayList<>();
  private final List<StatedTotal> stated = new ArrayList<>();

  static LedgerBuilder ledger() {
    return new LedgerBuilder();
  }

  static FundingSource grant(String id, long rate, long awarded, Period window) {
    return grant(id, Percentage.of(rate), Money.euros(awarded), window, true, Percentage.ZERO);
  }

  static FundingSource grant(
      String id, Percentage rate, Money awarded, Period window, boolean inKind, Percentage min) {
    return new FundingSource(
        id,
        id,
        "grantor",
        SourceKind.PROVINCIAL,
        "2024-001",
        LocalDate.of(2024, 1, 15),
        awarded,
        window,
        SourceStatus.AWARDED,
        new CofinancingRule(rate, inKind, min),
        List.of());
  }

  static BudgetLine line(String id, LineAmount... amounts) {
    return new BudgetLine(id, CostCategory.OTHER, id, List.of(amounts));
  }

  LedgerBuilder period(Period period) {
    this.period = period;
    return this;
  }

  LedgerBuilder ownShare(long percent) {
    this.statedOwnShare = Percentage.of(percent);
    return this;
  }

  LedgerBuilder source(FundingSource source) {
    sources.add(source);
    return this;
  }

  LedgerBuilder contribution(Contribution contribution) {
    contributions.add(contribution);
    return this;
  }

  LedgerBuilder line(BudgetLine line) {
    lines.add(line);
    return this;
  }

  LedgerBuilder version(BudgetVersion version) {
    extraVersions.add(version);
    return this;
  }

  LedgerBuilder allocate(String source, String line, long euros) {
    allocations.add(new Allocation(source, line, Money.euros(euros)));
    return this;
  }

  LedgerBuilder stated(StatedTotal.Subject subject, String id, long euros) {
    stated.add(new StatedTotal(subject, id, Money.euros(euros), "test"));
    return this;
  }

  ProgrammeLedger build() {
    List<BudgetVersion> versions = new ArrayList<>(extraVersions);
    versions.add(
        new BudgetVersion(
            versions.size() + 1,
            BudgetVersion.Kind.REVISED,
            LocalDate.of(2024, 1, 1),
            null,
            lines));
    return new ProgrammeLedger(
        "Test", period, statedOwnShare, sources, contributions, versions, allocations, stated);
  }
}
