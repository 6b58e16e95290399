package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import nl.leerkring.portal.koffer.EvidenceLevel;
import nl.leerkring.portal.koffer.Ranking.Reason;
import nl.leerkring.portal.koffer.Ranking.ReasonArgs;
import nl.leerkring.portal.koffer.Ranking.ReasonCode;
import nl.leerkring.portal.koffer.Vocabularies;
import org.junit.jupiter.api.Test;

/**
 * Every code that crosses a boundary has its words in both languages: each bundle file is read on
 * its own, because a {@link ResourceBundle} would quietly fall back from English to Dutch.
 */
class MessageCodesTest {

  static final List<String> BUNDLES = List.of("messages.properties", "messages_en.properties");

  static final List<Vocabularies.Term> TERMS =
      List.of(
          new Vocabularies.Term(
              Vocabularies.WIJKTYPE, "vergrijsde-krimpwijk", "Vergrijsde krimpwijk", "c"),
          new Vocabularies.Term(Vocabularies.VRAAGSTUK, "eenzaamheid", "Eenzaamheid", "c"));

  @Test
  void everyReasonCodeHasItsTextsInDutchAndEnglish() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String file : BUNDLES) {
      Properties texts = load(file);
      for (ReasonCode code : ReasonCode.values()) {
        for (String key : ReasonTexts.messageKeys(code)) {
          if (texts.getProperty(key, "").isBlank()) {
            missing.add(file + ": " + key + " (" + code + ")");
          }
        }
      }
      for (EvidenceLevel level : EvidenceLevel.values()) {
        String key = "koffer.evidence." + level.slug();
        if (texts.getProperty(key, "").isBlank()) {
          missing.add(file + ": " + key + " (" + level + ")");
        }
      }
    }
    assertEquals(List.of(), missing);
  }

  @Test
  void everyReasonIsWordedInBothLanguages() {
    for (Locale locale : List.of(Locale.forLanguageTag("nl"), Locale.ENGLISH)) {
      ReasonTexts words = ReasonTexts.of(locale, TERMS);
      for (Reason r : oneOfEach()) {
        String line = words.line(r);
        assertFalse(line.contains("{"), line);
        assertTrue(line.length() > 8, line);
      }
    }
  }

  @Test
  void reasonsReadAsTheFitsPageAlwaysSaidThem() {
    Map<Locale, List<String>> expected =
        Map.of(
            Locale.forLanguageTag("nl"),
            List.of(
                "+3 — wijktype: Vergrijsde krimpwijk",
                "+2 — vraagstuk: Eenzaamheid",
                "+1 — thema: gezondheid",
                "+0,5 — bewijskracht: Goed beschreven",
                "+1 — gebruikt in vergelijkbare wijken: 2 andere gemeenten, 3 keer gebruikt in:"
                    + " Vergrijsde krimpwijk",
                "+0,75 — resultaten in vergelijkbare wijken: gemiddelde waardering 4,5 van 5, over"
                    + " 2 beoordeelde gebruiken",
                "+0,25 — elders gebruikt: 1 andere gemeente, in andere wijktypes dan: Vergrijsde"
                    + " krimpwijk",
                "+0,25 — elders gebruikt: 1 andere gemeente",
                "−2 — vraagt meer uren dan beschikbaar: vraagt 8,5 uur per week, 8 beschikbaar",
                "−2 — vraagt meer mensen dan beschikbaar: vraagt 3 personen, 2 beschikbaar",
                "−2 — vraagt meer budget dan beschikbaar: vraagt €\u00a012.500,50, €\u00a05.000,00"
                    + " beschikbaar"),
            Locale.ENGLISH,
            List.of(
                "+3 — wijk type: Vergrijsde krimpwijk",
                "+2 — issue: Eenzaamheid",
                "+1 — theme: gezondheid",
                "+0.5 — evidence: Well described",
                "+1 — used in similar wijken: 2 other gemeenten, 3 uses in: Vergrijsde krimpwijk",
                "+0.75 — outcomes in similar wijken: average rating 4.5 of 5, over 2 rated uses",
                "+0.25 — used elsewhere: 1 other gemeente, in other wijk types than: Vergrijsde"
                    + " krimpwijk",
                "+0.25 — used elsewhere: 1 other gemeente",
                "−2 — needs more hours than available: needs 8.5 hours per week, 8 available",
                "−2 — needs more people than available: needs 3 people, 2 available",
                "−2 — needs more budget than available: needs €12,500.50, €5,000.00 available"));
    expected.forEach(
        (locale, lines) -> {
          ReasonTexts words = ReasonTexts.of(locale, TERMS);
          assertEquals(lines, oneOfEach().stream().map(words::line).toList(), locale.toString());
        });
  }

  static List<Reason> oneOfEach() {
    return List.of(
        reason(ReasonCode.WIJKTYPE, "3", ReasonArgs.words(List.of("vergrijsde-krimpwijk"))),
        reason(ReasonCode.VRAAGSTUK, "2", ReasonArgs.words(List.of("eenzaamheid"))),
        reason(ReasonCode.THEME, "1", ReasonArgs.words(List.of("gezondheid"))),
        reason(ReasonCode.EVIDENCE, "0.5", ReasonArgs.evidence(EvidenceLevel.GOED_BESCHREVEN)),
        reason(
            ReasonCode.USED_IN_SIMILAR_WIJKEN, "1", ReasonArgs.uses(2, 3, "vergrijsde-krimpwijk")),
        reason(ReasonCode.OUTCOMES, "0.75", ReasonArgs.rating(new BigDecimal("4.5"), 2)),
        reason(ReasonCode.USED_ELSEWHERE, "0.25", ReasonArgs.uses(1, null, "vergrijsde-krimpwijk")),
        reason(ReasonCode.USED_ELSEWHERE, "0.25", ReasonArgs.uses(1, null, null)),
        reason(
            ReasonCode.TOO_MANY_HOURS,
            "-2",
            ReasonArgs.capacity(new BigDecimal("8.5"), new BigDecimal("8"))),
        reason(
            ReasonCode.TOO_MANY_PEOPLE,
            "-2",
            ReasonArgs.capacity(BigDecimal.valueOf(3), BigDecimal.valueOf(2))),
        reason(
            ReasonCode.OVER_BUDGET,
            "-2",
            ReasonArgs.capacity(new BigDecimal("12500.50"), new BigDecimal("5000"))));
  }

  static Reason reason(ReasonCode code, String points, ReasonArgs args) {
    return new Reason(code, new BigDecimal(points), args);
  }

  static Properties load(String file) throws IOException {
    Properties p = new Properties();
    try (InputStream in = ReasonTexts.class.getResourceAsStream(file)) {
      assertTrue(in != null, file);
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }
}
