package nl.leerkring.portal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import nl.leerkring.portal.PortalException;
import org.junit.jupiter.api.Test;

class PercentageAndHoursTest {

  @Test
  void percentagesAreZeroToHundredWithFourDecimals() {
    assertEquals("33.3333", Percentage.parse("33.3333").plain());
    assertEquals("100", Percentage.parse("100").plain());
    assertEquals(4, Percentage.of(50).value().scale());
    PortalException over = assertThrows(PortalException.class, () -> Percentage.parse("100.0001"));
    assertTrue(over.getMessage().contains("outside 0–100"), over.getMessage());
    assertThrows(PortalException.class, () -> Percentage.parse("-1"));
    PortalException decimals =
        assertThrows(PortalException.class, () -> Percentage.parse("33.33333"));
    assertTrue(decimals.getMessage().contains("more than 4 decimals"), decimals.getMessage());
  }

  @Test
  void percentageEqualityAndFormatting() {
    assertEquals(Percentage.of(new BigDecimal("50")), Percentage.parse("50.00"));
    assertEquals("49,9183 %", Percentage.parse("49.9183").dutch());
    assertEquals("50 %", Percentage.of(50).dutch());
    assertEquals(new BigDecimal("0.5"), Percentage.of(50).fraction().stripTrailingZeros());
  }

  @Test
  void hoursAreNonNegativeWithTwoDecimals() {
    assertEquals("12.50", Hours.parse("12.5").plain());
    assertEquals("2.256,00 uur", Hours.of(2256).dutch());
    assertThrows(PortalException.class, () -> Hours.parse("-1"));
    assertThrows(PortalException.class, () -> Hours.parse("1.001"));
    assertThrows(PortalException.class, () -> Hours.parse("10000000"));
    assertEquals(Hours.parse("8"), Hours.parse("8.00"));
  }
}
