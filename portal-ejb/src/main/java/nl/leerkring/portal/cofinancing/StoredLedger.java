package nl.leerkring.portal.cofinancing;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.leerkring.portal.programmes.Programme;

/**
 * Reads a programme's stored ledger rows in the gemeente's workspace (the EntityManager's tenant)
 * as {@link LedgerData}: what the ledger page, the checks, a statement and the exports start from.
 * Only {@link Ledgers} and {@link LedgerCascade} write the rows.
 */
final class StoredLedger {

  private StoredLedger() {}

  /** The ledger of a programme as entered, with each line's totals; sources by eligibility. */
  static LedgerData read(EntityManager em, Programme p) {
    List<VersionEntry> versions = versions(em, p.id());
    Optional<VersionEntry> current = current(versions);
    List<LedgerData.Version> versionData = new ArrayList<>();
    for (VersionEntry v : versions) {
      List<LedgerData.Line> lines = new ArrayList<>();
      for (LineEntry l : lines(em, v.id())) {
        List<LedgerData.Amount> amounts = amounts(l.amounts);
        lines.add(
            new LedgerData.Line(
                l.id(),
                l.version(),
                l.code,
                l.category.name().toLowerCase(Locale.ROOT),
                l.description,
                l.statedTotal == null ? null : l.statedTotal.plain(),
                l.statedWhere,
                amounts,
                sum(amounts, LedgerData.Amount::planned),
                sum(amounts, LedgerData.Amount::actual),
                outcome(amounts)));
      }
      versionData.add(
          new LedgerData.Version(
              v.id(),
              v.version(),
              v.number,
              v.kind.name().toLowerCase(Locale.ROOT),
              v.validFrom,
              v.validUntil,
              v.note,
              current.isPresent() && current.get() == v,
              lines));
    }
    List<LedgerData.Source> sources =
        rowsOf(em, FundingSource.class, p.id()).stream()
            .sorted(
                Comparator.comparing((FundingSource s) -> s.eligibleFrom)
                    .thenComparing(s -> s.name))
            .map(LedgerData.Source::of)
            .toList();
    List<LedgerData.Contribution> contributions =
        rowsOf(em, ContributionEntry.class, p.id()).stream()
            .sorted(Comparator.comparing((ContributionEntry c) -> c.partner))
            .map(StoredLedger::contributionData)
            .toList();
    nl.leerkring.portal.programmes.ProgrammeData.Head head = p.head();
    return new LedgerData(
        p.id(),
        p.name(),
        p.periodStart(),
        p.periodEnd(),
        head.statedOwnShare(),
        head.statedContributions(),
        head.statedContributionsWhere(),
        head.statedBudget(),
        head.statedBudgetWhere(),
        sources,
        contributions,
        versionData);
  }

  private static LedgerData.Contribution contributionData(ContributionEntry c) {
    LedgerData.Contribution data =
        new LedgerData.Contribution(
            c.id(),
            c.version(),
            c.partner,
            c.form.name().toLowerCase(Locale.ROOT),
            c.cash == null ? null : c.cash.plain(),
            c.hours == null ? null : c.hours.value().stripTrailingZeros().toPlainString(),
            c.hourlyRate == null ? null : c.hourlyRate.plain(),
            c.rateValidFrom,
            c.alreadyBudgeted,
            c.lineCode,
            null);
    return new LedgerData.Contribution(
        data.id(),
        data.version(),
        data.partner(),
        data.form(),
        data.cash(),
        data.hours(),
        data.hourlyRate(),
        data.rateValidFrom(),
        data.alreadyBudgeted(),
        data.line(),
        LedgerAssembly.contribution(data).value().plain());
  }

  private static List<LedgerData.Amount> amounts(String json) {
    return List.of(Ledgers.JSON.fromJson(json, LedgerData.Amount[].class));
  }

  private static String sum(
      List<LedgerData.Amount> amounts, java.util.function.Function<LedgerData.Amount, String> f) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (LedgerData.Amount a : amounts) {
      String value = f.apply(a);
      if (value != null) {
        total = total.add(new BigDecimal(value));
      }
    }
    return total.toPlainString();
  }

  private static String outcome(List<LedgerData.Amount> amounts) {
    BigDecimal total = BigDecimal.ZERO.setScale(2);
    for (LedgerData.Amount a : amounts) {
      String value =
          a.forecast() != null ? a.forecast() : a.actual() != null ? a.actual() : a.planned();
      total = total.add(new BigDecimal(value));
    }
    return total.toPlainString();
  }

  static List<VersionEntry> versions(EntityManager em, String programmeId) {
    return rowsOf(em, VersionEntry.class, programmeId).stream()
        .sorted(Comparator.comparingInt(v -> v.number))
        .toList();
  }

  /** The version that counts: the one that starts last (as {@link ProgrammeLedger} decides). */
  static Optional<VersionEntry> current(List<VersionEntry> versions) {
    return versions.stream()
        .max(Comparator.comparing((VersionEntry v) -> v.validFrom).thenComparingInt(v -> v.number));
  }

  static List<LineEntry> lines(EntityManager em, String versionId) {
    return em.createQuery(
            "select l from LineEntry l where l.versionId = :v order by l.sortOrder, l.code",
            LineEntry.class)
        .setParameter("v", versionId)
        .getResultList();
  }

  static <T> List<T> rowsOf(EntityManager em, Class<T> type, String programmeId) {
    return em.createQuery(
            "select x from " + type.getSimpleName() + " x where x.programmeId = :p", type)
        .setParameter("p", programmeId)
        .getResultList();
  }
}
