package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static final Locale DUTCH = Locale.forLanguageTag("nl");

  @Test
  void aDayIsWrittenWithTheMonthsFullNameInBothLanguages() {
    assertEquals("6 december 2026", Formats.date(DUTCH, LocalDate.of(2026, 12, 6)));
    assertEquals("6 December 2026", Formats.date(Locale.ENGLISH, LocalDate.of(2026, 12, 6)));
    assertEquals("1 maart 2024", Formats.date(DUTCH, LocalDate.of(2024, 3, 1)));
    assertEquals("", Formats.date(DUTCH, null));
  }

  @Test
  void aMomentIsTheDayThenTheTimeOnAmsterdamClocks() {
    // 13:05 UTC is 14:05 in Amsterdam in winter, 15:05 in summer.
    assertEquals(
        "6 december 2026, 14:05", Formats.dateTime(DUTCH, Instant.parse("2026-12-06T13:05:00Z")));
    assertEquals(
        "1 juli 2026, 15:05", Formats.dateTime(DUTCH, Instant.parse("2026-07-01T13:05:00Z")));
    assertEquals("", Formats.dateTime(DUTCH, (Instant) null));
  }

  @Test
  void aPeriodIsTwoDays() {
    assertEquals(
        "1 januari 2024 – 31 december 2027",
        PageFormats.span(DUTCH, LocalDate.of(2024, 1, 1), LocalDate.of(2027, 12, 31)));
  }

  @Test
  void aShareHasAtMostOneDecimal() {
    assertEquals("49,9 %", Texts.shareText("49.9183"));
    assertEquals("50 %", Texts.shareText("50.0000"));
    assertEquals("33,3 %", Texts.shareText("33.3333"));
    assertEquals("", Texts.shareText(null));
  }

  @Test
  void aSurplusIsShownAsAPositiveAmountWithItsOwnWord() {
    Texts texts = new Texts();
    assertEquals("rollup.balance.surplus", texts.balanceKey("-25.00"));
    assertEquals("€ 25,00", texts.euroSize("-25.00"));
    assertEquals("rollup.balance.shortfall", texts.balanceKey("40.00"));
    assertEquals("€ 40,00", texts.euroSize("40.00"));
    assertEquals("rollup.balance.even", texts.balanceKey("0.00"));
  }
}
