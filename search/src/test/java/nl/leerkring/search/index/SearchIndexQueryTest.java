package nl.leerkring.search.index;

import static nl.leerkring.search.index.Items.facet;
import static nl.leerkring.search.index.Items.grant;
import static nl.leerkring.search.index.Items.idSet;
import static nl.leerkring.search.index.Items.ids;
import static nl.leerkring.search.index.Items.item;
import static nl.leerkring.search.index.Items.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a reader types and asks for: Dutch analysis, query syntax, bad input, facets, pages. */
class SearchIndexQueryTest {

  private static final TenantId DUIVEN = new TenantId("tenant-duiven");
  private static final TenantId WIJCHEN = new TenantId("tenant-wijchen");
  private static final TenantId DEVENTER = new TenantId("tenant-deventer");
  private static final CircleId K = new CircleId("circle-k");
  private static final String K_SLUG = "leerkring-wijken";

  /** Reads everything below (public and circle K) and has no workspace, so nothing is folded. */
  private static final Viewer READER =
      viewer(null, Role.RESEARCHER, grant(K, K_SLUG, CircleRole.RESEARCHER));

  private static final String WIJK = "publication:wijk";
  private static final String WIJKAANPAK = "publication:wijkaanpak";
  private static final String MANTELZORG = "publication:mantelzorg";
  private static final String OUDERENZORG = "publication:ouderenzorg";
  private static final String BEIDE = "publication:beide";
  private static final String BUURT = "publication:buurt";
  private static final String BLIJF = "publication:blijf";
  private static final String VERSLAG = "publication:verslag";
  private static final String SCRIPT = "publication:script";
  private static final String NODATE = "publication:nodate";

  private static final List<String> NEWEST_FIRST =
      List.of(
          WIJKAANPAK, MANTELZORG, OUDERENZORG, WIJK, BEIDE, BUURT, BLIJF, VERSLAG, SCRIPT, NODATE);

  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void fill() {
    index = SearchIndex.open(dir);
    Visibility duiven = Visibility.publicFrom(DUIVEN);
    Visibility wijchen = Visibility.publicFrom(WIJCHEN);
    Visibility deventer = Visibility.publicFrom(DEVENTER);
    List<IndexedItem> items = new ArrayList<>();
    items.add(
        item(WIJK, duiven)
            .title("Nota over de wijk")
            .text("In de wijk Centrum is veel te doen.")
            .gemeente("Duiven")
            .date("2021-02-01")
            .themes("wonen")
            .wijken("Centrum")
            .audience("public")
            .build());
    items.add(
        item(WIJKAANPAK, Visibility.inCircle(DUIVEN, K))
            .title("Evaluatie wijkaanpak")
            .summary("De wijkaanpak werkt goed in Duiven.")
            .text("Raadsvoorstel 2024/17 gaat over geld.")
            .gemeente("Duiven")
            .type("raadsvoorstel", "Raadsvoorstel")
            .number("2024-17")
            .date("2024-03-12")
            .themes("wonen", "Sociaal Domein")
            .wijken("Blijfwijk")
            .audience(K_SLUG)
            .build());
    items.add(
        item(MANTELZORG, Visibility.inCircle(WIJCHEN, K))
            .title("Mantelzorg")
            .text("Ondersteuning van mantelzorg in de buurt.")
            .gemeente("Wijchen")
            .type("raadsvoorstel", "Raadsvoorstel")
            .date("2023-05-05")
            .themes("zorg", "Sociaal Domein")
            .wijken("Noord")
            .audience(K_SLUG)
            .build());
    items.add(
        item(OUDERENZORG, deventer)
            .title("Ouderenzorg")
            .text("Plannen voor ouderenzorg.")
            .gemeente("Deventer")
            .date("2022-09-09")
            .themes("zorg")
            .wijken("Centrum")
            .audience("public")
            .build());
    items.add(
        item(BEIDE, wijchen)
            .title("Samenhang")
            .text("Mantelzorg en ouderenzorg samen.")
            .gemeente("Wijchen")
            .date("2020-01-01")
            .themes("zorg")
            .audience("public")
            .build());
    items.add(
        item(BUURT, deventer)
            .title("Buurthuizen")
            .text("De buurtvoorzieningen (zoals buurthuizen) sluiten.")
            .gemeente("Deventer")
            .date("2019-06-01")
            .themes("wonen")
            .wijken("Centrum")
            .audience("public")
            .build());
    items.add(
        item(BLIJF, duiven)
            .title("Blijfwijk")
            .text("Over het plan voor de nieuwe school.")
            .gemeente("Duiven")
            .date("2018-01-01")
            .themes("onderwijs")
            .wijken("Blijfwijk")
            .audience("public")
            .build());
    items.add(
        item(VERSLAG, Visibility.inCircle(DUIVEN, K))
            .title("Verslag")
            .text("Bezoek aan Blijfwijk.")
            .gemeente("Duiven")
            .type("verslag", "Verslag")
            .date("2017-01-01")
            .audience(K_SLUG)
            .build());
    items.add(
        item(SCRIPT, wijchen)
            .title("Tekst met opmaak")
            .text(
                "Let op <script>alert(1)</script> in de tekst over de wijkaanpak & het \"budget\"'s.")
            .gemeente("Wijchen")
            .date("2016-01-01")
            .audience("public")
            .build());
    items.add(
        item(NODATE, deventer)
            .title("Zonder datum")
            .text("Een notitie zonder datum.")
            .gemeente("Deventer")
            .date(null)
            .audience("public")
            .build());
    items.forEach(index::upsert);
    index.refresh();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResult search(String query) {
    return index.search(new SearchRequest(query, Map.of(), null, 1, 100), READER);
  }

  private static Set<String> found(String query) {
    SearchResult result = search(query);
    assertEquals(result.hits().size(), result.total(), query);
    return idSet(result);
  }

  private static SearchResult filtered(String query, Facet facet, String value) {
    return index.search(new SearchRequest(query, Map.of(facet, value), null, 1, 100), READER);
  }

  private static SearchException refused(String query) {
    return assertThrows(SearchException.class, () -> search(query), query);
  }

  // --- Dutch ---

  @Test
  void aPluralFindsTheSingular() {
    assertTrue(found("wijken").contains(WIJK));
    assertTrue(found("wijk").contains(WIJK));
    assertFalse(found("wijken").contains(MANTELZORG));
  }

  @Test
  void aPartFindsItsCompounds() {
    assertEquals(Set.of(WIJKAANPAK, SCRIPT), found("aanpak"));
    assertEquals(Set.of(MANTELZORG, OUDERENZORG, BEIDE), found("zorg"));
    assertEquals(Set.of(BUURT), found("voorziening"));
    assertEquals(Set.of(BUURT), found("voorzieningen"));
  }

  @Test
  void theCompoundItselfFindsOnlyItself() {
    assertEquals(Set.of(MANTELZORG, BEIDE), found("mantelzorg"));
    assertEquals(Set.of(OUDERENZORG, BEIDE), found("ouderenzorg"));
  }

  // --- syntax ---

  @Test
  void anExactPhraseKeepsItsOrder() {
    assertEquals(Set.of(WIJKAANPAK), found("\"wijkaanpak werkt\""));
    assertEquals(Set.of(), found("\"werkt wijkaanpak\""));
    assertEquals(Set.of(WIJKAANPAK), found("werkt wijkaanpak"));
    // Brackets inside quotes are text, not grouping.
    assertEquals(Set.of(BUURT), found("\"buurtvoorzieningen (zoals\""));
  }

  @Test
  void aPrefixFindsTheWordsThatStartWithIt() {
    assertEquals(Set.of(BLIJF, VERSLAG, WIJKAANPAK), found("blijf*"));
    assertEquals(Set.of(BLIJF, VERSLAG, WIJKAANPAK), found("Blijf*"));
    assertEquals(Set.of(BLIJF), found("title:blijf*"));
    assertEquals(Set.of(), found("blijx*"));
  }

  @Test
  void operatorsCombineWords() {
    assertEquals(Set.of(BEIDE), found("mantelzorg ouderenzorg"));
    assertEquals(Set.of(BEIDE), found("mantelzorg AND ouderenzorg"));
    assertEquals(Set.of(MANTELZORG, OUDERENZORG, BEIDE), found("mantelzorg OR ouderenzorg"));
    assertEquals(Set.of(MANTELZORG), found("mantelzorg NOT ouderenzorg"));
    assertEquals(Set.of(MANTELZORG), found("mantelzorg -ouderenzorg"));
    assertEquals(Set.of(OUDERENZORG, MANTELZORG), found("(mantelzorg OR ouderenzorg) -samen"));
  }

  @Test
  void onlyExcludedWordsMeanEverythingElse() {
    Set<String> all = Set.copyOf(NEWEST_FIRST);
    Set<String> expected = new java.util.HashSet<>(all);
    expected.removeAll(Set.of(MANTELZORG, BEIDE));
    assertEquals(expected, found("-mantelzorg"));
    assertEquals(expected, found("NOT mantelzorg"));
  }

  @Test
  void titleSearchesTheTitleOnly() {
    // The wijkaanpak evaluation is filed under wijk Blijfwijk: themes and wijken are searched too.
    assertEquals(Set.of(BLIJF, VERSLAG, WIJKAANPAK), found("blijfwijk"));
    assertEquals(Set.of(BLIJF), found("title:blijfwijk"));
    assertEquals(Set.of(BLIJF), found("title:Blijfwijk"));
  }

  @Test
  void textThatLooksLikeSyntaxIsSearchedAsWritten() {
    search("art. 3:1");
    search("artikel 3:1 lid 2");
    search("wijkaanpak en/of buurt");
    assertEquals(Set.of(WIJKAANPAK), found("2024/17"));
    assertEquals(Set.of(WIJKAANPAK), found("\"2024/17\""));
  }

  // --- bad input ---

  @Test
  void anUnclosedQuoteSaysToCloseIt() {
    SearchException e = refused("\"wijkaanpak werkt");
    assertEquals(SearchException.Kind.SYNTAX, e.kind());
    assertTrue(e.getMessage().contains("quote"), e.getMessage());
  }

  @Test
  void unbalancedBracketsSayWhichOne() {
    SearchException open = refused("(mantelzorg OR ouderenzorg");
    assertEquals(SearchException.Kind.SYNTAX, open.kind());
    assertTrue(open.getMessage().contains("not closed"), open.getMessage());
    SearchException close = refused("mantelzorg) OR ouderenzorg");
    assertEquals(SearchException.Kind.SYNTAX, close.kind());
    assertTrue(close.getMessage().contains("no opening bracket"), close.getMessage());
  }

  @Test
  void aLeadingWildcardSaysToPutItAtTheEnd() {
    for (String q : List.of("*zorg", "mantel -*zorg", "?org")) {
      SearchException e = refused(q);
      assertEquals(SearchException.Kind.SYNTAX, e.kind(), q);
      assertTrue(e.getMessage().contains("at the end"), e.getMessage());
    }
  }

  @Test
  void aDanglingOperatorSaysItNeedsTwoSides() {
    for (String q : List.of("mantelzorg AND", "mantelzorg OR", "OR mantelzorg", "zorg NOT")) {
      SearchException e = refused(q);
      assertEquals(SearchException.Kind.SYNTAX, e.kind(), q);
      assertTrue(e.getMessage().contains("both sides"), e.getMessage());
      assertTrue(e.getMessage().contains("lower case"), e.getMessage());
    }
    // In lower case the word is searched for itself (and nothing here contains "and").
    assertEquals(Set.of(), found("mantelzorg and"));
    assertEquals(Set.of(BEIDE), found("mantelzorg en ouderenzorg"));
  }

  @Test
  void anOverlongQueryIsRefusedWithItsLength() {
    SearchException e = refused("wijk ".repeat(2_000));
    assertEquals(SearchException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("shorten"), e.getMessage());
    search("wijk ".repeat(199) + "wijk");
  }

  @Test
  void aTooShortPrefixSaysToTypeMore() {
    for (String q : List.of("w*", "*", "-w*", "zorg w*")) {
      SearchException e = refused(q);
      assertEquals(SearchException.Kind.SYNTAX, e.kind(), q);
      assertTrue(e.getMessage().contains("two letters"), e.getMessage());
    }
    assertEquals(Set.of(WIJK), found("title:no*"));
  }

  @Test
  void otherUnreadableQueriesSayWhatToCheck() {
    SearchException e = refused("wijk AND AND zorg");
    assertEquals(SearchException.Kind.SYNTAX, e.kind());
    assertTrue(e.getMessage().contains("quotes"), e.getMessage());
  }

  // --- pages ---

  @Test
  void aPageFarBeyondTheResultsIsEmptyWithTheTotal() {
    SearchResult far = index.search(new SearchRequest("", Map.of(), null, 5000, 10), READER);
    assertEquals(List.of(), far.hits());
    assertEquals(10, far.total());
    assertEquals(Map.of("Duiven", 4L, "Wijchen", 3L, "Deventer", 3L), facet(far, Facet.GEMEENTE));

    SearchResult next = index.search(new SearchRequest("zorg", Map.of(), null, 2, 10), READER);
    assertEquals(List.of(), next.hits());
    assertEquals(3, next.total());

    SearchResult huge =
        index.search(new SearchRequest("", Map.of(), null, Integer.MAX_VALUE, 100), READER);
    assertEquals(List.of(), huge.hits());
    assertEquals(10, huge.total());
  }

  @Test
  void aMiddlePageHoldsTheNextHits() {
    SearchResult second = index.search(new SearchRequest("", Map.of(), null, 2, 3), READER);
    assertEquals(NEWEST_FIRST.subList(3, 6), ids(second));
    assertEquals(10, second.total());
    assertEquals(2, second.page());
    assertEquals(3, second.size());
  }

  @Test
  void eachPageHighlightsItsOwnHits() {
    Map<String, String> passages =
        Map.of(
            MANTELZORG, "Ondersteuning van mantelzorg in de buurt.",
            OUDERENZORG, "Plannen voor ouderenzorg.",
            BEIDE, "Mantelzorg en ouderenzorg samen.");
    for (int page = 1; page <= 3; page++) {
      SearchResult one =
          index.search(
              new SearchRequest("zorg", Map.of(), SearchRequest.Order.DATE, page, 1), READER);
      assertEquals(1, one.hits().size());
      SearchResult.Hit hit = one.hits().get(0);
      assertEquals(
          NEWEST_FIRST.stream().filter(passages::containsKey).toList().get(page - 1), hit.id());
      assertEquals(passages.get(hit.id()), hit.passage(), "page " + page);
    }
  }

  @Test
  void pageAndSizeOutOfRangeAreInvalid() {
    for (int[] ps : new int[][] {{0, 10}, {-1, 10}, {1, 0}, {1, 101}, {1, -5}}) {
      SearchException e =
          assertThrows(
              SearchException.class,
              () -> index.search(new SearchRequest("", Map.of(), null, ps[0], ps[1]), READER));
      assertEquals(SearchException.Kind.INVALID, e.kind());
      assertTrue(e.getMessage().contains("page"), e.getMessage());
    }
    assertEquals(100, index.search(new SearchRequest("", Map.of(), null, 1, 100), READER).size());
    SearchException similar =
        assertThrows(SearchException.class, () -> index.similar(WIJK, READER, 0));
    assertEquals(SearchException.Kind.INVALID, similar.kind());
  }

  // --- order ---

  @Test
  void anEmptyQueryShowsTheMostRecentFirst() {
    SearchResult all = index.search(SearchRequest.of("  "), READER);
    assertEquals(NEWEST_FIRST, ids(index.search(new SearchRequest("", null, null, 1, 20), READER)));
    assertEquals(NEWEST_FIRST.subList(0, 10), ids(all));
    assertEquals(10, all.total());
    assertEquals(LocalDate.of(2024, 3, 12), all.hits().get(0).date());
  }

  @Test
  void dateOrderSortsMatchesNewestFirstWithoutScores() {
    SearchResult byDate =
        index.search(new SearchRequest("zorg", Map.of(), SearchRequest.Order.DATE, 1, 10), READER);
    assertEquals(List.of(MANTELZORG, OUDERENZORG, BEIDE), ids(byDate));
    byDate.hits().forEach(h -> assertEquals(0f, h.score(), h.id()));
  }

  @Test
  void relevanceOrderPrefersTheTitle() {
    SearchResult byRelevance = search("blijfwijk");
    // Title first, then text; an item only filed under the wijk comes last.
    assertEquals(List.of(BLIJF, VERSLAG, WIJKAANPAK), ids(byRelevance));
    assertTrue(byRelevance.hits().get(0).score() > byRelevance.hits().get(1).score());
    assertTrue(byRelevance.hits().get(1).score() > 0f);
  }

  // --- facets ---

  @Test
  void facetFiltersNarrowAndIgnoreCase() {
    assertEquals(Set.of(WIJKAANPAK, MANTELZORG), idSet(filtered("", Facet.TYPE, "raadsvoorstel")));
    assertEquals(Set.of(WIJKAANPAK, MANTELZORG), idSet(filtered("", Facet.TYPE, "RAADSVOORSTEL")));
    assertEquals(Set.of(WIJKAANPAK), idSet(filtered("", Facet.YEAR, "2024")));
    assertEquals(
        Set.of(WIJKAANPAK, MANTELZORG), idSet(filtered("", Facet.THEME, "sociaal domein")));
    assertEquals(Set.of(WIJK, OUDERENZORG, BUURT), idSet(filtered("", Facet.WIJK, "CENTRUM")));
    assertEquals(Set.of(MANTELZORG, BEIDE, SCRIPT), idSet(filtered("", Facet.GEMEENTE, "wijchen")));
    assertEquals(
        Set.of(WIJKAANPAK, MANTELZORG, VERSLAG), idSet(filtered("", Facet.CIRCLE, K_SLUG)));
    assertEquals(Set.of(MANTELZORG, BEIDE), idSet(filtered("zorg", Facet.GEMEENTE, " Wijchen ")));
    assertEquals(
        Set.of(MANTELZORG),
        idSet(
            index.search(
                new SearchRequest(
                    "", Map.of(Facet.THEME, "zorg", Facet.CIRCLE, K_SLUG), null, 1, 10),
                READER)));
    SearchResult narrowed = filtered("", Facet.WIJK, "Centrum");
    assertEquals(3, narrowed.total());
    assertEquals(Map.of("Duiven", 1L, "Deventer", 2L), facet(narrowed, Facet.GEMEENTE));
  }

  @Test
  void anUnknownFacetValueFindsNothing() {
    SearchResult none = filtered("", Facet.THEME, "bestaat-niet");
    assertEquals(0, none.total());
    assertEquals(List.of(), none.hits());
    assertEquals(0, filtered("zorg", Facet.YEAR, "1900").total());
    assertEquals(10, filtered("", Facet.YEAR, "  ").total());
  }

  @Test
  void facetCountsAreExact() {
    SearchResult zorg = search("zorg");
    assertEquals(Map.of("Wijchen", 2L, "Deventer", 1L), facet(zorg, Facet.GEMEENTE));
    assertEquals(Map.of("raadsvoorstel", 1L, "notitie", 2L), facet(zorg, Facet.TYPE));
    assertEquals(Map.of("zorg", 3L, "Sociaal Domein", 1L), facet(zorg, Facet.THEME));
    assertEquals(Map.of("Noord", 1L, "Centrum", 1L), facet(zorg, Facet.WIJK));
    assertEquals(Map.of(K_SLUG, 1L, "public", 2L), facet(zorg, Facet.CIRCLE));
    // Years newest first.
    assertEquals(
        List.of(
            new SearchResult.FacetCount("2023", 1),
            new SearchResult.FacetCount("2022", 1),
            new SearchResult.FacetCount("2020", 1)),
        zorg.facets().get(Facet.YEAR));
    // Other values most frequent first.
    assertEquals("zorg", zorg.facets().get(Facet.THEME).get(0).value());

    SearchResult all = search("");
    assertEquals(Map.of("Duiven", 4L, "Wijchen", 3L, "Deventer", 3L), facet(all, Facet.GEMEENTE));
    assertEquals(
        Map.of("wonen", 3L, "zorg", 3L, "Sociaal Domein", 2L, "onderwijs", 1L),
        facet(all, Facet.THEME));
    assertEquals(Map.of(K_SLUG, 3L, "public", 7L), facet(all, Facet.CIRCLE));
    assertEquals(9, facet(all, Facet.YEAR).size());
  }

  // --- highlights and citations ---

  @Test
  void snippetsMarkTheMatchAndEscapeHtml() {
    SearchResult result = search("wijkaanpak");
    SearchResult.Hit script =
        result.hits().stream().filter(h -> h.id().equals(SCRIPT)).findFirst().orElseThrow();
    String snippet = String.join(" ", script.snippets());
    assertTrue(snippet.contains("<mark>wijkaanpak</mark>"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertFalse(snippet.contains("<script>"), snippet);
    assertFalse(snippet.replace("<mark>", "").replace("</mark>", "").contains("<"), snippet);

    assertEquals(
        "Let op <script>alert(1)</script> in de tekst over de wijkaanpak & het \"budget\"'s.",
        script.passage());
  }

  @Test
  void aHitThroughAPartQuotesTheOpeningOfItsText() {
    // The part is matched in the parts field, which the highlighter does not mark (yet): the hit
    // shows the opening of its text, where the compound stands.
    SearchResult.Hit hit =
        search("aanpak").hits().stream()
            .filter(h -> h.id().equals(WIJKAANPAK))
            .findFirst()
            .orElseThrow();
    assertTrue(hit.snippets().get(0).contains("wijkaanpak"), hit.snippets().toString());
    assertTrue(hit.passage().startsWith("De wijkaanpak werkt goed in Duiven."), hit.passage());
  }

  @Test
  void thePassageIsPlainText() {
    for (SearchResult.Hit hit : search("wijkaanpak OR zorg OR blijfwijk OR wijk").hits()) {
      String passage = hit.passage();
      assertFalse(passage.isBlank(), hit.id());
      assertFalse(passage.contains("<mark>"), passage);
      assertFalse(passage.matches(".*&(#\\d+|#x[0-9a-fA-F]+|[a-z]+);.*"), passage);
      assertEquals(passage.strip(), passage);
    }
  }

  @Test
  void aCitationNamesEverythingAReportNeeds() {
    SearchResult.Hit hit = search("wijkaanpak werkt").hits().get(0);
    assertEquals(WIJKAANPAK, hit.id());
    String link = "https://portal.example" + hit.link();

    String citation = Citation.of(hit, link);

    assertEquals(
        "Gemeente Duiven (2024). Evaluatie wijkaanpak. Raadsvoorstel 2024-17, 12 maart 2024."
            + " \u201CDe wijkaanpak werkt goed in Duiven.\u201D "
            + link,
        citation);
    for (String part :
        List.of(
            "Duiven",
            "2024",
            "Evaluatie wijkaanpak",
            "Raadsvoorstel",
            "2024-17",
            "12 maart 2024",
            "De wijkaanpak werkt goed in Duiven.",
            link)) {
      assertTrue(citation.contains(part), part);
    }
  }

  @Test
  void aCitationWithoutDateOrTypeStillReads() {
    SearchResult.Hit bare =
        new SearchResult.Hit(
            "publication:x",
            "publication",
            "Een titel?",
            null,
            null,
            null,
            null,
            null,
            null,
            List.of(),
            List.of(),
            "/app/item.xhtml?id=x",
            0f,
            List.of(),
            "");
    assertEquals("(z.d.). Een titel? https://p/x", Citation.of(bare, "https://p/x"));
    SearchResult.Hit dated =
        new SearchResult.Hit(
            "publication:y",
            "publication",
            "Titel",
            "Wijchen",
            "notitie",
            "Notitie",
            LocalDate.of(2023, 1, 5),
            null,
            "public",
            List.of(),
            List.of(),
            "/y",
            0f,
            List.of(),
            "  een   passage ");
    assertEquals(
        "Gemeente Wijchen (2023). Titel. Notitie, 5 januari 2023. \u201Ceen passage\u201D https://p/y",
        Citation.of(dated, "https://p/y"));
  }
}
