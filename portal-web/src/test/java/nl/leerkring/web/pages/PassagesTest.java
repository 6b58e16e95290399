package nl.leerkring.web.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The preview and the marked passage of an item page. */
class PassagesTest {

  private static String marked(List<Passages.Part> parts) {
    return parts.stream()
        .map(p -> p.marked() ? "[" + p.text() + "]" : p.text())
        .collect(Collectors.joining());
  }

  @Test
  void aShortTextIsPreviewedWhole() {
    assertEquals("Een korte nota.", Passages.preview("  Een korte\n\n nota. ", 100));
  }

  @Test
  void aLongTextIsCutAtAWordWithAnEllipsis() {
    String preview = Passages.preview("woord ".repeat(400), 50);
    assertTrue(preview.endsWith("woord …"), preview);
    assertTrue(preview.length() <= 52, preview);
  }

  @Test
  void queryTermsLoseOperatorsQuotesAndWildcards() {
    assertEquals(
        List.of("mantelzorg", "wijk"), Passages.terms("\"Mantelzorg\" AND wijk* OR mantelzorg^2"));
    assertEquals(List.of(), Passages.terms(null));
  }

  @Test
  void thePassageMarksEveryOccurrenceAlsoInsideLongerWords() {
    String text = "In Duiven helpt de wijkaanpak. Mantelzorg en zorg gaan samen in de wijk.";
    assertEquals(
        "In Duiven helpt de [wijk]aanpak. Mantel[zorg] en [zorg] gaan samen in de [wijk].",
        marked(Passages.passage(text, List.of("zorg", "wijk"), 500)));
  }

  @Test
  void aPassageFarIntoTheTextStartsNearTheFirstMatchAtAWord() {
    String text = "begin ".repeat(200) + "hier staat de mantelzorg centraal " + "eind ".repeat(200);
    String passage = marked(Passages.passage(text, List.of("mantelzorg"), 120));
    assertTrue(passage.startsWith("… "), passage);
    assertTrue(passage.contains("de mantel[zorg]") || passage.contains("[mantelzorg]"), passage);
    assertTrue(passage.endsWith(" …"), passage);
    assertTrue(passage.length() < 140, passage);
  }

  @Test
  void noMatchNoPassage() {
    assertEquals(List.of(), Passages.passage("niets hier", List.of("zorg"), 100));
    assertEquals(List.of(), Passages.passage(null, List.of("zorg"), 100));
  }

  @Test
  void markupInTheTextStaysText() {
    List<Passages.Part> parts = Passages.passage("<script>zorg()</script>", List.of("zorg"), 100);
    assertEquals("<script>[zorg]()</script>", marked(parts), "the page escapes each part");
  }
}
