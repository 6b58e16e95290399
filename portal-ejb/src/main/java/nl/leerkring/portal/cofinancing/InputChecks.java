package nl.leerkring.portal.cofinancing;

import java.util.ArrayList;
import java.util.List;

/**
 * The checks that find input the ledger cannot hold ({@link Severity#ERROR}): budget versions that
 * overlap, an hourly rate without the day it is valid from, a line period outside the programme.
 * When one fails nothing is saved. Part of {@link LedgerChecks#run}, which orders them first.
 */
final class InputChecks {

  private InputChecks() {}

  static List<Check> overlappingVersions(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    List<BudgetVersion> versions = ledger.versions();
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        BudgetVersion a = versions.get(i);
        BudgetVersion b = versions.get(j);
        if (a.overlaps(b)) {
          checks.add(
              Check.error(
                  CheckCode.OVERLAPPING_BUDGET_VERSIONS,
                  "version-" + b.number(),
                  a.number(),
                  a.validFrom(),
                  until(a),
                  b.number(),
                  b.validFrom(),
                  until(b)));
        }
      }
    }
    return checks;
  }

  /** The last day of a version, or the words for an open end. */
  private static Object until(BudgetVersion version) {
    return version.validUntil() == null ? LedgerCode.OPEN_END : version.validUntil();
  }

  static List<Check> hourlyRatesWithoutValidFrom(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    for (Contribution contribution : ledger.contributions()) {
      if (contribution.form() == ContributionForm.IN_KIND
          && contribution.hourlyRate().validFrom() == null) {
        checks.add(
            Check.error(
                CheckCode.HOURLY_RATE_WITHOUT_VALID_FROM,
                contribution.id(),
                contribution.hourlyRate().perHour(),
                LedgerChecks.name(contribution)));
      }
    }
    return checks;
  }

  static List<Check> linePeriodsOutsideProgramme(ProgrammeLedger ledger) {
    List<Check> checks = new ArrayList<>();
    Period programme = ledger.period();
    for (BudgetLine line : ledger.lines()) {
      for (LineAmount amount : line.amounts()) {
        if (!programme.contains(amount.period())) {
          checks.add(
              Check.error(
                  CheckCode.LINE_PERIOD_OUTSIDE_PROGRAMME,
                  line.id(),
                  line.description(),
                  amount.planned(),
                  amount.period().start(),
                  amount.period().end(),
                  programme.start(),
                  programme.end()));
        }
      }
    }
    return checks;
  }
}
