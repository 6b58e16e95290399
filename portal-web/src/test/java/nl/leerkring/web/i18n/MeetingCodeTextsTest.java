package nl.leerkring.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.Locale;
import nl.leerkring.portal.meetings.MeetingCode;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/** Every meeting code has its words in Dutch and in English. */
class MeetingCodeTextsTest {

  @Test
  void everyMeetingCodeHasDutchAndEnglishText() {
    for (MeetingCode code : MeetingCode.values()) {
      for (Locale locale : new Locale[] {CodeTexts.DUTCH, Locale.ENGLISH}) {
        assertNotEquals(
            code.key(), CodeTexts.text(locale, code.key(), 1, 2), code + " in " + locale);
      }
      assertNotEquals(
          CodeTexts.text(CodeTexts.DUTCH, code.key(), 1, 2),
          CodeTexts.text(Locale.ENGLISH, code.key(), 1, 2),
          code + " is translated");
    }
  }

  @Test
  void argumentsAreFormattedForTheReader() {
    assertEquals(
        "Er hebben al 3 deelnemers een plaats; het aantal plaatsen kan niet lager.",
        CodeTexts.text(
            CodeTexts.DUTCH, Refusal.onField("capacity", MeetingCode.CAPACITY_BELOW_CONFIRMED, 3)));
    String start =
        CodeTexts.text(
            CodeTexts.DUTCH,
            Refusal.of(MeetingCode.NOT_STARTED, LocalDateTime.of(2026, 12, 10, 14, 0)));
    assertTrue(start.contains("10 december 2026"), start);
  }
}
