package nl.leerkring.portal.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * A CSV export as a Dutch spreadsheet opens it with a double click: UTF-8 with a byte order mark
 * (without it Excel reads the file as Windows-1252 and garbles "ë" and "€"), {@code ;} between
 * cells (the list separator of Dutch Windows, because the comma is the decimal mark), a header row
 * of the words the page uses, Dutch labels instead of codes, amounts with the chosen {@link
 * DecimalMark} and dates as {@code 06-12-2026}. Text cells go through {@link CsvText}, so no cell
 * is run as a formula.
 *
 * <p>Not thread-safe: one table per export, filled row by row, then {@link #text()}.
 */
public final class CsvTable {

  /** Written first: the byte order mark that tells a spreadsheet the file is UTF-8. */
  public static final String BOM = "\uFEFF";

  /** Between cells. */
  public static final char SEPARATOR = ';';

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

  private final StringBuilder out = new StringBuilder(BOM);
  private final CSVPrinter printer;
  private final DecimalMark decimals;

  private CsvTable(DecimalMark decimals, List<String> header) {
    this.decimals = decimals;
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(SEPARATOR)
            .setQuoteMode(QuoteMode.MINIMAL)
            .setHeader(header.toArray(String[]::new))
            .get();
    try {
      this.printer = new CSVPrinter(out, format);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the CSV", e);
    }
  }

  /** A table with this header row; amounts written with {@code decimals}. */
  public static CsvTable of(DecimalMark decimals, List<String> header) {
    return new CsvTable(decimals == null ? DecimalMark.COMMA : decimals, header);
  }

  /** A new row; its cells follow in the header's order, ended by {@link Row#end()}. */
  public Row row() {
    return new Row();
  }

  /** The whole file, byte order mark first. */
  public String text() {
    try {
      printer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the CSV", e);
    }
    return out.toString();
  }

  /** One row being filled. */
  public final class Row {
    private final List<String> cells = new ArrayList<>();

    private Row() {}

    /** Free text (a title, a name): never a formula. */
    public Row text(String value) {
      cells.add(CsvText.of(value));
      return this;
    }

    /** An amount or other decimal, with the table's decimal mark; empty for none. */
    public Row decimal(BigDecimal value) {
      cells.add(decimals.write(value));
      return this;
    }

    /** A whole number such as a year. */
    public Row whole(long value) {
      cells.add(Long.toString(value));
      return this;
    }

    /** A day as {@code 06-12-2026}; empty for none. */
    public Row day(LocalDate value) {
      cells.add(value == null ? "" : DAY.format(value));
      return this;
    }

    /** Writes the row. */
    public CsvTable end() {
      try {
        printer.printRecord(cells);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not write the CSV", e);
      }
      return CsvTable.this;
    }
  }
}
