package nl.leerkring.portal.koffer;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import org.junit.jupiter.api.Test;

/** The rules of a method card and a use, checked before anything is stored. */
class MethodCardTest {

  private static MethodDraft with(
      String name, String evidence, String source, List<String> steps, BigDecimal budget) {
    MethodDraft d = KofferBuilder.draft("Voorzorgcirkels");
    return new MethodDraft(
        name,
        d.summary(),
        d.objective(),
        d.targetGroup(),
        steps,
        d.workingElements(),
        d.hoursPerWeek(),
        d.people(),
        budget,
        d.preconditionsNote(),
        d.transferability(),
        evidence,
        source,
        d.themes(),
        d.wijktypes(),
        d.vraagstukken(),
        d.materials(),
        d.contact(),
        null);
  }

  private static String refused(MethodDraft draft) {
    return assertThrows(PortalException.class, () -> MethodCard.check(draft)).getMessage();
  }

  @Test
  void aCompleteCardPasses() {
    assertDoesNotThrow(() -> MethodCard.check(KofferBuilder.draft("Voorzorgcirkels")));
    MethodCard card = new MethodCard(KofferBuilder.draft(" Voorzorgcirkels "), "lid");
    assertEquals("Voorzorgcirkels", card.name());
    assertEquals(
        List.of("Bewoners werven", "Kring starten", "Na een half jaar evalueren"), card.steps());
    assertEquals(EvidenceLevel.GOED_BESCHREVEN, card.evidence());
  }

  @Test
  void requiredFieldsAndEvidenceSourcesAreChecked() {
    assertTrue(
        refused(with("  ", "praktijk", null, List.of("Stap"), null))
            .contains("name: KofferCode.REQUIRED"));
    assertTrue(
        refused(with("X", "effectief", null, List.of("Stap"), null))
            .contains("KofferCode.EVIDENCE_NEEDS_SOURCE"));
    assertTrue(
        refused(with("X", "goed-onderbouwd", " ", List.of("Stap"), null))
            .contains("KofferCode.EVIDENCE_NEEDS_SOURCE"));
    assertDoesNotThrow(() -> MethodCard.check(with("X", "praktijk", null, List.of("Stap"), null)));
    assertTrue(
        refused(with("X", "heel goed", null, List.of("Stap"), null))
            .contains("evidence: KofferCode.EVIDENCE_UNKNOWN [heel goed]"));
    assertTrue(
        refused(with("X", "praktijk", null, List.of(), null))
            .contains("steps: KofferCode.STEPS_REQUIRED"));
    assertTrue(
        refused(with("X", "praktijk", null, List.of("Stap", ""), null))
            .contains("steps: KofferCode.EMPTY_ENTRY"));
  }

  @Test
  void everyWrongFieldOfACardIsReportedAtOnce() {
    String message =
        refused(with(" ", "effectief", null, List.of("Stap", " "), new BigDecimal("-1")));
    for (String expected :
        List.of(
            "name: KofferCode.REQUIRED",
            "evidenceSource: KofferCode.EVIDENCE_NEEDS_SOURCE",
            "steps: KofferCode.EMPTY_ENTRY",
            "budget: KofferCode.NOT_AN_AMOUNT")) {
      assertTrue(message.contains(expected), expected + " in " + message);
    }
  }

  @Test
  void amountsAreNotNegativeAndHaveAtMostTwoDecimals() {
    assertTrue(
        refused(with("X", "praktijk", null, List.of("S"), new BigDecimal("-1")))
            .contains("budget: KofferCode.NOT_AN_AMOUNT"));
    assertTrue(
        refused(with("X", "praktijk", null, List.of("S"), new BigDecimal("1.005")))
            .contains("budget: KofferCode.NOT_AN_AMOUNT"));
    assertDoesNotThrow(
        () ->
            MethodCard.check(with("X", "praktijk", null, List.of("S"), new BigDecimal("1500.50"))));
  }

  @Test
  void codesAreKeptInLowerCaseAndListsBounded() {
    MethodDraft d = KofferBuilder.draft("X");
    MethodDraft shouting =
        new MethodDraft(
            d.name(),
            d.summary(),
            null,
            null,
            d.steps(),
            List.of(),
            null,
            null,
            null,
            null,
            null,
            "praktijk",
            null,
            List.of("Gezondheid"),
            List.of("DORP"),
            List.of("Eenzaamheid"),
            List.of(),
            null,
            null);
    MethodCard card = new MethodCard(shouting, "lid");
    assertEquals(List.of("dorp"), card.wijktypes());
    assertEquals(List.of("eenzaamheid"), card.vraagstukken());
    List<String> many = java.util.Collections.nCopies(31, "stap");
    assertTrue(
        refused(with("X", "praktijk", null, many, null))
            .contains("steps: KofferCode.TOO_MANY [30]"));
  }

  @Test
  void aUseNeedsWhereWhenAndWhatAndARatingInRange() {
    UseDraft ok =
        new UseDraft(
            "Zuid",
            "dorp",
            LocalDate.of(2025, 1, 1),
            null,
            null,
            "Gedaan",
            null,
            null,
            3,
            List.of());
    assertDoesNotThrow(() -> new MethodUse("m", "M", ok, "lid"));
    assertRefused(
        new UseDraft(" ", null, LocalDate.now(), null, null, "x", null, null, null, null));
    assertRefused(new UseDraft("Zuid", null, null, null, null, "x", null, null, null, null));
    assertRefused(
        new UseDraft(
            "Zuid",
            null,
            LocalDate.of(2025, 5, 1),
            LocalDate.of(2025, 4, 1),
            null,
            "x",
            null,
            null,
            null,
            null));
    assertRefused(
        new UseDraft("Zuid", null, LocalDate.now(), null, null, "x", null, null, 6, null));
    assertRefused(
        new UseDraft("Zuid", null, LocalDate.now(), null, null, " ", null, null, null, null));
  }

  private static void assertRefused(UseDraft use) {
    assertThrows(PortalException.class, () -> new MethodUse("m", "M", use, "lid"));
  }

  @Test
  void vocabularyCodesComeFromLabels() {
    assertEquals("wijk-aan-het-water", Vocabularies.codeOf("Wijk aan het water"));
    assertEquals("vve-beheer", Vocabularies.codeOf("VVE-beheer"));
    assertEquals(
        "naoorlogse-wijk-jaren-50-70", Vocabularies.codeOf("Naoorlogse wijk (jaren 50–70)"));
    assertEquals("cafe-de-buurt", Vocabularies.codeOf(" Café dé Buurt! "));
  }
}
