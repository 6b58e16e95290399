package nl.leerkring.portal.ledger.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.leerkring.portal.exports.CsvText;
import nl.leerkring.portal.ledger.Money;
import nl.leerkring.portal.ledger.rollup.CircleRollup;
import nl.leerkring.portal.ledger.rollup.MemberRollup;
import nl.leerkring.portal.ledger.rollup.ShareChange;
import nl.leerkring.portal.ledger.rollup.Withdrawal;
import nl.leerkring.portal.ledger.rollup.YearFigures;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A circle's cofinancing roll-up as an XLSX workbook (for people) or a CSV table (for machines).
 * The figures are exported as {@link CircleRollup} computed them; nothing is recomputed here.
 *
 * <p><b>XLSX</b>: a sheet "Overzicht" with every gemeente's totals over all years (begroot,
 * werkelijk, subsidie toegekend, subsidie ontvangen, vereiste cofinanciering, toegezegd in natura,
 * toegezegd in geld, gerealiseerd, tekort), the circle's total row and the withdrawal scenarios
 * (one row per remaining gemeente per scenario), then one sheet per calendar year of the roll-up
 * ("2024", "2025", …) with the same columns per gemeente and the circle's row for that year.
 * Amounts are numeric cells formatted {@code "€ "#,##0.00}, percentages numbers formatted {@code
 * 0.0000\ \%}; a negative tekort means more was pledged than required.
 *
 * <p><b>CSV</b>: one table, UTF-8, comma separated, header row ({@link #CSV_HEADER}), one row per
 * member gemeente per year of the roll-up; amounts are plain decimals ({@code 1234.56}, negative as
 * {@code -12.50}), empty where the roll-up has no figures for that gemeente and year. The circle's
 * totals and the withdrawal scenarios are in the XLSX only: a CSV stays one table (the circle's
 * figures per year are the sums of its rows).
 *
 * <p>Text is never a formula (see {@link LedgerExport}). Stateless and thread-safe.
 */
public final class RollupExport {

  /** The CSV's columns, in order. */
  public static final List<String> CSV_HEADER =
      List.of(
          "jaar",
          "gemeente",
          "naam",
          "begroot",
          "werkelijk",
          "subsidie_toegekend",
          "subsidie_ontvangen",
          "vereiste_cofinanciering",
          "toegezegd_in_natura",
          "toegezegd_in_geld",
          "gerealiseerd",
          "tekort");

  private static final List<String> FIGURES_HEADER =
      List.of(
          "Gemeente",
          "Begroot",
          "Werkelijk",
          "Subsidie toegekend",
          "Subsidie ontvangen",
          "Vereiste cofinanciering",
          "Toegezegd in natura",
          "Toegezegd in geld",
          "Gerealiseerd",
          "Tekort");

  private static final String CIRCLE = "Kring totaal";

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
  public static String csv(CircleRollup rollup) {
    StringBuilder out = new StringBuilder();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(out, format)) {
      for (int year : rollup.years()) {
        for (MemberRollup member : rollup.members()) {
          Optional<YearFigures> figures = inYear(member, year);
          printer.printRecord(
              String.valueOf(year),
              CsvText.of(member.gemeente()),
              CsvText.of(member.name()),
              plain(figures, YearFigures::planned),
              plain(figures, YearFigures::actual),
              plain(figures, YearFigures::subsidyAwarded),
              plain(figures, YearFigures::subsidyReceived),
              plain(figures, YearFigures::required),
              plain(figures, YearFigures::pledgedInKind),
              plain(figures, YearFigures::pledgedCash),
              plain(figures, YearFigures::realised),
              plain(figures, YearFigures::gap));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the CSV", e);
    }
    return out.toString();
  }

  private static String plain(Optional<YearFigures> figures, Function<YearFigures, Money> figure) {
    return figures.map(figure).map(Money::plain).orElse("");
  }

  private static Optional<YearFigures> inYear(MemberRollup member, int year) {
    return member.years().stream().filter(f -> f.year() != null && f.year() == year).findFirst();
  }

  // ---- sheets ----

  private static void overview(Sheets sheets, CircleRollup rollup) {
    Sheets.Cursor sheet = sheets.sheet(LedgerExport.OVERVIEW, 10, 0);
    sheet.title("Cofinanciering van de kring, alle jaren");
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
    sheet.gap().title("Als een gemeente uittreedt");
    sheet.header(
        List.of(
            "Uittredende gemeente",
            "Te herverdelen",
            "Gemeente",
            "Vereist vóór",
            "Vereist na",
            "Toename",
            "Aandeel vóór",
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
            .percent(change.shareBefore())
            .percent(change.shareAfter());
      }
    }
  }

  private static void year(Sheets sheets, CircleRollup rollup, int year) {
    Sheets.Cursor sheet = sheets.sheet(String.valueOf(year), 10, 0);
    sheet.title("Cofinanciering van de kring in " + year);
    sheet.gap().frozenHeader(FIGURES_HEADER);
    for (MemberRollup member : rollup.members()) {
      figuresRow(sheet.row().text(member.name()), inYear(member, year).orElse(null), false);
    }
    if (rollup.circle() != null) {
      figuresRow(sheet.row().label(CIRCLE), inYear(rollup.circle(), year).orElse(null), true);
    }
  }

  /** The nine figures after the row's first cell; empty cells when there are none. */
  private static void figuresRow(Sheets.Cursor row, YearFigures figures, boolean total) {
    if (figures == null) {
      return;
    }
    List<Money> values =
        Arrays.asList(
            figures.planned(),
            figures.actual(),
            figures.subsidyAwarded(),
            figures.subsidyReceived(),
            figures.required(),
            figures.pledgedInKind(),
            figures.pledgedCash(),
            figures.realised(),
            figures.gap());
    for (Money value : values) {
      if (total) {
        row.moneyTotal(value);
      } else {
        row.money(value);
      }
    }
  }
}
