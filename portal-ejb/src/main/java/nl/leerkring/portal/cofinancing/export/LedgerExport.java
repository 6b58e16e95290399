package nl.leerkring.portal.cofinancing.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerkring.portal.cofinancing.BudgetLine;
import nl.leerkring.portal.cofinancing.Check;
import nl.leerkring.portal.cofinancing.Contribution;
import nl.leerkring.portal.cofinancing.ContributionForm;
import nl.leerkring.portal.cofinancing.FundingSource;
import nl.leerkring.portal.cofinancing.LedgerChecks;
import nl.leerkring.portal.cofinancing.LineAmount;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Period;
import nl.leerkring.portal.cofinancing.ProgrammeLedger;
import nl.leerkring.portal.cofinancing.RoundingPolicy;
import nl.leerkring.portal.cofinancing.StatedTotal;
import nl.leerkring.portal.cofinancing.YearAmount;
import nl.leerkring.portal.exports.CsvTable;
import nl.leerkring.portal.exports.DecimalMark;

/**
 * A programme's ledger as an XLSX workbook (for people) or a CSV table (for machines), with the
 * amounts split per calendar year for annual (SiSa-style) accountability.
 *
 * <p><b>XLSX</b>: a sheet "Overzicht" (the programme, its period and stated own share, the funding
 * sources with all their fields, the contributions with their value, allocations, the budget lines
 * over the whole period, the stated totals beside the computed ones, and the checks), then one
 * sheet per calendar year ("2024", "2025", …) with every line of the current budget version, a
 * total row, and the funding sources' awarded amounts for that year. Amounts are numeric cells
 * formatted {@code "€ "#,##0.00}, percentages numbers (50 is 50 %) formatted {@code 0.0000\ \%},
 * dates date cells formatted {@code dd-mm-yyyy}; Excel and LibreOffice show them with the reader's
 * (Dutch) separators.
 *
 * <p><b>CSV</b>: one table for a Dutch spreadsheet ({@link CsvTable}: UTF-8 with a byte order mark,
 * {@code ;} separated), with a header row in the page's words ({@link #CSV_HEADER}) and one row per
 * line of the current budget version per calendar year; amounts without thousands separators and
 * with the chosen {@link DecimalMark} ({@code 101520,00} by default), {@code Werkelijk} empty where
 * no actual was entered, the category as its Dutch label ({@code Eigen personeel}). The checks are
 * in the XLSX only: a CSV stays one table.
 *
 * <p><b>Per calendar year</b>: every amount of a line (planned, actual, forecast) is split over the
 * calendar years its period touches by {@link RoundingPolicy#splitByCalendarYear}, a source's
 * awarded amount over its eligibility window the same way; the remainder goes to the last year, so
 * the years always add up to the line (and to the award). A year's total row is the sum of its
 * lines' parts, so it may differ by a few cents from splitting the programme's total at once (as
 * the {@code PERIOD_NOT_CALENDAR_YEAR} check does); over all years both add up to the budget.
 * "Prognose" is the line's outcome per period ({@link LineAmount#outcome()}: the forecast, else the
 * actual, else the plan). The years are those of the programme's period, widened to any line period
 * or eligibility window that reaches beyond it (for a line, an error {@link LedgerChecks} reports),
 * so that no amount is left out.
 *
 * <p>Text is never a formula: in XLSX it is a string cell marked as text, in CSV a value starting
 * with {@code = + - @} gets a leading single quote (OWASP, "CSV Injection").
 *
 * <p>Stateless and thread-safe.
 */
public final class LedgerExport {

  /** The CSV's columns, in order. */
  public static final List<String> CSV_HEADER =
      List.of("Jaar", "Post", "Categorie", "Omschrijving", "Begroot", "Werkelijk", "Prognose");

  static final String OVERVIEW = "Overzicht";

  private static final List<String> LINE_HEADER =
      List.of("Post", "Categorie", "Omschrijving", "Begroot", "Werkelijk", "Prognose");

  private LedgerExport() {}

  /**
   * The workbook: "Overzicht" and one sheet per calendar year.
   *
   * @param checks the ledger's checks as {@link LedgerChecks#run} returns them (null for none)
   * @param words a check's explanation in Dutch, as the web layer words it (the checks carry codes)
   */
  public static byte[] xlsx(
      ProgrammeLedger ledger, List<Check> checks, Function<Check, String> words) {
    List<Integer> years = years(ledger);
    try (Sheets sheets = new Sheets()) {
      overview(sheets, ledger, checks == null ? List.of() : checks, words);
      for (int year : years) {
        year(sheets, ledger, year);
      }
      return sheets.bytes();
    }
  }

  /** The CSV table: one row per line of the current budget version per calendar year. */
  public static String csv(ProgrammeLedger ledger, DecimalMark decimals) {
    CsvTable table = CsvTable.of(decimals, CSV_HEADER);
    for (int year : years(ledger)) {
      for (BudgetLine line : ledger.lines()) {
        LineYear figures = LineYear.of(line, year);
        table
            .row()
            .whole(year)
            .text(line.id())
            .text(Labels.of(line.category()))
            .text(line.description())
            .decimal(figures.planned().amount())
            .decimal(figures.actual() == null ? null : figures.actual().amount())
            .decimal(figures.forecast().amount())
            .end();
      }
    }
    return table.text();
  }

  /**
   * The calendar years of the export, in order: those of the programme's period and of every line
   * period and eligibility window.
   */
  static List<Integer> years(ProgrammeLedger ledger) {
    SortedSet<Integer> years = new TreeSet<>();
    addYears(years, ledger.period());
    for (BudgetLine line : ledger.lines()) {
      for (LineAmount amount : line.amounts()) {
        addYears(years, amount.period());
      }
    }
    for (FundingSource source : ledger.sources()) {
      addYears(years, source.eligibility());
    }
    return List.copyOf(years);
  }

  private static void addYears(SortedSet<Integer> years, Period period) {
    for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
      years.add(year);
    }
  }

  // ---- Overzicht ----

  private static void overview(
      Sheets sheets, ProgrammeLedger ledger, List<Check> checks, Function<Check, String> words) {
    Sheets.Cursor sheet = sheets.sheet(OVERVIEW, 15, 1, 3);
    sheet.title(ledger.programme());
    sheet.row().label("Programma").text(ledger.programme());
    sheet
        .row()
        .label("Periode")
        .text(ledger.period().label())
        .date(ledger.period().start())
        .date(ledger.period().end());
    sheet.row().label("Opgegeven eigen aandeel").percent(ledger.statedOwnShare());
    ledger
        .currentVersion()
        .ifPresent(
            version ->
                sheet
                    .row()
                    .label("Begrotingsversie")
                    .number(version.number())
                    .text(Labels.of(version.kind()))
                    .date(version.validFrom())
                    .date(version.validUntil()));
    sheet.row().label("Begroting (berekend)").money(ledger.budgetTotal());
    sheet.row().label("Bijdragen (berekend)").money(ledger.contributionsTotal());

    sources(sheet, ledger);
    contributions(sheet, ledger);
    allocations(sheet, ledger);
    lines(sheet, ledger);
    statedTotals(sheet, ledger);
    checks(sheet, checks, words);
  }

  private static void sources(Sheets.Cursor sheet, ProgrammeLedger ledger) {
    sheet.gap().title("Financieringsbronnen");
    sheet.header(
        List.of(
            "Bron",
            "Naam",
            "Verstrekker",
            "Soort",
            "Besluitnummer",
            "Besluitdatum",
            "Toegekend",
            "Subsidiabel van",
            "Subsidiabel tot",
            "Status",
            "Percentage",
            "In natura toegestaan",
            "Minimaal eigen aandeel",
            "Bedragen per jaar (besluit)",
            "Subsidiabele kosten (berekend)"));
    for (FundingSource source : ledger.sources()) {
      sheet
          .row()
          .text(source.id())
          .text(source.name())
          .text(source.grantor())
          .text(Labels.of(source.kind()))
          .text(source.decisionNumber())
          .date(source.decisionDate())
          .money(source.awarded())
          .date(source.eligibility().start())
          .date(source.eligibility().end())
          .text(Labels.of(source.status()))
          .percent(source.rule().rate())
          .yesNo(source.rule().inKindAllowed())
          .percent(source.rule().minimumOwnShare())
          .text(
              source.yearlyAmounts().isEmpty()
                  ? null
                  : source.yearlyAmounts().stream()
                      .map(y -> y.year() + ": " + y.amount().dutch())
                      .collect(Collectors.joining("; ")))
          .money(source.kind().isGrant() ? LedgerChecks.eligibleTotal(ledger, source) : null);
    }
    sheet
        .row()
        .label("Totaal")
        .skip(5)
        .moneyTotal(Money.sum(ledger.sources().stream().map(FundingSource::awarded).toList()));
  }

  private static void contributions(Sheets.Cursor sheet, ProgrammeLedger ledger) {
    sheet.gap().title("Bijdragen");
    sheet.header(
        List.of(
            "Bijdrage",
            "Partner",
            "Vorm",
            "Bedrag",
            "Uren",
            "Uurtarief",
            "Tarief geldig vanaf",
            "Al begroot",
            "Post",
            "Waarde"));
    for (Contribution contribution : ledger.contributions()) {
      boolean inKind = contribution.form() == ContributionForm.IN_KIND;
      sheet
          .row()
          .text(contribution.id())
          .text(contribution.partner())
          .text(inKind ? "In natura" : "Geld")
          .money(contribution.cash())
          .hours(contribution.hours())
          .money(inKind ? contribution.hourlyRate().perHour() : null)
          .date(inKind ? contribution.hourlyRate().validFrom() : null)
          .yesNo(contribution.alreadyBudgeted())
          .text(contribution.lineId())
          .money(contribution.value());
    }
    sheet.row().label("Totaal").skip(8).moneyTotal(ledger.contributionsTotal());
  }

  private static void allocations(Sheets.Cursor sheet, ProgrammeLedger ledger) {
    sheet.gap().title("Toewijzingen van bronnen aan posten");
    sheet.header(List.of("Bron", "Post", "Bedrag"));
    ledger
        .allocations()
        .forEach(a -> sheet.row().text(a.sourceId()).text(a.lineId()).money(a.amount()));
  }

  private static void lines(Sheets.Cursor sheet, ProgrammeLedger ledger) {
    sheet.gap().title("Begroting, hele periode");
    sheet.header(LINE_HEADER);
    List<LineYear> totals = new ArrayList<>();
    for (BudgetLine line : ledger.lines()) {
      LineYear total = LineYear.total(line);
      totals.add(total);
      lineRow(sheet, line, total);
    }
    totalRow(sheet, totals);
  }

  private static void statedTotals(Sheets.Cursor sheet, ProgrammeLedger ledger) {
    sheet.gap().title("Opgegeven totalen naast de berekende");
    sheet.header(
        List.of("Onderwerp", "Betreft", "Opgegeven", "Berekend", "Verschil", "Vindplaats"));
    for (StatedTotal stated : ledger.statedTotals()) {
      Money computed = computed(ledger, stated);
      sheet
          .row()
          .text(Labels.of(stated.subject()))
          .text(stated.subjectId())
          .money(stated.amount())
          .money(computed)
          .money(stated.amount().minus(computed).abs())
          .text(stated.statedWhere());
    }
  }

  private static void checks(
      Sheets.Cursor sheet, List<Check> checks, Function<Check, String> words) {
    sheet.gap().title("Controles");
    sheet.header(
        List.of("Code", "Ernst", "Betreft", "Melding", "Verwacht", "Feitelijk", "Verschil"));
    if (checks.isEmpty()) {
      sheet.row().text("Geen bevindingen");
    }
    for (Check check : checks) {
      sheet
          .row()
          .text(check.code().name())
          .text(Labels.of(check.severity()))
          .text(check.subject())
          .text(words.apply(check))
          .measure(check.expected())
          .measure(check.actual())
          .measure(check.difference());
    }
  }

  /** The computed total a stated one is compared with (as {@link LedgerChecks} does). */
  private static Money computed(ProgrammeLedger ledger, StatedTotal stated) {
    return switch (stated.subject()) {
      case CONTRIBUTIONS -> ledger.contributionsTotal();
      case BUDGET -> ledger.budgetTotal();
      case SOURCE_AWARD -> ledger.source(stated.subjectId()).orElseThrow().awarded();
      case LINE -> ledger.line(stated.subjectId()).orElseThrow().plannedTotal();
    };
  }

  // ---- one sheet per calendar year ----

  private static void year(Sheets sheets, ProgrammeLedger ledger, int year) {
    Sheets.Cursor sheet = sheets.sheet(String.valueOf(year), 9, 1, 2);
    sheet.title(ledger.programme() + " – " + year);
    sheet
        .row()
        .text(
            "Bedragen van perioden over meer kalenderjaren zijn naar rato van het aantal dagen"
                + " verdeeld: naar beneden afgerond op centen, het restant in het laatste jaar.");
    sheet.gap().frozenHeader(LINE_HEADER);
    List<LineYear> figures = new ArrayList<>();
    for (BudgetLine line : ledger.lines()) {
      LineYear inYear = LineYear.of(line, year);
      figures.add(inYear);
      lineRow(sheet, line, inYear);
    }
    totalRow(sheet, figures);

    sheet.gap().title("Financieringsbronnen in " + year);
    sheet.header(
        List.of(
            "Bron",
            "Naam",
            "Soort",
            "Status",
            "Subsidiabel van",
            "Subsidiabel tot",
            "Toegekend (hele periode)",
            "Toegekend in " + year + " (naar rato)",
            "Bedrag " + year + " volgens besluit"));
    List<Money> parts = new ArrayList<>();
    for (FundingSource source : ledger.sources()) {
      Money part =
          RoundingPolicy.splitByCalendarYear(source.awarded(), source.eligibility())
              .getOrDefault(year, Money.ZERO);
      parts.add(part);
      sheet
          .row()
          .text(source.id())
          .text(source.name())
          .text(Labels.of(source.kind()))
          .text(Labels.of(source.status()))
          .date(source.eligibility().start())
          .date(source.eligibility().end())
          .money(source.awarded())
          .money(part)
          .money(
              source.yearlyAmounts().stream()
                  .filter(y -> y.year() == year)
                  .map(YearAmount::amount)
                  .reduce(Money::plus)
                  .orElse(null));
    }
    sheet.row().label("Totaal").skip(6).moneyTotal(Money.sum(parts));
  }

  private static void lineRow(Sheets.Cursor sheet, BudgetLine line, LineYear figures) {
    sheet
        .row()
        .text(line.id())
        .text(Labels.of(line.category()))
        .text(line.description())
        .money(figures.planned())
        .money(figures.actual())
        .money(figures.forecast());
  }

  private static void totalRow(Sheets.Cursor sheet, List<LineYear> figures) {
    List<Money> actuals = figures.stream().map(LineYear::actual).filter(Objects::nonNull).toList();
    sheet
        .row()
        .label("Totaal")
        .skip(2)
        .moneyTotal(Money.sum(figures.stream().map(LineYear::planned).toList()))
        .moneyTotal(actuals.isEmpty() ? null : Money.sum(actuals))
        .moneyTotal(Money.sum(figures.stream().map(LineYear::forecast).toList()));
  }

  /**
   * A line's amounts in one calendar year (or the whole period).
   *
   * @param actual null when no actual was entered for any period touching the year
   */
  record LineYear(Money planned, Money actual, Money forecast) {

    static LineYear of(BudgetLine line, int year) {
      Map<Integer, Money> planned = new LinkedHashMap<>();
      Map<Integer, Money> actual = new LinkedHashMap<>();
      Map<Integer, Money> forecast = new LinkedHashMap<>();
      for (LineAmount amount : line.amounts()) {
        add(planned, amount.planned(), amount.period());
        add(actual, amount.actual(), amount.period());
        add(forecast, amount.outcome(), amount.period());
      }
      return new LineYear(
          planned.getOrDefault(year, Money.ZERO),
          actual.get(year),
          forecast.getOrDefault(year, Money.ZERO));
    }

    static LineYear total(BudgetLine line) {
      List<Money> actuals =
          line.amounts().stream().map(LineAmount::actual).filter(Objects::nonNull).toList();
      return new LineYear(
          line.plannedTotal(), actuals.isEmpty() ? null : Money.sum(actuals), line.outcomeTotal());
    }

    private static void add(Map<Integer, Money> perYear, Money amount, Period period) {
      if (amount != null) {
        RoundingPolicy.splitByCalendarYear(amount, period)
            .forEach((year, part) -> perYear.merge(year, part, Money::plus));
      }
    }
  }
}
