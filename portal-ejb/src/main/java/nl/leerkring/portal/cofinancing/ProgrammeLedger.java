package nl.leerkring.portal.cofinancing;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.leerkring.portal.PortalException;

/**
 * Everything {@link LedgerChecks} needs about one programme's money, as entered: an immutable
 * snapshot, built by the boundary from the stored rows (or by {@link DuivenExample}).
 *
 * <p>The constructor rejects what cannot be checked at all (a missing id, an allocation to a source
 * or line that does not exist, duplicate ids); everything a person may have entered wrongly but
 * that can still be shown beside the right number is left to {@link LedgerChecks}.
 *
 * @param statedOwnShare the own share as a percentage, as the plan states it; null if not stated
 */
public record ProgrammeLedger(
    String programme,
    Period period,
    Percentage statedOwnShare,
    List<FundingSource> sources,
    List<Contribution> contributions,
    List<BudgetVersion> versions,
    List<Allocation> allocations,
    List<StatedTotal> statedTotals) {

  public ProgrammeLedger {
    Objects.requireNonNull(programme, "A ledger belongs to a programme.");
    Objects.requireNonNull(period, "Programme " + programme + " needs a period.");
    sources = sources == null ? List.of() : List.copyOf(sources);
    contributions = contributions == null ? List.of() : List.copyOf(contributions);
    versions = versions == null ? List.of() : List.copyOf(versions);
    allocations = allocations == null ? List.of() : List.copyOf(allocations);
    statedTotals = statedTotals == null ? List.of() : List.copyOf(statedTotals);
    requireUnique(sources.stream().map(FundingSource::id).toList());
    requireUnique(contributions.stream().map(Contribution::id).toList());
    requireUnique(versions.stream().map(v -> String.valueOf(v.number())).toList());
    for (BudgetVersion version : versions) {
      requireUnique(version.lines().stream().map(BudgetLine::id).toList());
    }
    Set<String> sourceIds = new HashSet<>(sources.stream().map(FundingSource::id).toList());
    Set<String> lineIds = new HashSet<>();
    currentOf(versions).ifPresent(v -> v.lines().forEach(l -> lineIds.add(l.id())));
    for (Allocation allocation : allocations) {
      if (!sourceIds.contains(allocation.sourceId())) {
        throw PortalException.invalid(LedgerCode.NO_SUCH_SOURCE, allocation.sourceId());
      }
      if (!lineIds.contains(allocation.lineId())) {
        throw PortalException.invalid(LedgerCode.NO_SUCH_LINE, allocation.lineId());
      }
    }
    for (Contribution contribution : contributions) {
      if (contribution.lineId() != null && !lineIds.contains(contribution.lineId())) {
        throw PortalException.invalid(LedgerCode.NO_SUCH_LINE, contribution.lineId());
      }
    }
    for (StatedTotal stated : statedTotals) {
      if (stated.subject() == StatedTotal.Subject.SOURCE_AWARD
          && !sourceIds.contains(stated.subjectId())) {
        throw PortalException.invalid(LedgerCode.NO_SUCH_SOURCE, stated.subjectId());
      }
      if (stated.subject() == StatedTotal.Subject.LINE && !lineIds.contains(stated.subjectId())) {
        throw PortalException.invalid(LedgerCode.NO_SUCH_LINE, stated.subjectId());
      }
    }
  }

  private static void requireUnique(List<String> ids) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw PortalException.invalid(LedgerCode.DUPLICATE_ID, id);
      }
    }
  }

  private static Optional<BudgetVersion> currentOf(List<BudgetVersion> versions) {
    return versions.stream()
        .max(Comparator.comparing(BudgetVersion::validFrom).thenComparing(BudgetVersion::number));
  }

  /** The version that counts: the one that starts last. */
  public Optional<BudgetVersion> currentVersion() {
    return currentOf(versions);
  }

  /** The lines of the current version; empty without a budget. */
  public List<BudgetLine> lines() {
    return currentVersion().map(BudgetVersion::lines).orElse(List.of());
  }

  public Optional<BudgetLine> line(String id) {
    return lines().stream().filter(l -> l.id().equals(id)).findFirst();
  }

  public Optional<FundingSource> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Money contributionsTotal() {
    return Money.sum(contributions.stream().map(Contribution::value).toList());
  }

  public Money budgetTotal() {
    return Money.sum(lines().stream().map(BudgetLine::plannedTotal).toList());
  }

  public List<FundingSource> grants() {
    return sources.stream().filter(s -> s.kind().isGrant()).toList();
  }
}
