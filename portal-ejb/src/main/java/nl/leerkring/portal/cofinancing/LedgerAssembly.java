package nl.leerkring.portal.cofinancing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link LedgerData} (what is stored, or what a statement froze) into the ledger core's
 * {@link ProgrammeLedger}, so the checks, the roll-up and the exports all read one model. Budget
 * lines are known to the core by their code, sources and contributions by their id.
 */
public final class LedgerAssembly {

  private LedgerAssembly() {}

  public static ProgrammeLedger ledger(LedgerData data) {
    Fields programme = Fields.of("");
    LocalDate periodStart = programme.date("periodStart", data.periodStart());
    LocalDate periodEnd = programme.date("periodEnd", data.periodEnd());
    Money statedContributions =
        programme.optionalMoney("statedContributions", data.statedContributions());
    Money statedBudget = programme.optionalMoney("statedBudget", data.statedBudget());
    Percentage statedOwnShare =
        programme.optionalPercentage("statedOwnShare", data.statedOwnShare());
    List<LedgerData.Source> sourceData = programme.items("sources", data.sources(), 200);
    List<LedgerData.Version> versionData = programme.items("versions", data.versions(), 50);
    List<LedgerData.Contribution> contributionData =
        programme.items("contributions", data.contributions(), 500);
    programme.done();
    List<StatedTotal> stated = new ArrayList<>();
    if (statedContributions != null) {
      stated.add(
          new StatedTotal(
              StatedTotal.Subject.CONTRIBUTIONS,
              null,
              statedContributions,
              data.statedContributionsWhere()));
    }
    if (statedBudget != null) {
      stated.add(
          new StatedTotal(
              StatedTotal.Subject.BUDGET, null, statedBudget, data.statedBudgetWhere()));
    }
    List<FundingSource> sources = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    for (int i = 0; i < sourceData.size(); i++) {
      LedgerData.Source s = sourceData.get(i);
      Fields fields = Fields.of("sources[" + i + "].");
      FundingSource source = source(s, fields);
      Money statedAward = fields.optionalMoney("statedAward", s.statedAward());
      List<Allocation> read = allocations(s.id(), s.allocations(), fields);
      fields.done();
      sources.add(source);
      allocations.addAll(read);
      if (statedAward != null) {
        stated.add(
            new StatedTotal(
                StatedTotal.Subject.SOURCE_AWARD, s.id(), statedAward, s.statedWhere()));
      }
    }
    List<BudgetVersion> versions = new ArrayList<>();
    for (int i = 0; i < versionData.size(); i++) {
      versions.add(version(versionData.get(i), Fields.of("versions[" + i + "].")));
    }
    List<Contribution> contributions = new ArrayList<>();
    for (int i = 0; i < contributionData.size(); i++) {
      contributions.add(
          contribution(contributionData.get(i), Fields.of("contributions[" + i + "].")));
    }
    Period period = new Period(null, periodStart, periodEnd);
    ProgrammeLedger withoutLineTotals =
        new ProgrammeLedger(
            data.name(),
            period,
            statedOwnShare,
            sources,
            contributions,
            versions,
            allocations,
            stated);
    // Stated line totals only mean something for the lines that count: the current version's.
    List<String> currentCodes = withoutLineTotals.lines().stream().map(BudgetLine::id).toList();
    boolean added = false;
    for (int i = 0; i < versionData.size(); i++) {
      LedgerData.Version v = versionData.get(i);
      List<LedgerData.Line> lines = nullSafe(v.lines());
      for (int j = 0; j < lines.size(); j++) {
        LedgerData.Line line = lines.get(j);
        Fields fields = Fields.of("versions[" + i + "].lines[" + j + "].");
        Money statedLine = fields.optionalMoney("statedTotal", line.statedTotal());
        fields.done();
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

  /** A funding source as one write sends it: every wrong field refused at once. */
  static FundingSource source(LedgerData.Source s) {
    Fields fields = Fields.of("");
    FundingSource source = source(s, fields);
    fields.done();
    return source;
  }

  /** Null when a field is wrong ({@code fields} holds why). */
  static FundingSource source(LedgerData.Source s, Fields fields) {
    List<YearAmount> yearly = new ArrayList<>();
    List<LedgerData.YearAmount> years = fields.items("yearlyAmounts", s.yearlyAmounts(), 50);
    for (int i = 0; i < years.size(); i++) {
      LedgerData.YearAmount y = years.get(i);
      Fields year = fields.at("yearlyAmounts[" + i + "].");
      Integer number = year.year("year", y.year());
      Money amount = year.money("amount", y.amount());
      if (number != null && amount != null) {
        yearly.add(new YearAmount(number, amount));
      }
    }
    String name = fields.text("name", s.name(), 200);
    String grantor = fields.optionalText("grantor", s.grantor(), 300);
    SourceKind kind = fields.choice(SourceKind.class, "kind", s.kind(), null);
    String decisionNumber = fields.optionalText("decisionNumber", s.decisionNumber(), 100);
    Money awarded = fields.money("awarded", s.awarded());
    LocalDate from = fields.date("eligibleFrom", s.eligibleFrom());
    LocalDate until = fields.date("eligibleUntil", s.eligibleUntil());
    if (from != null && until != null && until.isBefore(from)) {
      fields.add("eligibleUntil", CofinancingCode.ENDS_BEFORE_START, until, from);
    }
    SourceStatus status =
        fields.choice(SourceStatus.class, "status", s.status(), SourceStatus.APPLIED);
    Percentage rate = fields.percentage("rate", s.rate());
    Percentage minimum = fields.optionalPercentage("minimumOwnShare", s.minimumOwnShare());
    if (fields.has("")) {
      return null;
    }
    return new FundingSource(
        s.id(),
        name,
        grantor,
        kind,
        decisionNumber,
        s.decisionDate(),
        awarded,
        new Period(null, from, until),
        status,
        new CofinancingRule(rate, Boolean.TRUE.equals(s.inKindAllowed()), minimum),
        yearly);
  }

  /** A source's allocations to budget lines; those with a wrong field are left out. */
  static List<Allocation> allocations(
      String sourceId, List<LedgerData.Allocation> data, Fields fields) {
    List<LedgerData.Allocation> allocated = fields.items("allocations", data, 200);
    List<Allocation> read = new ArrayList<>();
    for (int j = 0; j < allocated.size(); j++) {
      LedgerData.Allocation a = allocated.get(j);
      Fields allocation = fields.at("allocations[" + j + "].");
      String line = allocation.text("line", a.line(), 60);
      Money amount = allocation.money("amount", a.amount());
      if (line != null && amount != null) {
        read.add(new Allocation(sourceId, line, amount));
      }
    }
    return read;
  }

  /** A contribution as one write sends it: every wrong field refused at once. */
  static Contribution contribution(LedgerData.Contribution c) {
    return contribution(c, Fields.of(""));
  }

  private static Contribution contribution(LedgerData.Contribution c, Fields fields) {
    String partner = fields.text("partner", c.partner(), 200);
    ContributionForm form = fields.choice(ContributionForm.class, "form", c.form(), null);
    boolean budgeted = Boolean.TRUE.equals(c.alreadyBudgeted());
    String line = Fields.blank(c.line()) ? null : c.line().strip();
    if (form == ContributionForm.CASH) {
      if (!Fields.blank(c.hours())) {
        fields.add("hours", CofinancingCode.CASH_HAS_NO_HOURS);
      }
      if (!Fields.blank(c.hourlyRate())) {
        fields.add("hourlyRate", CofinancingCode.CASH_HAS_NO_HOURS);
      }
      Money cash = fields.money("cash", c.cash());
      fields.done();
      return Contribution.cash(c.id(), partner, cash, budgeted, line);
    }
    if (form != null && !Fields.blank(c.cash())) {
      fields.add("cash", CofinancingCode.IN_KIND_HAS_NO_CASH);
    }
    // A rate without a valid-from date reaches the checks, which report it beside the field.
    Hours hours = form == null ? null : fields.hours("hours", c.hours());
    Money rate = form == null ? null : fields.money("hourlyRate", c.hourlyRate());
    fields.done();
    return Contribution.inKind(
        c.id(), partner, hours, new HourlyRate(rate, c.rateValidFrom()), budgeted, line);
  }

  private static BudgetVersion version(LedgerData.Version v, Fields fields) {
    List<LedgerData.Line> data = fields.items("lines", v.lines(), 300);
    BudgetVersion.Kind kind =
        fields.choice(BudgetVersion.Kind.class, "kind", v.kind(), BudgetVersion.Kind.ORIGINAL);
    LocalDate validFrom = fields.date("validFrom", v.validFrom());
    fields.done();
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      lines.add(line(data.get(i), fields.at("lines[" + i + "].")));
    }
    return new BudgetVersion(
        v.number() == null ? 0 : v.number(), kind, validFrom, v.validUntil(), lines);
  }

  /** A budget line as one write sends it: every wrong field refused at once. */
  static BudgetLine line(LedgerData.Line line) {
    return line(line, Fields.of(""));
  }

  private static BudgetLine line(LedgerData.Line line, Fields fields) {
    List<LineAmount> amounts = new ArrayList<>();
    List<LedgerData.Amount> data = fields.items("amounts", line.amounts(), 120);
    for (int i = 0; i < data.size(); i++) {
      LedgerData.Amount a = data.get(i);
      Fields period = fields.at("amounts[" + i + "].");
      period.optionalText("label", a.label(), 100);
      LocalDate start = period.date("start", a.start());
      LocalDate end = period.date("end", a.end());
      if (start != null && end != null && end.isBefore(start)) {
        period.add("end", CofinancingCode.ENDS_BEFORE_START, end, start);
      }
      Money planned = period.money("planned", a.planned());
      Money actual = period.optionalMoney("actual", a.actual());
      Money forecast = period.optionalMoney("forecast", a.forecast());
      if (!period.has("")) {
        amounts.add(new LineAmount(new Period(a.label(), start, end), planned, actual, forecast));
      }
    }
    String code = fields.text("code", line.code(), 60);
    CostCategory category =
        fields.choice(CostCategory.class, "category", line.category(), CostCategory.OTHER);
    String description = fields.text("description", line.description(), 300);
    fields.done();
    return new BudgetLine(code, category, description, amounts);
  }

  static <T> List<T> nullSafe(List<T> list) {
    return list == null ? List.of() : list;
  }
}
