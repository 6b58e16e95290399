package nl.leerkring.portal.cofinancing;

import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.ledger.Allocation;
import nl.leerkring.portal.ledger.BudgetLine;
import nl.leerkring.portal.ledger.BudgetVersion;
import nl.leerkring.portal.ledger.CofinancingRule;
import nl.leerkring.portal.ledger.Contribution;
import nl.leerkring.portal.ledger.ContributionForm;
import nl.leerkring.portal.ledger.CostCategory;
import nl.leerkring.portal.ledger.FundingSource;
import nl.leerkring.portal.ledger.HourlyRate;
import nl.leerkring.portal.ledger.LineAmount;
import nl.leerkring.portal.ledger.Money;
import nl.leerkring.portal.ledger.Period;
import nl.leerkring.portal.ledger.ProgrammeLedger;
import nl.leerkring.portal.ledger.SourceKind;
import nl.leerkring.portal.ledger.SourceStatus;
import nl.leerkring.portal.ledger.StatedTotal;
import nl.leerkring.portal.ledger.YearAmount;

/**
 * Turns {@link LedgerData} (what is stored, or what a statement froze) into the ledger core's
 * {@link ProgrammeLedger}, so the checks, the roll-up and the exports all read one model. Budget
 * lines are known to the core by their code, sources and contributions by their id.
 */
public final class LedgerAssembly {

  private LedgerAssembly() {}

  public static ProgrammeLedger ledger(LedgerData data) {
    Fields programme = Fields.of("Programme '" + data.name() + "'");
    Period period =
        new Period(
            null,
            programme.date("period start", data.periodStart()),
            programme.date("period end", data.periodEnd()));
    List<StatedTotal> stated = new ArrayList<>();
    Money statedContributions =
        programme.optionalMoney("stated contributions", data.statedContributions());
    if (statedContributions != null) {
      stated.add(
          new StatedTotal(
              StatedTotal.Subject.CONTRIBUTIONS,
              null,
              statedContributions,
              data.statedContributionsWhere()));
    }
    Money statedBudget = programme.optionalMoney("stated budget", data.statedBudget());
    if (statedBudget != null) {
      stated.add(
          new StatedTotal(
              StatedTotal.Subject.BUDGET, null, statedBudget, data.statedBudgetWhere()));
    }
    List<FundingSource> sources = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    for (LedgerData.Source s : Fields.items("Funding sources", data.sources(), 200)) {
      sources.add(source(s));
      Fields fields = Fields.of("Funding source '" + s.name() + "'");
      Money statedAward = fields.optionalMoney("stated award", s.statedAward());
      if (statedAward != null) {
        stated.add(
            new StatedTotal(
                StatedTotal.Subject.SOURCE_AWARD, s.id(), statedAward, s.statedWhere()));
      }
      for (LedgerData.Allocation a :
          Fields.items("Funding source '" + s.name() + "' › allocations", s.allocations(), 200)) {
        allocations.add(
            new Allocation(
                s.id(),
                fields.text("allocation line", a.line(), 60),
                fields.money("allocation amount", a.amount())));
      }
    }
    List<BudgetVersion> versions = new ArrayList<>();
    for (LedgerData.Version v : Fields.items("Budget versions", data.versions(), 50)) {
      versions.add(version(v));
    }
    ProgrammeLedger withoutLineTotals =
        new ProgrammeLedger(
            data.name(),
            period,
            programme.optionalPercentage("stated own share", data.statedOwnShare()),
            sources,
            contributions(data.contributions()),
            versions,
            allocations,
            stated);
    // Stated line totals only mean something for the lines that count: the current version's.
    List<String> currentCodes = withoutLineTotals.lines().stream().map(BudgetLine::id).toList();
    boolean added = false;
    for (LedgerData.Version v : data.versions()) {
      for (LedgerData.Line line : nullSafe(v.lines())) {
        Money statedLine =
            Fields.of("Budget line '" + line.description() + "'")
                .optionalMoney("stated total", line.statedTotal());
        if (statedLine != null
            && currentCodes.contains(line.code())
            && withoutLineTotals.currentVersion().get().number() == v.number()) {
          stated.add(
              new StatedTotal(
                  StatedTotal.Subject.LINE, line.code(), statedLine, line.statedWhere()));
          added = true;
        }
      }
    }
    return !added
        ? withoutLineTotals
        : new ProgrammeLedger(
            withoutLineTotals.programme(),
            period,
            withoutLineTotals.statedOwnShare(),
            sources,
            withoutLineTotals.contributions(),
            versions,
            allocations,
            stated);
  }

  static FundingSource source(LedgerData.Source s) {
    Fields fields = Fields.of("Funding source '" + s.name() + "'");
    List<YearAmount> yearly = new ArrayList<>();
    for (LedgerData.YearAmount y :
        Fields.items("Funding source '" + s.name() + "' › yearly amounts", s.yearlyAmounts(), 50)) {
      Fields.year("Funding source '" + s.name() + "' › yearly amount", y.year());
      yearly.add(new YearAmount(y.year(), fields.money("amount for " + y.year(), y.amount())));
    }
    return new FundingSource(
        s.id(),
        fields.text("name", s.name(), 200),
        fields.optionalText("grantor", s.grantor(), 300),
        fields.choice(SourceKind.class, "kind", s.kind(), null),
        fields.optionalText("decision number", s.decisionNumber(), 100),
        s.decisionDate(),
        fields.money("awarded", s.awarded()),
        new Period(
            null,
            fields.date("eligible from", s.eligibleFrom()),
            fields.date("eligible until", s.eligibleUntil())),
        fields.choice(SourceStatus.class, "status", s.status(), SourceStatus.APPLIED),
        new CofinancingRule(
            fields.percentage("rate", s.rate()),
            Boolean.TRUE.equals(s.inKindAllowed()),
            fields.optionalPercentage("minimum own share", s.minimumOwnShare())),
        yearly);
  }

  static List<Contribution> contributions(List<LedgerData.Contribution> entries) {
    List<Contribution> contributions = new ArrayList<>();
    for (LedgerData.Contribution c : Fields.items("Contributions", entries, 500)) {
      contributions.add(contribution(c));
    }
    return contributions;
  }

  static Contribution contribution(LedgerData.Contribution c) {
    Fields fields = Fields.of("Contribution of '" + c.partner() + "'");
    String partner = fields.text("partner", c.partner(), 200);
    ContributionForm form = fields.choice(ContributionForm.class, "form", c.form(), null);
    boolean budgeted = Boolean.TRUE.equals(c.alreadyBudgeted());
    String line = Fields.blank(c.line()) ? null : c.line().strip();
    if (form == ContributionForm.CASH) {
      if (!Fields.blank(c.hours()) || !Fields.blank(c.hourlyRate())) {
        throw nl.leerkring.portal.PortalException.invalid(
            "Contribution of '" + partner + "': a cash contribution has no hours or hourly rate.");
      }
      return Contribution.cash(c.id(), partner, fields.money("cash", c.cash()), budgeted, line);
    }
    if (!Fields.blank(c.cash())) {
      throw nl.leerkring.portal.PortalException.invalid(
          "Contribution of '" + partner + "': a contribution in kind has no cash amount.");
    }
    // A rate without a valid-from date reaches the checks, which report it beside the field.
    return Contribution.inKind(
        c.id(),
        partner,
        fields.hours("hours", c.hours()),
        new HourlyRate(fields.money("hourly rate", c.hourlyRate()), c.rateValidFrom()),
        budgeted,
        line);
  }

  static BudgetVersion version(LedgerData.Version v) {
    Fields fields = Fields.of("Budget version " + v.number());
    List<BudgetLine> lines = new ArrayList<>();
    for (LedgerData.Line line : Fields.items("Budget version › lines", v.lines(), 300)) {
      lines.add(line(line));
    }
    return new BudgetVersion(
        v.number() == null ? 0 : v.number(),
        fields.choice(BudgetVersion.Kind.class, "kind", v.kind(), BudgetVersion.Kind.ORIGINAL),
        fields.date("valid from", v.validFrom()),
        v.validUntil(),
        lines);
  }

  static BudgetLine line(LedgerData.Line line) {
    Fields fields = Fields.of("Budget line '" + line.description() + "'");
    List<LineAmount> amounts = new ArrayList<>();
    for (LedgerData.Amount a :
        Fields.items("Budget line '" + line.description() + "' › amounts", line.amounts(), 120)) {
      Fields period = Fields.of("Budget line '" + line.description() + "' › " + label(a));
      period.optionalText("label", a.label(), 100);
      amounts.add(
          new LineAmount(
              new Period(a.label(), period.date("start", a.start()), period.date("end", a.end())),
              period.money("planned", a.planned()),
              period.optionalMoney("actual", a.actual()),
              period.optionalMoney("forecast", a.forecast())));
    }
    return new BudgetLine(
        fields.text("code", line.code(), 60),
        fields.choice(CostCategory.class, "category", line.category(), CostCategory.OTHER),
        fields.text("description", line.description(), 300),
        amounts);
  }

  private static String label(LedgerData.Amount a) {
    return a.label() != null && !a.label().isBlank() ? a.label() : (a.start() + " – " + a.end());
  }

  static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
