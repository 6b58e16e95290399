package nl.leerkring.search.index;

import static nl.leerkring.search.index.Items.idSet;
import static nl.leerkring.search.index.Items.ids;
import static nl.leerkring.search.index.Items.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking over a real index: compound parts, names, several words, proximity and long texts (the
 * five findings of issue F12).
 */
class RankingTest {

  private static final Visibility OPEN = Visibility.publicFrom(new TenantId("tenant-duiven"));

  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void fill() {
    index = SearchIndex.open(dir);
    String filler = "De gemeente bespreekt het voorstel met de raad en de inwoners. ";
    List<IndexedItem> items =
        List.of(
            doc("aanpak", "Notitie", "Over de aanpak zelf: de aanpak van de gemeente."),
            doc("wijkaanpak-1", "Notitie", "De wijkaanpak in Duiven."),
            doc(
                "wijkaanpak-3",
                "Notitie",
                "De wijkaanpak, de wijkaanpak en nog eens de wijkaanpak."),
            doc("crooswijk", "Verslag", "Een avond in Crooswijk en Kootwijkerbroek met bewoners."),
            doc("wijk", "Verslag", "Een avond in de wijk met bewoners."),
            doc("close", "Notitie", "Eenzaamheid onder ouderen neemt toe. " + filler.repeat(20)),
            doc(
                "far",
                "Notitie",
                "Eenzaamheid is een thema. " + filler.repeat(20) + "Ook ouderen doen mee."),
            doc("two-of-three", "Notitie", "Wonen en zorg in het dorp."),
            doc("one-of-three", "Notitie", "Zorg in het dorp."),
            doc(
                "long-evaluation",
                "Evaluatie",
                (filler.repeat(12) + "De buurtmakers werken in de buurt. ").repeat(40)),
            doc("short-plan", "Plan", "Een plan. De buurtmakers komen langs. " + filler),
            doc("fisheries-title", "Visserij", "De gemeente bespreekt het voorstel met de raad."),
            doc("fisheries-text", "Notitie", "Over de visserij: de visserij en de vissers."));
    items.forEach(index::upsert);
    index.commit(1);
    index.refresh();
  }

  private static IndexedItem doc(String id, String title, String text) {
    return item("publication:" + id, OPEN).title(title).text(text).build();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResult search(String query) {
    return index.search(
        new SearchRequest(query, Map.of(), SearchRequest.Order.RELEVANCE, 1, 20),
        Viewer.anonymous());
  }

  private static float score(SearchResult r, String id) {
    return r.hits().stream()
        .filter(h -> h.id().equals("publication:" + id))
        .findFirst()
        .orElseThrow()
        .score();
  }

  @Test
  void aPartFindsItsCompoundBelowTheWordItselfAndByItsFrequency() {
    SearchResult r = search("aanpak");
    assertEquals(
        List.of("publication:aanpak", "publication:wijkaanpak-3", "publication:wijkaanpak-1"),
        ids(r));
    assertNotEquals(score(r, "wijkaanpak-3"), score(r, "wijkaanpak-1"));
  }

  @Test
  void aNameIsNotSplit() {
    List<String> found = ids(search("wijk"));
    assertEquals("publication:wijk", found.get(0));
    assertFalse(found.contains("publication:crooswijk"), found.toString());
  }

  @Test
  void threeWordsFindWhatHasTwoOfThem() {
    var found = idSet(search("wonen zorg ouderen"));
    assertTrue(found.contains("publication:two-of-three"), found.toString());
    assertFalse(found.contains("publication:one-of-three"), found.toString());
  }

  @Test
  void wordsCloseTogetherRankFirst() {
    List<String> order = ids(search("eenzaamheid ouderen"));
    assertEquals(List.of("publication:close", "publication:far"), order);
  }

  @Test
  void aLongTextAboutTheSubjectBeatsAShortOneThatMentionsIt() {
    List<String> order = ids(search("buurtmakers"));
    assertEquals(List.of("publication:long-evaluation", "publication:short-plan"), order);
  }

  @Test
  void aTextAboutTheSubjectBeatsATitleThatOnlyNamesIt() {
    List<String> order = ids(search("visserij"));
    assertEquals(List.of("publication:fisheries-text", "publication:fisheries-title"), order);
  }

  @Test
  void operatorsKeepTheirMeaning() {
    assertEquals(List.of("publication:two-of-three"), ids(search("zorg AND wonen")));
    assertEquals(List.of("publication:one-of-three"), ids(search("zorg -wonen")));
    assertEquals(List.of("publication:close"), ids(search("\"eenzaamheid onder ouderen\"")));
  }
}
