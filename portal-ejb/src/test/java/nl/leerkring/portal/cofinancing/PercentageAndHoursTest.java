package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

class PercentageAndHoursTest {

  @Test
  void percentagesAreZeroToHundredWithFourDecimals() {
    assertEquals("33.3333", Percentage.parse("33.3333").plain());
    assertEquals("100", Percentage.parse("100").plain());
    assertEquals(4, Percentage.of(50).value().scale());
    PortalException over = assertThrows(PortalException.class, () -> Percentage.parse("100.0001"));
    assertEquals(LedgerCode.PERCENTAGE_OUT_OF_RANGE, over.refusals().get(0).code());
    assertThrows(PortalException.class, () -> Percentage.parse("-1"));
    PortalException decimals =
        assertThrows(PortalException.class, () -> Percentage.parse("33.33333"));
    assertEquals(
        List.of(Refusal.of(LedgerCode.TOO_MANY_DECIMALS, "33.33333", 4)), decimals.refusals());
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
