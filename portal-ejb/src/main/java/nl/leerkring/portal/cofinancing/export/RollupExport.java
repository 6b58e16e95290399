package nl.leerkring.portal.cofinancing.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.rollup.CircleRollup;
import nl.leerkring.portal.cofinancing.rollup.MemberRollup;
import nl.leerkring.portal.cofinancing.rollup.ShareChange;
import nl.leerkring.portal.cofinancing.rollup.Withdrawal;
import nl.leerkring.portal.cofinancing.rollup.YearFigures;
import nl.leerkring.portal.exports.CsvTable;
import nl.leerkring.portal.exports.DecimalMark;

/**
 * A circle's cofinancing roll-up as an XLSX workbook (for people) or a CSV table (for machines).
 * The figures are exported as {@link CircleRollup} computed them; nothing is recomputed here.
 *
 * <p>Both use the words of the roll-up page: "Benodigd", "Leerkring totaal", "Als een gemeente zich
 * terugtrekt", "Stijging", "Aandeel voor/na". A gap is never a negative "Tekort": a shortfall is in
 * "Tekort" and a surplus (more pledged than required) in "Overschot", both as positive amounts and
 * zero when they do not apply, so either column can be summed.
 *
 * <p><b>XLSX</b>: a sheet "Overzicht" with every gemeente's totals over all years (begroot,
 * werkelijk, subsidie toegekend, subsidie ontvangen, benodigd, toegezegd in natura, toegezegd in
 * geld, gerealiseerd, tekort, overschot), the circle's total row and the withdrawal scenarios (one
 * row per remaining gemeente per scenario), then one sheet per calendar year of the roll-up
 * ("2024", "2025", …) with the same columns per gemeente and the circle's row for that year.
 * Amounts are numeric cells formatted {@code "€ "#,##0.00}; shares are exact numbers shown with one
 * decimal ({@code 0.0\ \%}).
 *
 * <p><b>CSV</b>: one table for a Dutch spreadsheet ({@link CsvTable}), header row ({@link
 * #CSV_HEADER}), one row per member gemeente (by name) per year of the roll-up; amounts with the
 * chosen {@link DecimalMark}, empty where the roll-up has no figures for that gemeente and year.
 * The circle's totals and the withdrawal scenarios are in the XLSX only: a CSV stays one table (the
 * circle's figures per year are the sums of its rows).
 *
 * <p>Text is never a formula (see {@link LedgerExport}). Stateless and thread-safe.
 */
public final class RollupExport {

  /** The CSV's columns, in order: the page's words. */
  private static final List<String> FIGURES_HEADER =
      List.of(
          "Gemeente",
          "Begroot",
          "Werkelijk",
          "Subsidie toegekend",
          "Subsidie ontvangen",
          "Benodigd",
          "Toegezegd in natura",
          "Toegezegd in geld",
          "Gerealiseerd",
          "Tekort",
          "Overschot");

  /** The CSV's columns, in order: the page's words, the year first. */
  public static final List<String> CSV_HEADER =
      Stream.concat(Stream.of("Jaar"), FIGURES_HEADER.stream()).toList();

  static final String CIRCLE = "Leerkring totaal";

  private RollupExport() {}

  /** The workbook: "Overzicht" and one sheet per calendar year of the roll-up. */
  public static byte[] xlsx(CircleRollup rollup) {
    try (Sheets sheets = new Sheets()) {
      overview(sheets, rollup);
      for (int year : rollup.years()) {
        year(sheets, rollup, year);
      }
      return sheets.bytes();
    }
  }

  /** The CSV table: one row per member gemeente per year. */
  public static String csv(CircleRollup rollup, DecimalMark decimals) {
    CsvTable table = CsvTable.of(decimals, CSV_HEADER);
    for (int year : rollup.years()) {
      for (MemberRollup member : rollup.members()) {
        Optional<YearFigures> figures = inYear(member, year);
        CsvTable.Row row = table.row().whole(year).text(member.name());
        for (Function<YearFigures, Money> figure : FIGURES) {
          row.decimal(figures.map(figure).map(Money::amount).orElse(null));
        }
        row.end();
      }
    }
    return table.text();
  }

  /** The figures after the gemeente, in the order of the headers. */
  private static final List<Function<YearFigures, Money>> FIGURES =
      List.of(
          YearFigures::planned,
          YearFigures::actual,
          YearFigures::subsidyAwarded,
          YearFigures::subsidyReceived,
          YearFigures::required,
          YearFigures::pledgedInKind,
          YearFigures::pledgedCash,
          YearFigures::realised,
          RollupExport::shortfall,
          RollupExport::surplus);

  /** What is still to be pledged: the gap when positive, else zero. */
  static Money shortfall(YearFigures figures) {
    return figures.gap() == null ? null : figures.gap().max(Money.ZERO);
  }

  /** What was pledged beyond the requirement, as a positive amount: a negative gap, else zero. */
  static Money surplus(YearFigures figures) {
    return figures.gap() == null ? null : figures.gap().negate().max(Money.ZERO);
  }

  private static Optional<YearFigures> inYear(MemberRollup member, int year) {
    return member.years().stream().filter(f -> f.year() != null && f.year() == year).findFirst();
  }

  // ---- sheets ----

  private static void overview(Sheets sheets, CircleRollup rollup) {
    Sheets.Cursor sheet = sheets.sheet(LedgerExport.OVERVIEW, 10, 0);
    sheet.title("Cofinanciering van de leerkring, alle jaren");
    List<Integer> years = rollup.years();
    if (!years.isEmpty()) {
      String span =
          years.size() == 1
              ? String.valueOf(years.get(0))
              : years.get(0) + "–" + years.get(years.size() - 1);
      sheet.row().label("Jaren").text(span);
    }
    sheet.gap().header(FIGURES_HEADER);
    for (MemberRollup member : rollup.members()) {
      figuresRow(sheet.row().text(member.name()), member.total(), false);
    }
    if (rollup.circle() != null) {
      figuresRow(sheet.row().label(CIRCLE), rollup.circle().total(), true);
    }
    withdrawals(sheet, rollup);
  }

  private static void withdrawals(Sheets.Cursor sheet, CircleRollup rollup) {
    Map<String, String> names = new HashMap<>();
    rollup.members().forEach(m -> names.put(m.gemeente(), m.name()));
    sheet.gap().title("Als een gemeente zich terugtrekt");
    sheet.header(
        List.of(
            "Gemeente die zich terugtrekt",
            "Te herverdelen",
            "Gemeente",
            "Benodigd voor",
            "Benodigd na",
            "Stijging",
            "Aandeel voor",
            "Aandeel na"));
    for (Withdrawal withdrawal : rollup.withdrawals()) {
      String withdrawing = names.getOrDefault(withdrawal.withdrawing(), withdrawal.withdrawing());
      if (withdrawal.changes().isEmpty()) {
        sheet.row().text(withdrawing).money(withdrawal.redistributed());
      }
      for (ShareChange change : withdrawal.changes()) {
        sheet
            .row()
            .text(withdrawing)
            .money(withdrawal.redistributed())
            .text(names.getOrDefault(change.gemeente(), change.gemeente()))
            .money(change.requiredBefore())
            .money(change.requiredAfter())
            .money(
                change.requiredBefore() == null || change.requiredAfter() == null
                    ? null
                    : change.increase())
            .share(change.shareBefore())
            .share(change.shareAfter());
      }
    }
  }

  private static void year(Sheets sheets, CircleRollup rollup, int year) {
    Sheets.Cursor sheet = sheets.sheet(String.valueOf(year), 10, 0);
    sheet.title("Cofinanciering van de leerkring in " + year);
    sheet.gap().frozenHeader(FIGURES_HEADER);
    for (MemberRollup member : rollup.members()) {
      figuresRow(sheet.row().text(member.name()), inYear(member, year).orElse(null), false);
    }
    if (rollup.circle() != null) {
      figuresRow(sheet.row().label(CIRCLE), inYear(rollup.circle(), year).orElse(null), true);
    }
  }

  /** The ten figures after the row's first cell; empty cells when there are none. */
  private static void figuresRow(Sheets.Cursor row, YearFigures figures, boolean total) {
    if (figures == null) {
      return;
    }
    for (Function<YearFigures, Money> figure : FIGURES) {
      Money value = figure.apply(figures);
      if (total) {
        row.moneyTotal(value);
      } else {
        row.money(value);
      }
    }
  }
}
