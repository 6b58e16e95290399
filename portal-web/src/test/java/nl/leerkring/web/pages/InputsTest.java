package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Reading what people type; the error paths need Faces and are covered by KofferIT. */
class InputsTest {

  static final Locale NL = Locale.forLanguageTag("nl");

  @Test
  void amountsReadTheDutchWay() {
    assertEquals(0, new BigDecimal("5000").compareTo(Inputs.amount(null, NL, "5.000", "k")));
    assertEquals(
        0, new BigDecimal("12500.50").compareTo(Inputs.amount(null, NL, "€ 12.500,50", "k")));
    assertEquals(0, new BigDecimal("1234").compareTo(Inputs.amount(null, NL, "1234", "k")));
    assertNull(Inputs.amount(null, NL, "  ", "k"));
  }

  @Test
  void hoursAcceptADotOrACommaAsTheDecimalSign() {
    assertEquals(0, new BigDecimal("8.5").compareTo(Inputs.decimal(null, NL, "8,5", "k")));
    assertEquals(0, new BigDecimal("8.5").compareTo(Inputs.decimal(null, NL, "8.5", "k")));
    assertEquals(0, new BigDecimal("1000.5").compareTo(Inputs.decimal(null, NL, "1.000,5", "k")));
    assertEquals(3, Inputs.integer(null, NL, " 3 ", "k"));
    assertNull(Inputs.integer(null, NL, null, "k"));
  }

  @Test
  void listsSkipBlankEntries() {
    assertEquals(List.of("Werven", "Starten"), Inputs.lines("Werven\r\n\n  Starten  \n"));
    assertEquals(List.of("zorg", "wonen", "jeugd"), Inputs.commaList("zorg, wonen; ;jeugd"));
    assertEquals(List.of(), Inputs.lines(null));
  }

  @Test
  void anUnreadableVersionIsNoVersion() {
    assertEquals(7L, Inputs.version(" 7 "));
    assertNull(Inputs.version("zeven"));
    assertNull(Inputs.version(""));
    assertNull(Inputs.trimmed("   "));
  }
}
