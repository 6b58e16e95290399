package nl.leerkring.portal.cofinancing.export;

import static nl.leerkring.portal.cofinancing.export.LedgerExportTest.amount;
import static nl.leerkring.portal.cofinancing.export.LedgerExportTest.column;
import static nl.leerkring.portal.cofinancing.export.LedgerExportTest.parse;
import static nl.leerkring.portal.cofinancing.export.LedgerExportTest.rowStartingWith;
import static nl.leerkring.portal.cofinancing.export.LedgerExportTest.sheetNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.StreamSupport;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.cofinancing.rollup.CircleRollup;
import nl.leerkring.portal.cofinancing.rollup.MemberRollup;
import nl.leerkring.portal.cofinancing.rollup.ShareChange;
import nl.leerkring.portal.cofinancing.rollup.Withdrawal;
import nl.leerkring.portal.cofinancing.rollup.YearFigures;
import nl.leerkring.portal.exports.DecimalMark;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The roll-up exports, from a hand-made {@link CircleRollup} (no computation involved). */
class RollupExportTest {

  private static final String HOSTILE = "=cmd|' /C calc'!A0";

  private final CircleRollup rollup = rollup("Duiven");

  // ---- XLSX ----

  @Test
  void anOverviewAndOneSheetPerYear() throws IOException {
    try (Workbook workbook = xlsx(rollup)) {
      assertEquals(List.of("Overzicht", "2024", "2025"), sheetNames(workbook));
    }
  }

  @Test
  void overviewHasEveryGemeentesTotalsAndTheCircleRow() throws IOException {
    try (Workbook workbook = xlsx(rollup)) {
      Sheet overview = workbook.getSheet("Overzicht");
      Row header = rowStartingWith(overview, "Gemeente");
      assertEquals(
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
              "Overschot"),
          texts(header));
      Row duiven = rowStartingWith(overview, "Duiven");
      assertEquals(new BigDecimal("3000.00"), amount(duiven.getCell(column(header, "Begroot"))));
      assertEquals(BigDecimal.ZERO.setScale(2), amount(duiven.getCell(column(header, "Tekort"))));
      assertEquals(new BigDecimal("25.00"), amount(duiven.getCell(column(header, "Overschot"))));
      Row zevenaar = rowStartingWith(overview, "Zevenaar");
      assertEquals(new BigDecimal("1000.00"), amount(zevenaar.getCell(column(header, "Benodigd"))));
      Row circle = rowStartingWith(overview, RollupExport.CIRCLE);
      assertEquals(new BigDecimal("5000.00"), amount(circle.getCell(column(header, "Begroot"))));
      assertEquals(
          new BigDecimal("1100.50"), amount(circle.getCell(column(header, "Gerealiseerd"))));

      Cell money = duiven.getCell(column(header, "Toegezegd in geld"));
      assertEquals(CellType.NUMERIC, money.getCellType());
      assertTrue(money.getCellStyle().getDataFormatString().contains("#,##0.00"));
    }
  }

  @Test
  void overviewListsTheWithdrawalScenarios() throws IOException {
    try (Workbook workbook = xlsx(rollup)) {
      Sheet overview = workbook.getSheet("Overzicht");
      Row header = rowStartingWith(overview, "Gemeente die zich terugtrekt");
      Row scenario = overview.getRow(header.getRowNum() + 1);
      assertEquals("Duiven", scenario.getCell(0).getStringCellValue());
      assertEquals(
          new BigDecimal("625.00"), amount(scenario.getCell(column(header, "Te herverdelen"))));
      assertEquals("Zevenaar", scenario.getCell(column(header, "Gemeente")).getStringCellValue());
      assertEquals(new BigDecimal("625.00"), amount(scenario.getCell(column(header, "Stijging"))));
      Cell after = scenario.getCell(column(header, "Aandeel na"));
      assertEquals(100.0, after.getNumericCellValue());
      assertEquals(Sheets.SHARE_FORMAT, after.getCellStyle().getDataFormatString());
      Row other = overview.getRow(header.getRowNum() + 2);
      assertEquals("Zevenaar", other.getCell(0).getStringCellValue());
      assertEquals("Duiven", other.getCell(column(header, "Gemeente")).getStringCellValue());
      assertNull(overview.getRow(header.getRowNum() + 3));
    }
  }

  @Test
  void yearSheetsHoldThatYearsFigures() throws IOException {
    try (Workbook workbook = xlsx(rollup)) {
      BigDecimal planned = BigDecimal.ZERO;
      for (String year : List.of("2024", "2025")) {
        Sheet sheet = workbook.getSheet(year);
        Row header = rowStartingWith(sheet, "Gemeente");
        planned = planned.add(amount(rowStartingWith(sheet, "Duiven").getCell(1)));
        assertEquals(
            amount(rowStartingWith(sheet, "Duiven").getCell(column(header, "Begroot")))
                .add(amount(rowStartingWith(sheet, "Zevenaar").getCell(column(header, "Begroot")))),
            amount(rowStartingWith(sheet, RollupExport.CIRCLE).getCell(column(header, "Begroot"))));
      }
      assertEquals(new BigDecimal("3000.00"), planned);
    }
  }

  // ---- CSV ----

  @Test
  void csvIsOneRowPerGemeentePerYearInThePagesWordsWithDecimalCommas() throws IOException {
    List<CSVRecord> records = parse(csv(rollup), RollupExport.CSV_HEADER);
    assertEquals(4, records.size());
    CSVRecord first = records.get(0);
    assertEquals("2024", first.get("Jaar"));
    assertEquals("Duiven", first.get("Gemeente"));
    assertEquals("1200,00", first.get("Begroot"));
    assertEquals("400,50", first.get("Gerealiseerd"));
    assertEquals("0,00", first.get("Tekort"), "a surplus is no negative shortfall");
    assertEquals("10,00", first.get("Overschot"));
    assertEquals("Zevenaar", records.get(1).get("Gemeente"));
    assertEquals("2025", records.get(2).get("Jaar"));
    BigDecimal sum = BigDecimal.ZERO;
    for (CSVRecord record : records) {
      for (String column : RollupExport.CSV_HEADER.subList(2, RollupExport.CSV_HEADER.size())) {
        assertTrue(record.get(column).matches("\\d+,\\d{2}"), column + " " + record.get(column));
      }
      if (record.get("Gemeente").equals("Duiven")) {
        sum = sum.add(LedgerExportTest.commaDecimal(record.get("Begroot")));
      }
    }
    assertEquals(new BigDecimal("3000.00"), sum);
  }

  @Test
  void aShortfallIsInTekortAndTheSurplusColumnIsZero() throws IOException {
    MemberRollup short_ =
        new MemberRollup("kort", "Kort", List.of(figures(2024, 100, 40)), figures(null, 100, 40));
    CircleRollup withShort = new CircleRollup(List.of(2024), List.of(short_), short_, List.of());
    CSVRecord row =
        parse(RollupExport.csv(withShort, DecimalMark.POINT), RollupExport.CSV_HEADER).get(0);
    assertEquals("40.00", row.get("Tekort"));
    assertEquals("0.00", row.get("Overschot"));
  }

  @Test
  void csvLeavesFiguresEmptyForAYearAGemeenteHasNone() throws IOException {
    MemberRollup partial =
        new MemberRollup("oud", "Oud", List.of(figures(2024, 100, 0)), figures(null, 100, 0));
    CircleRollup withPartial =
        new CircleRollup(
            rollup.years(), List.of(rollup.members().get(0), partial), rollup.circle(), List.of());
    List<CSVRecord> records = parse(csv(withPartial), RollupExport.CSV_HEADER);
    CSVRecord missing = records.get(3);
    assertEquals("2025", missing.get("Jaar"));
    assertEquals("Oud", missing.get("Gemeente"));
    assertEquals("", missing.get("Begroot"));
  }

  // ---- formula injection ----

  @Test
  void aHostileNameIsQuotedInCsvAndAStringInXlsx() throws IOException {
    CircleRollup hostile = rollup(HOSTILE);
    CSVRecord first = parse(csv(hostile), RollupExport.CSV_HEADER).get(0);
    assertEquals("'" + HOSTILE, first.get("Gemeente"));

    try (Workbook workbook = xlsx(hostile)) {
      for (Sheet sheet : workbook) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertFalse(cell.getCellType() == CellType.FORMULA, sheet.getSheetName());
          }
        }
      }
      Cell name = rowStartingWith(workbook.getSheet("2024"), HOSTILE).getCell(0);
      assertEquals(CellType.STRING, name.getCellType());
      assertTrue(name.getCellStyle().getQuotePrefixed());
    }
  }

  private static String csv(CircleRollup rollup) {
    return RollupExport.csv(rollup, DecimalMark.COMMA);
  }

  // ---- a hand-made roll-up ----

  /**
   * Two gemeenten over 2024 and 2025. Duiven: planned 1,200 + 1,800, gap −10 and −15. Zevenaar:
   * planned 800 + 1,200, required 1,000 in total. If Duiven withdraws its required 625 goes to
   * Zevenaar, and the other way round.
   */
  private static CircleRollup rollup(String duivenName) {
    MemberRollup duiven =
        new MemberRollup(
            "duiven",
            duivenName,
            List.of(figures(2024, 1_200, -10), figures(2025, 1_800, -15)),
            figures(null, 3_000, -25));
    MemberRollup zevenaar =
        new MemberRollup(
            "zevenaar",
            "Zevenaar",
            List.of(figures(2024, 800, 0), figures(2025, 1_200, 0)),
            new YearFigures(
                null,
                Money.euros(2_000),
                Money.euros(300),
                Money.euros(1_000),
                Money.euros(500),
                Money.euros(1_000),
                Money.euros(600),
                Money.euros(400),
                Money.cents(70_000),
                Money.ZERO));
    MemberRollup circle =
        new MemberRollup(
            null,
            "Kring",
            List.of(figures(2024, 2_000, -10), figures(2025, 3_000, -15)),
            new YearFigures(
                null,
                Money.euros(5_000),
                Money.euros(600),
                Money.euros(2_500),
                Money.euros(1_000),
                Money.euros(2_500),
                Money.euros(1_500),
                Money.euros(1_000),
                Money.cents(110_050),
                Money.euros(-25)));
    List<Withdrawal> withdrawals =
        List.of(
            new Withdrawal(
                "duiven",
                Money.euros(625),
                List.of(
                    new ShareChange(
                        "zevenaar",
                        Money.euros(1_000),
                        Money.euros(1_625),
                        Percentage.parse("61.5385"),
                        Percentage.HUNDRED))),
            new Withdrawal(
                "zevenaar",
                Money.euros(1_000),
                List.of(
                    new ShareChange(
                        "duiven",
                        Money.euros(625),
                        Money.euros(1_625),
                        Percentage.parse("38.4615"),
                        Percentage.HUNDRED))));
    return new CircleRollup(List.of(2024, 2025), List.of(duiven, zevenaar), circle, withdrawals);
  }

  /** Figures where everything follows from the planned amount (a quarter required, and so on). */
  private static YearFigures figures(Integer year, long planned, long gap) {
    Money plan = Money.euros(planned);
    Money half = Money.cents(planned * 50);
    Money quarter = Money.cents(planned * 25);
    return new YearFigures(
        year,
        plan,
        Money.cents(planned * 10),
        half,
        Money.cents(planned * 20),
        quarter,
        Money.cents(planned * 15),
        quarter.minus(Money.cents(planned * 15)).minus(Money.euros(gap)),
        Money.cents(planned * 100 / 3 + 50),
        Money.euros(gap));
  }

  private static Workbook xlsx(CircleRollup rollup) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(RollupExport.xlsx(rollup)));
  }

  private static List<String> texts(Row row) {
    return StreamSupport.stream(row.spliterator(), false).map(Cell::getStringCellValue).toList();
  }
}
