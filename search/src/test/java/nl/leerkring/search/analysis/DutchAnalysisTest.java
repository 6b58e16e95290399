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
    assertEquals(List.of("buurt", "voorzien"), DUTCH.partTerms("buurtvoorzieningen"));
  }

  @Test
  void stopWordsAreRemoved() {
    assertEquals(List.of("aanpak", "wijk"), DUTCH.queryTerms("de aanpak van het wijk"));
    assertEquals(List.of("aanpak", "wijk"), DUTCH.indexTerms("de aanpak van het wijk"));
    assertTrue(DUTCH.indexTerms("een en de het van").isEmpty());
  }

  /** No stop word is a compound, nor yields a part (tijd in altijd, orde in worden). */
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
  void aPartFoundInsideANameIsNoPart() {
    // The issue's examples: with the word list these names were found by wijk, zorg and water.
    for (String name :
        List.of(
            "Kootwijkerbroek",
            "Crooswijk",
            "Steenwijkerwold",
            "Bronswijk",
            "Zorgvlietstraat",
            "Buitenzorgpad",
            "Waterrijk")) {
      String text = "Het plan voor " + name + " is klaar.";
      assertEquals(List.of(), DUTCH.partTerms(text), name);
      assertMisses("wijk", text);
      assertMisses("zorg", text);
      assertMisses("water", text);
    }
  }

  @Test
  void theWholeWordMustBeMadeOfWords() {
    // wijk occurs in these words, but the rest is no word: no split.
    assertMisses("wijk", "afwijking");
    assertMisses("wijk", "uitwijken");
    assertMisses("zorg", "bezorgd");
    assertMisses("zorg", "zorgvuldig");
    assertEquals(List.of("wijk", "aanpak"), DutchAnalysis.split("wijkaanpak"));
  }

  @Test
  void aCompoundAtTheStartOfTheTextIsSplit() {
    // The first word may carry a capital without being a name.
    assertFinds("aanpak", "Wijkaanpak in Duiven");
    assertMisses("aanpak", "Het plan van Wijkaanpakstad");
  }

  @Test
  void theExceptionsListIsCleanAndShort() throws IOException {
    List<String> problems = new ArrayList<>();
    int entries = 0;
    try (InputStream in = DutchAnalysis.class.getResourceAsStream(DutchLexicon.EXCEPTIONS)) {
      assertNotNull(in, DutchLexicon.EXCEPTIONS);
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        entries++;
        if (!line.matches("[+=-]\\p{Ll}+")) {
          problems.add((i + 1) + ": not +word, -word or =word: " + line);
        }
        if (!seen.add(line)) {
          problems.add((i + 1) + ": listed twice: " + line);
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(entries <= 100, "the exceptions list is meant to stay short: " + entries);
    assertTrue(DutchAnalysis.lexiconSize() > 100_000, "lexicon: " + DutchAnalysis.lexiconSize());
  }
}
