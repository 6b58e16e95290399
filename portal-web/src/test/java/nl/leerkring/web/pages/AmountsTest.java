package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Amounts are read the Dutch way on every page. */
class AmountsTest {

  private static String read(String text) throws Amounts.Unreadable {
    return Amounts.plain(text);
  }

  private static Amounts.Problem refused(String text) {
    return assertThrows(Amounts.Unreadable.class, () -> Amounts.read(text)).problem;
  }

  @Test
  void aDotGroupsThousands() throws Exception {
    assertEquals("5000.00", read("5.000"));
    assertEquals("1234567.00", read("1.234.567"));
  }

  @Test
  void aCommaComesBeforeTheCents() throws Exception {
    assertEquals("5000.50", read("5.000,50"));
    assertEquals("1234.50", read("1234,5"));
    assertEquals("0.05", read("0,05"));
  }

  @Test
  void theEuroSignSpacesAndADashForNoCentsAreWhatPeopleAdd() throws Exception {
    assertEquals("5000.00", read("€ 5.000"));
    assertEquals("5000.00", read("€5.000"));
    assertEquals("5000.00", read("5.000 €"));
    assertEquals("5000.00", read("EUR 5.000"));
    assertEquals("5000.00", read("€ 5.000,-"));
    assertEquals("5000.00", read("\u00a05 000 "));
    assertEquals("1234.00", read("1234"));
  }

  @Test
  void blankIsNoAmount() throws Exception {
    assertNull(read(null));
    assertNull(read("   "));
  }

  @Test
  void whatIsNotADutchAmountIsRefusedWithItsReason() {
    assertEquals(Amounts.Problem.NOT_A_NUMBER, refused("vijf"));
    assertEquals(Amounts.Problem.NOT_A_NUMBER, refused("1.5"), "a dot before decimals is English");
    assertEquals(Amounts.Problem.NOT_A_NUMBER, refused("1,234.56"));
    assertEquals(Amounts.Problem.NOT_A_NUMBER, refused("5.00"));
    assertEquals(Amounts.Problem.TOO_MANY_DECIMALS, refused("1.234,567"));
    assertEquals(Amounts.Problem.TOO_MANY_DECIMALS, refused("0,001"));
    assertEquals(Amounts.Problem.NEGATIVE, refused("-5"));
    assertEquals(Amounts.Problem.NEGATIVE, refused("€ -5.000"));
  }
}
