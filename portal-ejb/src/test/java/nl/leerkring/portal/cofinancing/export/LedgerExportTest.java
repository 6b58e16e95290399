package nl.leerkring.portal.cofinancing.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.leerkring.portal.cofinancing.BudgetLine;
import nl.leerkring.portal.cofinancing.BudgetVersion;
import nl.leerkring.portal.cofinancing.CheckCode;
import nl.leerkring.portal.cofinancing.CofinancingRule;
import nl.leerkring.portal.cofinancing.CostCategory;
import nl.leerkring.portal.cofinancing.DuivenExample;
import nl.leerkring.portal.cofinancing.FundingSource;
import nl.leerkring.portal.cofinancing.LedgerChecks;
import nl.leerkring.portal.cofinancing.LineAmount;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import nl.leerkring.portal.cofinancing.Period;
import nl.leerkring.portal.cofinancing.ProgrammeLedger;
import nl.leerkring.portal.cofinancing.RoundingPolicy;
import nl.leerkring.portal.cofinancing.SourceKind;
import nl.leerkring.portal.cofinancing.SourceStatus;
import nl.leerkring.portal.exports.CsvTable;
import nl.leerkring.portal.exports.DecimalMark;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class LedgerExportTest {

  private static final String HOSTILE = "=HYPERLINK(\"https://example.org/x\",\"Klik\")";

  private final ProgrammeLedger duiven = DuivenExample.ledger();

  // ---- XLSX ----

  @Test
  void duivenHasAnOverviewAndOneSheetPerCalendarYear() throws IOException {
    try (Workbook workbook = xlsx(duiven)) {
      assertEquals(List.of("Overzicht", "2024", "2025", "2026", "2027"), sheetNames(workbook));
    }
  }

  @Test
  void eachLinesYearsAddUpToItsPlannedTotalAcrossTheYearSheets() throws IOException {
    try (Workbook workbook = xlsx(duiven)) {
      for (BudgetLine line : duiven.lines()) {
        Map<Integer, Money> expected =
            RoundingPolicy.splitByCalendarYear(line.plannedTotal(), DuivenExample.PERIOD);
        BigDecimal sum = BigDecimal.ZERO;
        for (int year = 2024; year <= 2027; year++) {
          Sheet sheet = workbook.getSheet(String.valueOf(year));
          int planned = column(rowStartingWith(sheet, "Post"), "Begroot");
          BigDecimal value = amount(rowStartingWith(sheet, line.id()).getCell(planned));
          assertEquals(0, expected.get(year).amount().compareTo(value), line.id() + " " + year);
          sum = sum.add(value);
        }
        assertEquals(0, line.plannedTotal().amount().compareTo(sum), line.id());
      }
    }
  }

  @Test
  void splitIsByDaysWithTheRemainderInTheLastYear() throws IOException {
    // 2024-04-01 – 2024-12-31 is 275 of the period's 1,095 days; 2027 has 90 and the remainder.
    List<String> expected = List.of("25495.89", "33840.00", "33840.00", "8344.11");
    try (Workbook workbook = xlsx(duiven)) {
      for (int i = 0; i < 4; i++) {
        Sheet sheet = workbook.getSheet(String.valueOf(2024 + i));
        int planned = column(rowStartingWith(sheet, "Post"), "Begroot");
        assertEquals(
            new BigDecimal(expected.get(i)),
            amount(rowStartingWith(sheet, DuivenExample.OWN_HOURS).getCell(planned)));
      }
    }
  }

  @Test
  void everyYearSheetHasATotalRowAndTheGrantSplitOverItsEligibility() throws IOException {
    Money award = duiven.source(DuivenExample.REGIODEAL).orElseThrow().awarded();
    Map<Integer, Money> expected = RoundingPolicy.splitByCalendarYear(award, DuivenExample.PERIOD);
    BigDecimal grants = BigDecimal.ZERO;
    BigDecimal totals = BigDecimal.ZERO;
    try (Workbook workbook = xlsx(duiven)) {
      for (int year = 2024; year <= 2027; year++) {
        Sheet sheet = workbook.getSheet(String.valueOf(year));
        Row header = rowStartingWith(sheet, "Post");
        BigDecimal lines = BigDecimal.ZERO;
        for (BudgetLine line : duiven.lines()) {
          lines =
              lines.add(
                  amount(rowStartingWith(sheet, line.id()).getCell(column(header, "Begroot"))));
        }
        Row total = rowStartingWith(sheet, "Totaal");
        assertEquals(lines, amount(total.getCell(column(header, "Begroot"))));
        totals = totals.add(lines);

        Row sources = rowStartingWith(sheet, "Bron");
        int inYear = column(sources, "Toegekend in " + year + " (naar rato)");
        BigDecimal part = amount(rowStartingWith(sheet, DuivenExample.REGIODEAL).getCell(inYear));
        assertEquals(0, expected.get(year).amount().compareTo(part), "Regiodeal " + year);
        grants = grants.add(part);
      }
    }
    assertEquals(0, award.amount().compareTo(grants));
    assertEquals(0, duiven.budgetTotal().amount().compareTo(totals));
  }

  @Test
  void moneyCellsAreNumericWithAEuroNumberFormat() throws IOException {
    try (Workbook workbook = xlsx(duiven)) {
      Sheet sheet = workbook.getSheet("2025");
      int planned = column(rowStartingWith(sheet, "Post"), "Begroot");
      Cell cell = rowStartingWith(sheet, DuivenExample.MATERIALS).getCell(planned);
      assertEquals(CellType.NUMERIC, cell.getCellType());
      String format = cell.getCellStyle().getDataFormatString();
      assertTrue(format.contains("#,##0.00"), format);
      assertTrue(format.contains("€"), format);
      assertEquals(Sheets.MONEY_FORMAT, format);
      // What a Dutch reader sees (POI's formatter as a stand-in for Excel and LibreOffice).
      DataFormatter dutch = new DataFormatter(Locale.forLanguageTag("nl-NL"));
      assertEquals("€ 12.666,66", dutch.formatCellValue(cell));
      Cell ownShare =
          rowStartingWith(workbook.getSheet("Overzicht"), "Opgegeven eigen aandeel").getCell(1);
      assertEquals("50,0000 %", dutch.formatCellValue(ownShare));
    }
  }

  @Test
  void overviewHoldsProgrammePeriodOwnShareSourcesAndContributions() throws IOException {
    try (Workbook workbook = xlsx(duiven)) {
      Sheet overview = workbook.getSheet("Overzicht");
      Row period = rowStartingWith(overview, "Periode");
      assertEquals("April 2024 – April 2027", period.getCell(1).getStringCellValue());
      Cell start = period.getCell(2);
      assertTrue(DateUtil.isCellDateFormatted(start));
      assertEquals("dd-mm-yyyy", start.getCellStyle().getDataFormatString());
      assertEquals(LocalDate.of(2024, 4, 1), start.getLocalDateTimeCellValue().toLocalDate());

      Cell ownShare = rowStartingWith(overview, "Opgegeven eigen aandeel").getCell(1);
      assertEquals(50.0, ownShare.getNumericCellValue());
      assertTrue(ownShare.getCellStyle().getDataFormatString().startsWith("0.0000"));

      Row sources = rowStartingWith(overview, "Bron");
      Row regiodeal = rowStartingWith(overview, DuivenExample.REGIODEAL);
      assertEquals(
          new BigDecimal("81886.00"), amount(regiodeal.getCell(column(sources, "Toegekend"))));
      assertEquals(
          "Aangevraagd", regiodeal.getCell(column(sources, "Status")).getStringCellValue());
      assertEquals(
          "2024: € 27.000,00; 2025: € 27.000,00; 2026: € 27.000,00",
          regiodeal.getCell(column(sources, "Bedragen per jaar (besluit)")).getStringCellValue());

      Row contributions = rowStartingWith(overview, "Bijdrage");
      Row ownHours = rowStartingWith(overview, DuivenExample.OWN_HOURS);
      assertEquals(
          new BigDecimal("101520.00"), amount(ownHours.getCell(column(contributions, "Waarde"))));
      assertEquals(2256.0, ownHours.getCell(column(contributions, "Uren")).getNumericCellValue());
    }
  }

  @Test
  void overviewShowsTheChecksAndStatedTotalsBesideTheComputedOnes() throws IOException {
    try (Workbook workbook = xlsx(duiven)) {
      Sheet overview = workbook.getSheet("Overzicht");
      Row header = rowStartingWith(overview, "Code");
      Row mismatch = null;
      for (Row row : overview) {
        Cell first = row.getCell(0);
        if (row.getRowNum() > header.getRowNum()
            && first != null
            && first.getCellType() == CellType.STRING
            && first.getStringCellValue().equals(CheckCode.STATED_TOTAL_MISMATCH.name())
            && amount(row.getCell(column(header, "Verwacht")))
                    .compareTo(new BigDecimal("164040.00"))
                == 0) {
          mismatch = row;
        }
      }
      assertNotNull(mismatch, "the contributions' stated total mismatch is listed");
      assertEquals("Waarschuwing", mismatch.getCell(column(header, "Ernst")).getStringCellValue());
      assertEquals(
          new BigDecimal("163772.00"), amount(mismatch.getCell(column(header, "Feitelijk"))));
      assertEquals(new BigDecimal("268.00"), amount(mismatch.getCell(column(header, "Verschil"))));
      assertEquals(
          "Melding CheckCode.STATED_TOTAL_MISMATCH",
          mismatch.getCell(column(header, "Melding")).getStringCellValue());

      Row statedHeader = rowStartingWith(overview, "Onderwerp");
      Row stated = overview.getRow(statedHeader.getRowNum() + 1);
      assertEquals("Bijdragen", stated.getCell(0).getStringCellValue());
      assertEquals(
          new BigDecimal("163772.00"), amount(stated.getCell(column(statedHeader, "Opgegeven"))));
      assertEquals(
          new BigDecimal("164040.00"), amount(stated.getCell(column(statedHeader, "Berekend"))));
    }
  }

  @Test
  void everyCheckIsOnTheOverview() throws IOException {
    var checks = LedgerChecks.run(duiven);
    try (Workbook workbook = xlsx(duiven)) {
      Sheet overview = workbook.getSheet("Overzicht");
      int header = rowStartingWith(overview, "Code").getRowNum();
      int rows = 0;
      for (Row row : overview) {
        if (row.getRowNum() > header && row.getCell(0) != null) {
          rows++;
        }
      }
      assertFalse(checks.isEmpty());
      assertEquals(checks.size(), rows);
    }
  }

  @Test
  void actualsAndForecastsAreSplitPerYearToo() throws IOException {
    ProgrammeLedger ledger = withActuals();
    try (Workbook workbook = xlsx(ledger)) {
      assertEquals(List.of("Overzicht", "2024", "2025"), sheetNames(workbook));
      BigDecimal actual = BigDecimal.ZERO;
      BigDecimal forecast = BigDecimal.ZERO;
      for (String year : List.of("2024", "2025")) {
        Sheet sheet = workbook.getSheet(year);
        Row header = rowStartingWith(sheet, "Post");
        Row row = rowStartingWith(sheet, "werk");
        actual = actual.add(amount(row.getCell(column(header, "Werkelijk"))));
        forecast = forecast.add(amount(row.getCell(column(header, "Prognose"))));
        Cell noActual = rowStartingWith(sheet, "ander").getCell(column(header, "Werkelijk"));
        assertTrue(noActual == null || noActual.getCellType() == CellType.BLANK);
      }
      assertEquals(new BigDecimal("900.01"), actual);
      assertEquals(new BigDecimal("1100.03"), forecast);
    }
  }

  // ---- CSV ----

  @Test
  void csvIsOneTableOfLinesTimesYearsWithDutchHeadersLabelsAndDecimalCommas() throws IOException {
    List<CSVRecord> records = parse(csv(duiven), LedgerExport.CSV_HEADER);
    assertEquals(duiven.lines().size() * 4, records.size());
    Map<String, BigDecimal> sums = new HashMap<>();
    for (CSVRecord record : records) {
      assertTrue(record.get("Begroot").matches("\\d+,\\d{2}"), record.get("Begroot"));
      assertTrue(record.get("Prognose").matches("\\d+,\\d{2}"), record.get("Prognose"));
      assertEquals("", record.get("Werkelijk"));
      sums.merge(record.get("Post"), commaDecimal(record.get("Begroot")), BigDecimal::add);
    }
    for (BudgetLine line : duiven.lines()) {
      assertEquals(0, line.plannedTotal().amount().compareTo(sums.get(line.id())), line.id());
    }
    CSVRecord first = records.get(0);
    assertEquals("2024", first.get("Jaar"));
    assertEquals(DuivenExample.OWN_HOURS, first.get("Post"));
    assertEquals("Eigen personeel", first.get("Categorie"), "a label, not OWN_STAFF");
    assertEquals("Inzet eigen uren", first.get("Omschrijving"));
    assertEquals("25495,89", first.get("Begroot"));
  }

  @Test
  void csvIsUtf8WithAByteOrderMarkSemicolonsAndNoThousandsSeparator() {
    ProgrammeLedger ledger = ledger("x", "Één hele periode", Period.year(2024), 101_520);
    byte[] bytes = LedgerExport.csv(ledger, DecimalMark.COMMA).getBytes(StandardCharsets.UTF_8);
    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
    assertEquals(
        "\uFEFFJaar;Post;Categorie;Omschrijving;Begroot;Werkelijk;Prognose\r\n"
            + "2024;x;Overig;Één hele periode;101520,00;;101520,00\r\n",
        new String(bytes, StandardCharsets.UTF_8));
  }

  @Test
  void csvWritesDecimalPointsWhenAskedTo() {
    ProgrammeLedger ledger = ledger("x", "Een hele periode", Period.year(2024), 101_520);
    assertTrue(
        LedgerExport.csv(ledger, DecimalMark.POINT)
            .endsWith("2024;x;Overig;Een hele periode;101520.00;;101520.00\r\n"));
  }

  @Test
  void csvSplitsActualsPerYearAndLeavesMissingOnesEmpty() throws IOException {
    List<CSVRecord> records = parse(csv(withActuals()), LedgerExport.CSV_HEADER);
    assertEquals(4, records.size());
    BigDecimal actual = BigDecimal.ZERO;
    for (CSVRecord record : records) {
      if (record.get("Post").equals("werk")) {
        actual = actual.add(commaDecimal(record.get("Werkelijk")));
      } else {
        assertEquals("", record.get("Werkelijk"));
      }
    }
    assertEquals(new BigDecimal("900.01"), actual);
  }

  // ---- formula injection ----

  @Test
  void hostileTextIsQuotedInCsv() throws IOException {
    ProgrammeLedger ledger = ledger("@evil", HOSTILE, Period.year(2024), 100);
    CSVRecord record = parse(csv(ledger), LedgerExport.CSV_HEADER).get(0);
    assertEquals("'" + HOSTILE, record.get("Omschrijving"));
    assertEquals("'@evil", record.get("Post"));
    assertEquals("100,00", record.get("Begroot"));
  }

  @Test
  void hostileTextIsAPlainStringCellInXlsx() throws IOException {
    ProgrammeLedger ledger = ledger("@evil", HOSTILE, Period.year(2024), 100);
    try (Workbook workbook = xlsx(ledger)) {
      Sheet sheet = workbook.getSheet("2024");
      Row header = rowStartingWith(sheet, "Post");
      Row row = rowStartingWith(sheet, "@evil");
      Cell description = row.getCell(column(header, "Omschrijving"));
      assertEquals(CellType.STRING, description.getCellType());
      assertEquals(HOSTILE, description.getStringCellValue());
      assertTrue(description.getCellStyle().getQuotePrefixed());
      for (Sheet each : workbook) {
        for (Row r : each) {
          for (Cell cell : r) {
            assertFalse(
                cell.getCellType() == CellType.FORMULA, "a formula in " + each.getSheetName());
          }
        }
      }
    }
  }

  // ---- helpers ----

  /** One line over the given period, no sources. */
  private static ProgrammeLedger ledger(String id, String description, Period period, long euros) {
    BudgetLine line =
        new BudgetLine(
            id,
            CostCategory.OTHER,
            description,
            List.of(LineAmount.planned(period, Money.euros(euros))));
    return new ProgrammeLedger(
        "Test",
        period,
        null,
        List.of(),
        List.of(),
        List.of(
            new BudgetVersion(1, BudgetVersion.Kind.ORIGINAL, period.start(), null, List.of(line))),
        List.of(),
        List.of());
  }

  /**
   * A programme over 2024-07-01 – 2025-06-30 (184 + 181 days): line "werk" has an actual of €900.01
   * and a forecast of €1,100.03 for the whole period, line "ander" only a plan.
   */
  private static ProgrammeLedger withActuals() {
    Period period = Period.of(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30));
    BudgetLine work =
        new BudgetLine(
            "werk",
            CostCategory.EXTERNAL_SERVICES,
            "Werk",
            List.of(
                new LineAmount(
                    period, Money.euros(1_000), Money.cents(90_001), Money.cents(110_003))));
    BudgetLine other =
        new BudgetLine(
            "ander",
            CostCategory.OTHER,
            "Ander",
            List.of(LineAmount.planned(period, Money.euros(500))));
    FundingSource source =
        new FundingSource(
            "bron",
            "Bron",
            "Provincie",
            SourceKind.PROVINCIAL,
            "B-1",
            LocalDate.of(2024, 6, 1),
            Money.euros(600),
            period,
            SourceStatus.AWARDED,
            new CofinancingRule(Percentage.of(40), true, null),
            List.of());
    return new ProgrammeLedger(
        "Met werkelijke kosten",
        period,
        Percentage.of(60),
        List.of(source),
        List.of(),
        List.of(
            new BudgetVersion(
                1, BudgetVersion.Kind.ORIGINAL, period.start(), null, List.of(work, other))),
        List.of(),
        List.of());
  }

  private static Workbook xlsx(ProgrammeLedger ledger) throws IOException {
    // The web layer words a finding in Dutch; here a stand-in shows that its words fill the column.
    byte[] bytes =
        LedgerExport.xlsx(ledger, LedgerChecks.run(ledger), c -> "Melding " + c.code().key());
    return new XSSFWorkbook(new ByteArrayInputStream(bytes));
  }

  static List<String> sheetNames(Workbook workbook) {
    List<String> names = new ArrayList<>();
    workbook.forEach(sheet -> names.add(sheet.getSheetName()));
    return names;
  }

  /** The first row whose first cell is the given text. */
  static Row rowStartingWith(Sheet sheet, String text) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && first.getStringCellValue().equals(text)) {
        return row;
      }
    }
    throw new AssertionError("No row starting with '" + text + "' in " + sheet.getSheetName());
  }

  static int column(Row header, String label) {
    for (Cell cell : header) {
      if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(label)) {
        return cell.getColumnIndex();
      }
    }
    throw new AssertionError("No column '" + label + "'");
  }

  /** A money cell's value as cents. */
  static BigDecimal amount(Cell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType());
    return BigDecimal.valueOf(cell.getNumericCellValue()).setScale(2, RoundingMode.HALF_UP);
  }

  private static String csv(ProgrammeLedger ledger) {
    return LedgerExport.csv(ledger, DecimalMark.COMMA);
  }

  /** Reads a CSV as a Dutch spreadsheet would: after the byte order mark, ';' separated. */
  static List<CSVRecord> parse(String csv, List<String> header) throws IOException {
    assertTrue(csv.startsWith(CsvTable.BOM), "starts with the byte order mark");
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
    try (CSVParser parser =
        CSVParser.parse(new StringReader(csv.substring(CsvTable.BOM.length())), format)) {
      assertEquals(header, parser.getHeaderNames());
      return parser.getRecords();
    }
  }

  static BigDecimal commaDecimal(String text) {
    return new BigDecimal(text.replace(',', '.'));
  }
}
