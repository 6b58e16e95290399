package nl.leerkring.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import nl.leerkring.portal.documents.DocumentCode;
import nl.leerkring.portal.koffer.KofferCode;
import nl.leerkring.tenants.Code;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/**
 * Every code of the documents and koffer components has its words in Dutch and in English; each
 * bundle file is read on its own, because a ResourceBundle would quietly fall back to Dutch.
 */
class DocumentAndKofferCodesTest {

  private static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = CodeTexts.class.getResourceAsStream(file)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  private static List<Code> codes() {
    List<Code> out = new ArrayList<>(List.of(DocumentCode.values()));
    out.addAll(List.of(KofferCode.values()));
    return out;
  }

  @Test
  void everyCodeHasItsTextInBothLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String file : List.of("codes.properties", "codes_en.properties")) {
      Properties texts = load(file);
      for (Code code : codes()) {
        if (texts.getProperty(code.key(), "").isBlank()) {
          missing.add(file + ": " + code.key());
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void argumentsAreWordedForTheReader() {
    Refusal tooLong = Refusal.onField("title", DocumentCode.TOO_LONG, 3000);
    assertEquals(
        "Dit is te lang; er passen ten hoogste 3.000 tekens.",
        CodeTexts.text(CodeTexts.DUTCH, tooLong));
    assertEquals(
        "This is too long; at most 3,000 characters fit.", CodeTexts.text(Locale.ENGLISH, tooLong));
    String date =
        CodeTexts.text(
            CodeTexts.DUTCH,
            Refusal.onField("date", DocumentCode.DATE_IMPLAUSIBLE, LocalDate.of(1850, 1, 2)));
    assertTrue(date.contains("2 januari 1850"), date);
    String stillShared =
        CodeTexts.text(CodeTexts.DUTCH, Refusal.of(DocumentCode.STILL_SHARED, "Nota"));
    assertTrue(stillShared.contains("eerst terug"), stillShared);
    for (Code code : codes()) {
      for (Locale locale : List.of(CodeTexts.DUTCH, Locale.ENGLISH)) {
        String text = CodeTexts.text(locale, code.key(), 1, 2, 3, 4);
        assertFalse(text.contains("{") || text.equals(code.key()), code.key() + ": " + text);
      }
    }
  }
}
