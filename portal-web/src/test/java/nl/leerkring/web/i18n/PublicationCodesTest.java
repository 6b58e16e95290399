package nl.leerkring.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import nl.leerkring.portal.publishing.PublicationCode;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/** Every refusal of publishing, moderation and the catalog has its words in Dutch and English. */
class PublicationCodesTest {

  @Test
  void everyPublicationCodeIsWordedInBothLanguages() {
    for (PublicationCode code : PublicationCode.values()) {
      String dutch = CodeTexts.text(CodeTexts.DUTCH, code.key(), 1);
      String english = CodeTexts.text(Locale.ENGLISH, code.key(), 1);
      assertNotEquals(code.key(), dutch, "no Dutch text for " + code.key());
      assertNotEquals(code.key(), english, "no English text for " + code.key());
      assertNotEquals(dutch, english, code.key() + " is the same in both languages");
    }
  }

  @Test
  void refusalsNameNoIdAndWriteNumbersTheDutchWay() {
    assertEquals(
        "Dit item bestaat niet (meer), of u mag het niet zien.",
        CodeTexts.text(
            CodeTexts.DUTCH,
            Refusal.of(PublicationCode.NOT_FOUND, "5f0c8a1e-3b7d-4c1a-9e2f-0a1b2c3d4e5f")));
    assertTrue(
        CodeTexts.text(CodeTexts.DUTCH, Refusal.of(PublicationCode.REASON_TOO_LONG, 2000))
            .contains("2.000"));
    assertEquals(
        "Sorteer op datum (date) of titel (title), niet 'random'.",
        CodeTexts.text(CodeTexts.DUTCH, Refusal.of(PublicationCode.SORT_UNKNOWN, "random")));
  }
}
