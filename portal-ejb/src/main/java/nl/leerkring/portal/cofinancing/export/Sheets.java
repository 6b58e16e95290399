package nl.leerkring.portal.cofinancing.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.cofinancing.Hours;
import nl.leerkring.portal.cofinancing.Measure;
import nl.leerkring.portal.cofinancing.Money;
import nl.leerkring.portal.cofinancing.Percentage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What {@link LedgerExport} and {@link RollupExport} share: one workbook with its cell styles, a
 * cursor that writes rows into a sheet. Text is always a string cell marked as text, never a
 * formula.
 *
 * <p>Not thread-safe (a workbook is written by one thread); one instance per export.
 */
final class Sheets implements AutoCloseable {

  /** Amounts below this many euros survive a double with every cent intact (2^53 cents ≈ €9e13). */
  static final java.math.BigDecimal EXACT_AS_DOUBLE = new java.math.BigDecimal("10000000000000");

  /**
   * Euros with two decimals, Dutch in a Dutch Excel or LibreOffice ({@code € 1.234,56}): the format
   * string in the file is locale-neutral, the reader applies its own separators. The second section
   * puts the minus after the euro sign, as {@link Money#dutch()} does.
   */
  static final String MONEY_FORMAT = "\"€ \"#,##0.00;\"€ -\"#,##0.00";

  /**
   * A percentage kept as its number (50 is fifty percent) with an escaped percent sign: an
   * unescaped {@code %} would multiply by 100, and a quoted one still does in some readers (POI's
   * own formatter), a backslash-escaped one in none.
   */
  static final String PERCENT_FORMAT = "0.0000\\ \\%";

  /** A share of a whole (the roll-up's "Aandeel"): as the page shows it, with one decimal. */
  static final String SHARE_FORMAT = "0.0\\ \\%";

  static final String HOURS_FORMAT = "#,##0.00\" uur\"";
  static final String DATE_FORMAT = "dd-mm-yyyy";

  /** Width of a column in characters (POI counts 1/256 of a character). */
  private static final int NARROW = 14;

  private static final int WIDE = 40;

  private final XSSFWorkbook workbook = new XSSFWorkbook();
  private final CellStyle title;
  private final CellStyle header;
  private final CellStyle text;
  private final CellStyle money;
  private final CellStyle moneyBold;
  private final CellStyle percent;
  private final CellStyle share;
  private final CellStyle hours;
  private final CellStyle date;

  Sheets() {
    DataFormat formats = workbook.createDataFormat();
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font big = workbook.createFont();
    big.setBold(true);
    big.setFontHeightInPoints((short) 14);

    title = workbook.createCellStyle();
    title.setFont(big);
    header = workbook.createCellStyle();
    header.setFont(bold);
    header.setWrapText(true);
    // Text is always written as a string cell, never a formula; the quote prefix (Excel's leading
    // ') also keeps it text when someone edits the cell, so "=HYPERLINK(…)" is never evaluated.
    text = workbook.createCellStyle();
    text.setQuotePrefixed(true);
    money = workbook.createCellStyle();
    money.setDataFormat(formats.getFormat(MONEY_FORMAT));
    moneyBold = workbook.createCellStyle();
    moneyBold.cloneStyleFrom(money);
    moneyBold.setFont(bold);
    percent = workbook.createCellStyle();
    percent.setDataFormat(formats.getFormat(PERCENT_FORMAT));
    share = workbook.createCellStyle();
    share.setDataFormat(formats.getFormat(SHARE_FORMAT));
    hours = workbook.createCellStyle();
    hours.setDataFormat(formats.getFormat(HOURS_FORMAT));
    date = workbook.createCellStyle();
    date.setDataFormat(formats.getFormat(DATE_FORMAT));
  }

  /** A new sheet; {@code wide} lists the (0-based) columns that hold long text. */
  Cursor sheet(String name, int columns, int... wide) {
    Sheet sheet = workbook.createSheet(name);
    for (int column = 0; column < columns; column++) {
      sheet.setColumnWidth(column, NARROW * 256);
    }
    for (int column : wide) {
      sheet.setColumnWidth(column, WIDE * 256);
    }
    return new Cursor(sheet);
  }

  byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the workbook", e);
    }
  }

  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not close the workbook", e);
    }
  }

  /** Writes rows one after another into one sheet. */
  final class Cursor {

    private final Sheet sheet;
    private int next;
    private Row row;
    private int column;

    private Cursor(Sheet sheet) {
      this.sheet = sheet;
    }

    /** Starts a new row. */
    Cursor row() {
      row = sheet.createRow(next++);
      column = 0;
      return this;
    }

    /** Leaves an empty row. */
    Cursor gap() {
      next++;
      return this;
    }

    Cursor title(String value) {
      row();
      cell().setCellValue(value);
      row.getCell(0).setCellStyle(title);
      return this;
    }

    /** A header row of bold labels. */
    Cursor header(List<String> labels) {
      row();
      for (String label : labels) {
        Cell cell = cell();
        cell.setCellValue(label);
        cell.setCellStyle(header);
      }
      return this;
    }

    /** A header row that stays in view when scrolling (only one per sheet). */
    Cursor frozenHeader(List<String> labels) {
      header(labels);
      sheet.createFreezePane(0, next);
      return this;
    }

    /** A label in bold (a total row's first cell). */
    Cursor label(String value) {
      Cell cell = cell();
      cell.setCellValue(value);
      cell.setCellStyle(header);
      return this;
    }

    /** A string cell (never a formula, whatever it starts with); empty for null. */
    Cursor text(String value) {
      Cell cell = cell();
      if (value != null) {
        cell.setCellValue(value);
        cell.setCellStyle(text);
      }
      return this;
    }

    Cursor number(long value) {
      cell().setCellValue(value);
      return this;
    }

    Cursor yesNo(boolean value) {
      return text(value ? "Ja" : "Nee");
    }

    Cursor date(LocalDate value) {
      Cell cell = cell();
      if (value != null) {
        cell.setCellValue(value);
        cell.setCellStyle(date);
      }
      return this;
    }

    Cursor money(Money value) {
      return money(value, money);
    }

    Cursor moneyTotal(Money value) {
      return money(value, moneyBold);
    }

    private Cursor money(Money value, CellStyle style) {
      Cell cell = cell();
      if (value != null) {
        // POI only takes a double for a numeric cell. Money has exactly two decimals and at most
        // 17 digits before them; a double keeps 15–17 significant digits, so every amount up to
        // about €10,000,000,000,000 reads back as the same cents: exact enough for display. The
        // BigDecimal stays the source of truth; this is the very last step. Above that bound the
        // amount is written as text, so no cent is ever changed.
        if (value.amount().abs().compareTo(EXACT_AS_DOUBLE) < 0) {
          cell.setCellValue(value.amount().doubleValue());
          cell.setCellStyle(style);
        } else {
          cell.setCellValue(value.plain());
        }
      }
      return this;
    }

    Cursor percent(Percentage value) {
      Cell cell = cell();
      if (value != null) {
        // As for money: four decimals of 0–100 are well within a double's precision.
        cell.setCellValue(value.value().doubleValue());
        cell.setCellStyle(percent);
      }
      return this;
    }

    /** A share, kept exact in the cell and shown with one decimal. */
    Cursor share(Percentage value) {
      Cell cell = cell();
      if (value != null) {
        cell.setCellValue(value.value().doubleValue());
        cell.setCellStyle(share);
      }
      return this;
    }

    Cursor hours(Hours value) {
      Cell cell = cell();
      if (value != null) {
        cell.setCellValue(value.value().doubleValue());
        cell.setCellStyle(hours);
      }
      return this;
    }

    /** A check's number in the cell style of its kind; empty for null. */
    Cursor measure(Measure value) {
      if (value instanceof Money m) {
        return money(m);
      }
      if (value instanceof Percentage p) {
        return percent(p);
      }
      if (value instanceof Hours h) {
        return hours(h);
      }
      return skip();
    }

    /** Leaves the next cell empty. */
    Cursor skip() {
      return skip(1);
    }

    /** Leaves {@code columns} cells empty (a total row under its column). */
    Cursor skip(int columns) {
      column += columns;
      return this;
    }

    private Cell cell() {
      return row.createCell(column++);
    }
  }
}
