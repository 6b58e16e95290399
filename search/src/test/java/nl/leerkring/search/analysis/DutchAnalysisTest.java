package nl.leerkring.search.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Index terms against query terms: what a search for a word finds, through DutchAnalysis. */
class DutchAnalysisTest {

  @RegisterExtension static final DutchAnalyzers DUTCH = new DutchAnalyzers();

  /** Whether a search for {@code query} matches a text that contains {@code indexed}. */
  private static boolean finds(String query, String indexed) {
    List<String> wanted = DUTCH.queryTerms(query);
    assertFalse(wanted.isEmpty(), "query " + query + " has no terms");
    return DUTCH.indexTerms(indexed).containsAll(wanted);
  }

  private static void assertFinds(String query, String indexed) {
    assertTrue(
        finds(query, indexed),
        () ->
            "a search for "
                + query
                + " "
                + DUTCH.queryTerms(query)
                + " should find "
                + indexed
                + " "
                + DUTCH.indexTerms(indexed));
  }

  private static void assertMisses(String query, String indexed) {
    assertFalse(
        finds(query, indexed),
        () ->
            "a search for "
                + query
                + " should not find "
                + indexed
                + " "
                + DUTCH.indexTerms(indexed));
  }

  @Test
  void partFindsItsCompound() {
    assertFinds("aanpak", "wijkaanpak");
    assertFinds("wijk", "wijkaanpak");
    assertMisses("aanpak", "wijkcentrum");
    assertMisses("zorg", "wijkaanpak");
  }

  @Test
  void zorgFindsMantelzorgAndOuderenzorg() {
    assertFinds("zorg", "mantelzorg");
    assertFinds("mantel", "mantelzorg");
    assertFinds("zorg", "ouderenzorg");
    assertFinds("ouderen", "ouderenzorg");
    assertFinds("zorg", "mantelzorgers");
    assertMisses("zorg", "ouderenbeleid");
  }

  @Test
  void voorzieningFindsBuurtvoorziening() {
    assertFinds("voorziening", "buurtvoorziening");
    assertFinds("voorziening", "buurtvoorzieningen");
    assertFinds("voorzieningen", "buurtvoorziening");
    assertFinds("buurt", "buurtvoorzieningen");
    assertMisses("voorziening", "buurtbewoners");
  }

  @Test
  void stemmingMakesWijkFindWijken() {
    assertFinds("wijk", "wijken");
    assertFinds("wijken", "wijk");
    assertFinds("wijken", "vervolgwijken");
    assertMisses("wijk", "buurten");
  }

  @Test
  void compoundStillFindsItself() {
    assertFinds("wijkaanpak", "wijkaanpak");
    assertFinds("ouderenzorg", "ouderenzorg");
    // The compound is kept as a term, so a search for it does not match on its parts alone.
    assertMisses("wijkaanpak", "de aanpak van de wijk");
  }

  @Test
  void linkingSIsHandled() {
    assertFinds("veiligheid", "veiligheidsbeleid");
    assertFinds("beleid", "veiligheidsbeleid");
    assertFinds("gezondheid", "gezondheidszorg");
    assertFinds("inkomen", "inkomensondersteuning");
  }

  @Test
  void queryAnalysisDoesNotSplit() {
    assertEquals(List.of("wijkaanpak"), DUTCH.queryTerms("wijkaanpak"));
    assertEquals(1, DUTCH.queryTerms("buurtvoorzieningen").size());
    assertTrue(DUTCH.indexTerms("buurtvoorzieningen").size() > 1);
  }

  @Test
  void stopWordsAreRemoved() {
    assertEquals(List.of("aanpak", "wijk"), DUTCH.queryTerms("de aanpak van het wijk"));
    // A word that is itself in the list is indexed twice at the same position; no stop word is.
    assertEquals(
        Set.of("aanpak", "wijk"), new HashSet<>(DUTCH.indexTerms("de aanpak van het wijk")));
    assertTrue(DUTCH.indexTerms("een en de het van").isEmpty());
  }

  /**
   * The stop filter runs after splitting: it drops a stop word, but not a part found inside it. No
   * part may therefore occur inside a stop word (tijd in altijd, orde in worden).
   */
  @Test
  void noStopWordYieldsAPart() {
    List<String> leaks = new ArrayList<>();
    for (Object entry : DutchAnalyzer.getDefaultStopSet()) {
      String word = new String((char[]) entry);
      List<String> terms = DUTCH.indexTerms(word);
      if (!terms.isEmpty()) {
        leaks.add(word + " " + terms);
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void diacriticsFold() {
    assertEquals(DUTCH.queryTerms("financiele"), DUTCH.queryTerms("financiële"));
    assertFinds("financiele", "financiële");
    assertFinds("financiële", "financiele");
    assertFinds("client", "cliëntondersteuning");
    assertMisses("financiele", "financiering");
  }

  @Test
  void partsThatOccurByAccidentInCommonWordsAreNotListed() {
    // ouder is left out of the list: otherwise every wethouder would be found by ouders.
    assertMisses("ouders", "wethouder");
    assertMisses("ouders", "wethouders");
    // Guard words: the longest match at the start is the word itself, not the part.
    assertMisses("geld", "geldig");
    assertMisses("schuld", "verschuldigd");
    assertMisses("rijk", "belangrijkste");
  }

  @Test
  void wordListIsCleanAndOfTheIntendedSize() throws IOException {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int words = 0;
    try (InputStream in = DutchAnalysis.class.getResourceAsStream(DutchAnalysis.PARTS_RESOURCE)) {
      assertNotNull(in, DutchAnalysis.PARTS_RESOURCE);
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        words++;
        if (!line.matches("\\p{Ll}+")) {
          problems.add((i + 1) + ": not one lower-case word: " + line);
        } else if (line.length() < DutchAnalysis.MIN_PART) {
          problems.add((i + 1) + ": shorter than " + DutchAnalysis.MIN_PART + ": " + line);
        }
        if (!seen.add(line)) {
          problems.add((i + 1) + ": listed twice: " + line);
        }
      }
    }
    assertEquals(List.of(), problems);
    assertEquals(words, DutchAnalysis.partCount());
    assertTrue(words >= 600 && words <= 1500, "words in the list: " + words);
  }
}
