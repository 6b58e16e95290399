package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void parsesPlainDecimals() {
    assertEquals("1234.56", Money.parse("1234.56").plain());
    assertEquals("1234.50", Money.parse(" 1234.5 ").plain());
    assertEquals("-12.00", Money.parse("-12").plain());
    assertEquals("1.00", Money.parse("1.000").plain());
  }

  @Test
  void rejectsMoreThanTwoDecimals() {
    PortalException e = assertThrows(PortalException.class, () -> Money.parse("1.005"));
    assertEquals(List.of(Refusal.of(LedgerCode.TOO_MANY_DECIMALS, "1.005", 2)), e.refusals());
    assertThrows(PortalException.class, () -> Money.of(new BigDecimal("0.001")));
    assertThrows(PortalException.class, () -> Money.parseDutch("1,005"));
  }

  @Test
  void rejectsNonNumbers() {
    for (String text : new String[] {"abc", "1,5", "1e3", "12.", "€", "", "  ", "1.234,56"}) {
      PortalException e = assertThrows(PortalException.class, () -> Money.parse(text), text);
      assertTrue(
          Set.of(LedgerCode.NOT_A_PLAIN_NUMBER, CommonCode.REQUIRED)
              .contains(e.refusals().get(0).code()),
          e.getMessage());
    }
    assertThrows(PortalException.class, () -> Money.parse(null));
  }

  @Test
  void rejectsNegativesWhereTheFactorySaysSo() {
    PortalException e = assertThrows(PortalException.class, () -> Money.parseNonNegative("-0.01"));
    assertEquals(List.of(Refusal.of(LedgerCode.NEGATIVE, new BigDecimal("-0.01"))), e.refusals());
    assertThrows(PortalException.class, () -> Money.nonNegative(new BigDecimal("-1")));
    assertThrows(PortalException.class, () -> Money.parseDutchNonNegative("€ -1,00"));
    assertEquals(Money.ZERO, Money.parseNonNegative("0"));
  }

  @Test
  void parsesDutchNotation() {
    assertEquals(Money.cents(123456), Money.parseDutch("€ 1.234,56"));
    assertEquals(Money.cents(123456), Money.parseDutch("1234,56"));
    assertEquals(Money.euros(163_772), Money.parseDutch("163.772"));
    assertEquals(Money.euros(1_000_000), Money.parseDutch("1.000.000,00"));
    assertThrows(PortalException.class, () -> Money.parseDutch("1.5"));
    assertThrows(PortalException.class, () -> Money.parseDutch("12.34.5"));
  }

  @Test
  void equalityFollowsTheValueNotTheScale() {
    assertEquals(Money.of(new BigDecimal("1.5")), Money.of(new BigDecimal("1.50")));
    assertEquals(
        Money.of(new BigDecimal("1.5")).hashCode(), Money.of(new BigDecimal("1.50")).hashCode());
    assertEquals(Money.ZERO, Money.of(new BigDecimal("0.00")));
    assertEquals(Money.ZERO, Money.of(new BigDecimal("-0")));
    assertNotEquals(Money.euros(1), Money.cents(101));
    assertEquals(2, Money.of(BigDecimal.TEN).amount().scale());
  }

  @Test
  void arithmetic() {
    assertEquals(Money.cents(300), Money.cents(100).plus(Money.cents(200)));
    assertEquals(Money.cents(-100), Money.cents(100).minus(Money.cents(200)));
    assertEquals(Money.euros(81_000), Money.euros(27_000).times(3));
    assertEquals(Money.cents(100), Money.cents(-100).abs());
    assertTrue(Money.euros(2).isGreaterThan(Money.euros(1)));
    assertEquals(
        Money.euros(164_040),
        Money.sum(
            java.util.List.of(Money.euros(101_520), Money.euros(24_520), Money.euros(38_000))));
  }

  @Test
  void formatsDutchAndPlain() {
    assertEquals("€ 1.234,56", Money.cents(123456).dutch());
    assertEquals("€ 0,05", Money.cents(5).dutch());
    assertEquals("€ 163.772,00", Money.euros(163_772).dutch());
    assertEquals("€ -1.234.567,89", Money.cents(-123456789).dutch());
    assertEquals("€ 999,00", Money.euros(999).dutch());
    assertEquals("1234.56", Money.cents(123456).plain());
    assertEquals("-0.50", Money.cents(-50).plain());
  }

  @Test
  void rejectsAmountsTooLargeForTheColumn() {
    assertThrows(PortalException.class, () -> Money.parse("100000000000000000"));
    assertEquals("99999999999999999.99", Money.parse("99999999999999999.99").plain());
  }
}
