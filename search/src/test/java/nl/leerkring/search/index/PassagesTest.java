package nl.leerkring.search.index;

import static nl.leerkring.search.index.Items.item;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.search.analysis.DutchAnalysis;
import nl.leerkring.tenants.tenancy.TenantId;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.IOUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The passages of a hit (F12): made cheaper, they must show what Lucene's highlighter with its
 * defaults showed — the same sentences, the same words marked, escaped — except that a prefix now
 * marks every word the index matched, as a whole word does.
 */
class PassagesTest {

  private static final String BODY =
      "De gemeente Duiven werkt aan de wijkaanpak. Bewoners praten mee, o.a. over groen en"
          + " spelen in art. 3 van het plan. Het wijkteam helpt bij vragen! Wat kost de"
          + " wijkaanpak? De kosten staan in de begroting & het \"budget\" <b>2024</b>.\n\n"
          + "Een nieuwe alinea zonder de gezochte woorden.  En nog een zin over het wijkteam\n"
          + "die doorloopt op de volgende regel. Tot slot: de gemeente.";

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private static ByteBuffersDirectory directory;
  private static DirectoryReader reader;
  private static IndexSearcher searcher;
  private static final Analyzer QUERYING = DutchAnalysis.querying();

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Analyzer indexing =
        new PerFieldAnalyzerWrapper(
            DutchAnalysis.indexing(), java.util.Map.of(Fields.WORDS, DutchAnalysis.words()));
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(indexing))) {
      w.addDocument(
          ItemDocuments.facetsConfig()
              .build(
                  ItemDocuments.toDocument(
                      item("document:plan", Visibility.publicFrom(new TenantId("tenant-duiven")))
                          .title("Plan")
                          .text(BODY)
                          .build())));
    }
    reader = DirectoryReader.open(directory);
    searcher = new IndexSearcher(reader);
  }

  @AfterAll
  static void close() throws IOException {
    IOUtils.close(reader, directory);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"wijkteam", "wijkaanpak gemeente", "\"volgende regel\"", "begroting OR groen"})
  void passagesAreThoseOfLucenesOwnHighlighter(String q) throws IOException {
    Query query = UserQuery.parse(q);
    assertArrayEquals(lucenes(query), ours(query), q);
  }

  @Test
  void aWordIsMarkedInTheSentencesThatHoldIt() throws IOException {
    assertEquals(
        "Het <mark>wijkteam</mark> helpt bij vragen! \u0000En nog een zin over het"
            + " <mark>wijkteam</mark>\ndie doorloopt op de volgende regel. ",
        ours(UserQuery.parse("wijkteam"))[0]);
  }

  @Test
  void textIsEscapedAroundTheMarks() throws IOException {
    String formatted = ours(UserQuery.parse("begroting"))[0];
    assertEquals(
        "De kosten staan in de <mark>begroting</mark> &amp; het"
            + " &quot;budget&quot; &lt;b&gt;2024&lt;&#x2F;b&gt;.\n\n",
        formatted);
  }

  @Test
  void aPrefixMarksTheWordsTheIndexMatchedWithoutAnalysingTheTextAgain() throws IOException {
    Query prefix = UserQuery.parse("wijk*");
    Set<String> before = marks(lucenes(prefix)[0]);
    Set<String> now = marks(ours(prefix)[0]);
    assertTrue(now.containsAll(before), now + " should hold " + before);
    assertTrue(now.containsAll(Set.of("wijkaanpak", "wijkteam")), now.toString());
  }

  @Test
  void aQueryWithoutWordsShowsTheFirstSentences() throws IOException {
    assertEquals(lucenes(new MatchAllDocsQuery())[0], ours(new MatchAllDocsQuery())[0]);
  }

  @Test
  void sentenceBoundariesAreTheJdksReadForward() {
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.ROOT);
    jdk.setText(BODY);
    List<Integer> expected = new java.util.ArrayList<>();
    for (int b = jdk.first(); b != BreakIterator.DONE; b = jdk.next()) {
      expected.add(b);
    }
    SentenceBreaks ours = new SentenceBreaks();
    ours.setText(BODY);
    for (int offset = 0; offset <= BODY.length(); offset++) {
      int at = offset;
      int following = expected.stream().filter(b -> b > at).findFirst().orElse(BreakIterator.DONE);
      int preceding =
          expected.stream().filter(b -> b < at).reduce((a, b) -> b).orElse(BreakIterator.DONE);
      assertEquals(following, ours.following(offset), "following " + offset);
      assertEquals(preceding, ours.preceding(offset), "preceding " + offset);
    }
    assertEquals(BODY.length(), ours.last());
    assertEquals(0, ours.first());
    assertEquals(expected.get(1), ours.next());
  }

  private static String[] ours(Query query) throws IOException {
    ScoreDoc[] page = searcher.search(query, 10).scoreDocs;
    String[] bodies = new String[page.length];
    for (int i = 0; i < page.length; i++) {
      Document d = searcher.storedFields().document(page[i].doc);
      bodies[i] = d.get(Fields.BODY);
    }
    return new Passages(QUERYING).of(searcher, query, page, bodies);
  }

  /** Lucene's highlighter as the portal used it before F12. */
  private static String[] lucenes(Query query) throws IOException {
    TopDocs top = searcher.search(query, 10);
    return UnifiedHighlighter.builder(searcher, QUERYING)
        .withMaxLength(1_000_000)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "\u0000", true))
        .build()
        .highlight(Fields.BODY, query, top, 3);
  }

  private static Set<String> marks(String formatted) {
    Set<String> words = new java.util.TreeSet<>();
    Matcher m = MARK.matcher(formatted);
    while (m.find()) {
      words.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return words;
  }
}
