package nl.leerkring.portal.exports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void aTableStartsWithTheByteOrderMarkAndSeparatesWithSemicolons() {
    String csv =
        CsvTable.of(DecimalMark.COMMA, List.of("Jaar", "Naam", "Bedrag", "Datum"))
            .row()
            .whole(2026)
            .text("Gemeente Één")
            .decimal(new BigDecimal("-1234.50"))
            .day(LocalDate.of(2026, 12, 6))
            .end()
            .text();
    assertEquals("\uFEFFJaar;Naam;Bedrag;Datum\r\n2026;Gemeente Één;-1234,50;06-12-2026\r\n", csv);
  }

  @Test
  void aCellWithTheSeparatorIsQuotedAndAFormulaNeutralised() {
    String csv =
        CsvTable.of(DecimalMark.POINT, List.of("A", "B", "C"))
            .row()
            .text("een; twee")
            .text("=1+1")
            .decimal(null)
            .end()
            .text();
    assertEquals("\uFEFFA;B;C\r\n\"een; twee\";'=1+1;\r\n", csv);
  }

  @Test
  void decimalsAreWrittenWithoutGroupingOrExponent() {
    assertEquals("101520,00", DecimalMark.COMMA.write(new BigDecimal("101520.00")));
    assertEquals("101520.00", DecimalMark.POINT.write(new BigDecimal("101520.00")));
    assertEquals("1000000", DecimalMark.COMMA.write(new BigDecimal("1E+6")));
    assertEquals("", DecimalMark.COMMA.write(null));
  }

  @Test
  void theDecimalMarkIsACommaUnlessAPointIsAskedFor() {
    assertEquals(DecimalMark.COMMA, DecimalMark.parse(null));
    assertEquals(DecimalMark.COMMA, DecimalMark.parse(" "));
    assertEquals(DecimalMark.COMMA, DecimalMark.parse("komma"));
    assertEquals(DecimalMark.POINT, DecimalMark.parse("Point"));
    assertEquals(DecimalMark.POINT, DecimalMark.parse("punt"));
    PortalException refused = assertThrows(PortalException.class, () -> DecimalMark.parse("x"));
    assertEquals("decimal", refused.refusals().get(0).field());
    assertEquals(ExportCode.DECIMAL_MARK_UNKNOWN, refused.refusals().get(0).code());
  }
}
