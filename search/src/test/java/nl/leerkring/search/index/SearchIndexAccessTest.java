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
import java.util.LinkedHashMap;
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

/**
 * Access through the whole index: hits, totals, facet counts, suggestions, similar items,
 * highlights and exports see only what the viewer may open.
 */
class SearchIndexAccessTest {

  private static final TenantId DUIVEN = new TenantId("tenant-duiven");
  private static final TenantId WIJCHEN = new TenantId("tenant-wijchen");
  private static final TenantId DEVENTER = new TenantId("tenant-deventer");
  private static final CircleId K = new CircleId("circle-k");
  private static final String K_SLUG = "leerkring-wijken";

  private static final Viewer MEMBER_A =
      viewer(DUIVEN, Role.MEMBER, grant(K, K_SLUG, CircleRole.MEMBER));
  private static final Viewer MEMBER_B =
      viewer(WIJCHEN, Role.MEMBER, grant(K, K_SLUG, CircleRole.MEMBER));
  private static final Viewer MEMBER_C = viewer(DEVENTER, Role.MEMBER);
  private static final Viewer RESEARCHER =
      viewer(null, Role.RESEARCHER, grant(K, K_SLUG, CircleRole.RESEARCHER));
  private static final Viewer FACILITATOR =
      viewer(null, Role.FACILITATOR, grant(K, K_SLUG, CircleRole.FACILITATOR));
  private static final Viewer ANONYMOUS = Viewer.anonymous();

  private static final String A_SECRET = "document:a-secret";
  private static final String A_PLAN = "document:a-plan";
  private static final String A_PLAN_IN_K = "publication:a-plan";
  private static final String B_PRIVATE = "document:b-private";
  private static final String C_REPORT = "document:c-report";
  private static final String PUBLIC = "publication:c-report";

  /** Who reads what of the items that contain "begroting": the oracle, written out by hand. */
  private static final Map<Viewer, Set<String>> BEGROTING = new LinkedHashMap<>();

  static {
    BEGROTING.put(MEMBER_A, Set.of(A_SECRET, A_PLAN, PUBLIC));
    BEGROTING.put(MEMBER_B, Set.of(A_PLAN_IN_K, B_PRIVATE, PUBLIC));
    BEGROTING.put(MEMBER_C, Set.of(C_REPORT));
    BEGROTING.put(RESEARCHER, Set.of(A_PLAN_IN_K, PUBLIC));
    BEGROTING.put(FACILITATOR, Set.of(A_PLAN_IN_K, PUBLIC));
    BEGROTING.put(ANONYMOUS, Set.of(PUBLIC));
  }

  @TempDir static Path dir;
  private static SearchIndex index;

  @BeforeAll
  static void fill() {
    index = SearchIndex.open(dir);
    index.upsert(
        item(A_SECRET, Visibility.privateTo(DUIVEN))
            .title("Zwaluwnest onder de brug")
            .text(
                "Het zwaluwnest kost geld uit de begroting. Het wijkbudget dekt de begroting niet;"
                    + " het wijkbudget is op.")
            .gemeente("Duiven")
            .type("geheimtype", "Geheimtype")
            .date("2019-05-01")
            .themes("geheimthema")
            .wijken("Geheimwijk")
            .audience("private")
            .build());
    String planText =
        "De wijkaanpak van Blijfwijk vraagt om een begroting. Blijfwijk krijgt een wijkbudget.";
    // The same plan twice: the workspace's own and its publication in circle K.
    index.upsert(plan(A_PLAN, Visibility.privateTo(DUIVEN), planText, "private"));
    index.upsert(plan(A_PLAN_IN_K, Visibility.inCircle(DUIVEN, K), planText, K_SLUG));
    index.upsert(
        item(B_PRIVATE, Visibility.privateTo(WIJCHEN))
            .title("Mantelzorg in Wijchen")
            .text("Een begroting voor de mantelzorg.")
            .gemeente("Wijchen")
            .type("notitie", "Notitie")
            .date("2023-01-10")
            .themes("zorg")
            .wijken("Noord")
            .audience("private")
            .build());
    for (String id : List.of(C_REPORT, PUBLIC)) {
      boolean published = id.equals(PUBLIC);
      index.upsert(
          item(id, published ? Visibility.publicFrom(DEVENTER) : Visibility.privateTo(DEVENTER))
              .title("Ouderenzorg in Deventer")
              .text(
                  "De begroting voor ouderenzorg. Het wijkbudget gaat naar de begroting; het"
                      + " wijkbudget groeit.")
              .gemeente("Deventer")
              .type("raadsvoorstel", "Raadsvoorstel")
              .date("2022-06-01")
              .themes("zorg")
              .wijken("Centrum")
              .audience(published ? "public" : "private")
              .build());
    }
    index.refresh();
  }

  @AfterAll
  static void close() {
    index.close();
  }

  private static SearchResult search(String query, Viewer viewer) {
    return index.search(new SearchRequest(query, Map.of(), null, 1, 100), viewer);
  }

  @Test
  void eachViewerFindsExactlyWhatTheyMayOpenWithTheRightTotal() {
    for (Map.Entry<Viewer, Set<String>> e : BEGROTING.entrySet()) {
      SearchResult result = search("begroting", e.getKey());
      assertEquals(e.getValue(), idSet(result), e.getKey().username());
      assertEquals(e.getValue().size(), result.total(), e.getKey().username());
      assertEquals(e.getValue().size(), result.hits().size(), e.getKey().username());
    }
  }

  @Test
  void aPrivateWordIsFoundByItsOwnerOnly() {
    assertEquals(List.of(A_SECRET), ids(search("zwaluwnest", MEMBER_A)));
    for (Viewer other : List.of(MEMBER_B, MEMBER_C, RESEARCHER, FACILITATOR, ANONYMOUS)) {
      SearchResult result = search("zwaluwnest", other);
      assertEquals(List.of(), result.hits(), other.username());
      assertEquals(0, result.total(), other.username());
      assertTrue(
          result.facets().values().stream().allMatch(List::isEmpty),
          other.username() + " " + result.facets());
    }
  }

  @Test
  void facetCountsOfTheOwnerIncludeThePrivateItem() {
    SearchResult a = search("begroting", MEMBER_A);

    assertEquals(Map.of("Duiven", 2L, "Deventer", 1L), facet(a, Facet.GEMEENTE));
    assertEquals(Map.of("geheimthema", 1L, "wonen", 1L, "zorg", 1L), facet(a, Facet.THEME));
    assertEquals(Map.of("Geheimwijk", 1L, "Centrum", 2L), facet(a, Facet.WIJK));
    assertEquals(Map.of("geheimtype", 1L, "raadsvoorstel", 2L), facet(a, Facet.TYPE));
    assertEquals(Map.of("2019", 1L, "2024", 1L, "2022", 1L), facet(a, Facet.YEAR));
    // The member's own publication is folded into the workspace copy: not counted for the circle.
    assertEquals(Map.of("private", 2L, "public", 1L), facet(a, Facet.CIRCLE));
  }

  @Test
  void facetCountsOfOtherViewersNeverShowThePrivateItem() {
    Map<Viewer, Map<Facet, Map<String, Long>>> expected = new LinkedHashMap<>();
    expected.put(
        MEMBER_B,
        Map.of(
            Facet.GEMEENTE, Map.of("Duiven", 1L, "Wijchen", 1L, "Deventer", 1L),
            Facet.THEME, Map.of("wonen", 1L, "zorg", 2L),
            Facet.WIJK, Map.of("Centrum", 2L, "Noord", 1L),
            Facet.TYPE, Map.of("raadsvoorstel", 2L, "notitie", 1L),
            Facet.YEAR, Map.of("2024", 1L, "2023", 1L, "2022", 1L),
            Facet.CIRCLE, Map.of(K_SLUG, 1L, "private", 1L, "public", 1L)));
    Map<Facet, Map<String, Long>> circleOnly =
        Map.of(
            Facet.GEMEENTE, Map.of("Duiven", 1L, "Deventer", 1L),
            Facet.THEME, Map.of("wonen", 1L, "zorg", 1L),
            Facet.WIJK, Map.of("Centrum", 2L),
            Facet.TYPE, Map.of("raadsvoorstel", 2L),
            Facet.YEAR, Map.of("2024", 1L, "2022", 1L),
            Facet.CIRCLE, Map.of(K_SLUG, 1L, "public", 1L));
    expected.put(RESEARCHER, circleOnly);
    expected.put(FACILITATOR, circleOnly);
    Map<Facet, Map<String, Long>> publicOnly =
        Map.of(
            Facet.GEMEENTE, Map.of("Deventer", 1L),
            Facet.THEME, Map.of("zorg", 1L),
            Facet.WIJK, Map.of("Centrum", 1L),
            Facet.TYPE, Map.of("raadsvoorstel", 1L),
            Facet.YEAR, Map.of("2022", 1L),
            Facet.CIRCLE, Map.of("public", 1L));
    expected.put(
        MEMBER_C,
        Map.of(
            Facet.GEMEENTE, Map.of("Deventer", 1L),
            Facet.THEME, Map.of("zorg", 1L),
            Facet.WIJK, Map.of("Centrum", 1L),
            Facet.TYPE, Map.of("raadsvoorstel", 1L),
            Facet.YEAR, Map.of("2022", 1L),
            Facet.CIRCLE, Map.of("private", 1L)));
    expected.put(ANONYMOUS, publicOnly);

    for (Map.Entry<Viewer, Map<Facet, Map<String, Long>>> e : expected.entrySet()) {
      for (String query : List.of("begroting", "")) {
        SearchResult result = search(query, e.getKey());
        for (Facet f : Facet.values()) {
          Map<String, Long> counts = facet(result, f);
          String where = e.getKey().username() + " '" + query + "' " + f;
          if (query.isEmpty() && e.getKey() == MEMBER_B) {
            continue; // every item of B contains "begroting"; checked above
          }
          assertEquals(e.getValue().get(f), counts, where);
          assertFalse(counts.containsKey("geheimthema"), where);
          assertFalse(counts.containsKey("Geheimwijk"), where);
          assertFalse(counts.containsKey("geheimtype"), where);
          assertFalse(counts.containsKey("2019"), where);
        }
      }
    }
  }

  @Test
  void aPageBeyondTheWindowCountsReadableItemsOnly() {
    for (Map.Entry<Viewer, Set<String>> e : BEGROTING.entrySet()) {
      SearchResult far =
          index.search(new SearchRequest("begroting", Map.of(), null, 5000, 10), e.getKey());
      assertEquals(List.of(), far.hits(), e.getKey().username());
      assertEquals(e.getValue().size(), far.total(), e.getKey().username());
      SearchResult first = search("begroting", e.getKey());
      for (Facet f : Facet.values()) {
        assertEquals(facet(first, f), facet(far, f), e.getKey().username() + " " + f);
      }
    }
  }

  @Test
  void filteringOnAPrivateFacetValueFindsNothingForOthers() {
    SearchRequest byTheme = Items.request("", Map.of(Facet.THEME, "geheimthema"));
    assertEquals(List.of(A_SECRET), ids(index.search(byTheme, MEMBER_A)));
    for (Viewer other : List.of(MEMBER_B, MEMBER_C, RESEARCHER, ANONYMOUS)) {
      SearchResult result = index.search(byTheme, other);
      assertEquals(0, result.total(), other.username());
      assertEquals(List.of(), result.hits(), other.username());
    }
  }

  @Test
  void suggestionsComeFromReadableItemsOnly() {
    assertEquals(List.of("zwaluwnest"), index.suggest("zwal", MEMBER_A, 10));
    for (Viewer other : List.of(MEMBER_B, MEMBER_C, RESEARCHER, FACILITATOR, ANONYMOUS)) {
      assertEquals(List.of(), index.suggest("zwal", other, 10), other.username());
    }
    // From themes and wijken too, and from circle publications for the circle's members.
    assertEquals(List.of("geheimthema", "geheimwijk"), index.suggest("geheim", MEMBER_A, 10));
    assertEquals(List.of("geheimwijk"), index.suggest("GeheimW", MEMBER_A, 10));
    assertEquals(List.of(), index.suggest("geheim", MEMBER_B, 10));
    assertEquals(List.of("blijfwijk"), index.suggest("blijf", MEMBER_B, 10));
    assertEquals(List.of("blijfwijk"), index.suggest("Blijf", RESEARCHER, 10));
    assertEquals(List.of(), index.suggest("blijf", MEMBER_C, 10));
    assertEquals(List.of(), index.suggest("blijf", ANONYMOUS, 10));
  }

  @Test
  void similarToAnItemTheViewerCannotOpenIsNotFound() {
    assertFalse(index.similar(A_SECRET, MEMBER_A, 10).hits().isEmpty());
    for (Viewer other : List.of(MEMBER_B, MEMBER_C, RESEARCHER, FACILITATOR, ANONYMOUS)) {
      SearchException e =
          assertThrows(SearchException.class, () -> index.similar(A_SECRET, other, 10));
      assertEquals(SearchException.Kind.NOT_FOUND, e.kind(), other.username());
    }
    SearchException missing =
        assertThrows(SearchException.class, () -> index.similar("document:nothing", MEMBER_A, 10));
    assertEquals(SearchException.Kind.NOT_FOUND, missing.kind());
    SearchException circle =
        assertThrows(SearchException.class, () -> index.similar(A_PLAN_IN_K, MEMBER_C, 10));
    assertEquals(SearchException.Kind.NOT_FOUND, circle.kind());
  }

  @Test
  void similarNeverReturnsAnItemTheViewerCannotOpen() {
    // The public item shares "begroting" and "wijkbudget" with the private one: the owner gets it.
    Set<String> forOwner = idSet(index.similar(PUBLIC, MEMBER_A, 10));
    assertTrue(forOwner.contains(A_SECRET), forOwner.toString());
    assertFalse(forOwner.contains(PUBLIC), forOwner.toString());

    for (Map.Entry<Viewer, Set<String>> e : BEGROTING.entrySet()) {
      SearchResult similar = index.similar(PUBLIC, e.getKey(), 10);
      for (SearchResult.Hit hit : similar.hits()) {
        assertTrue(e.getValue().contains(hit.id()), e.getKey().username() + " got " + hit.id());
      }
      if (e.getKey() != MEMBER_A) {
        assertFalse(idSet(similar).contains(A_SECRET), e.getKey().username());
        for (SearchResult.Hit hit : similar.hits()) {
          hit.snippets().forEach(s -> assertFalse(s.contains("waluwnest"), s));
        }
        for (Facet f : Facet.values()) {
          assertFalse(facet(similar, f).containsKey("geheimthema"), e.getKey().username());
        }
      }
      assertEquals(similar.hits().size(), similar.total(), e.getKey().username());
    }
  }

  @Test
  void aMemberMayAskForItemsLikeTheirOwnPublication() {
    // The publication is folded into the workspace copy in search, but the member may open it.
    for (Viewer reader : List.of(MEMBER_A, MEMBER_B, RESEARCHER)) {
      Set<String> similar = idSet(index.similar(A_PLAN_IN_K, reader, 10));
      assertFalse(similar.contains(A_PLAN_IN_K), reader.username());
      assertTrue(BEGROTING.get(reader).containsAll(similar), reader.username() + similar);
    }
    assertFalse(index.similar(PUBLIC, MEMBER_C, 10).hits().isEmpty());
    assertTrue(BEGROTING.get(MEMBER_C).containsAll(idSet(index.similar(PUBLIC, MEMBER_C, 10))));
  }

  @Test
  void snippetsAndPassagesContainOnlyReadableText() {
    SearchResult owner = search("begroting", MEMBER_A);
    String ownerText = allText(owner);
    assertTrue(ownerText.contains("waluwnest"), ownerText);

    for (Viewer other : List.of(MEMBER_B, MEMBER_C, RESEARCHER, FACILITATOR, ANONYMOUS)) {
      for (String query : List.of("begroting", "wijkbudget", "", "zwaluwnest OR begroting")) {
        SearchResult result = search(query, other);
        String text = allText(result);
        assertFalse(text.contains("waluwnest"), other.username() + ": " + text);
        assertFalse(text.contains("Geheim"), other.username() + ": " + text);
      }
    }
  }

  private static String allText(SearchResult result) {
    StringBuilder b = new StringBuilder();
    for (SearchResult.Hit hit : result.hits()) {
      b.append(hit.title()).append('|').append(hit.passage()).append('|');
      hit.snippets().forEach(s -> b.append(s).append('|'));
      hit.themes().forEach(s -> b.append(s).append('|'));
      hit.wijken().forEach(s -> b.append(s).append('|'));
    }
    return b.toString();
  }

  @Test
  void exportRespectsAccess() {
    for (Map.Entry<Viewer, Set<String>> e : BEGROTING.entrySet()) {
      SearchResult export = index.export(SearchRequest.of("begroting"), e.getKey());
      assertEquals(e.getValue(), idSet(export), e.getKey().username());
      assertEquals(e.getValue().size(), export.total(), e.getKey().username());
    }
    assertEquals(Set.of(A_SECRET), idSet(index.export(SearchRequest.of("zwaluwnest"), MEMBER_A)));
    assertEquals(Set.of(), idSet(index.export(SearchRequest.of("zwaluwnest"), MEMBER_B)));
    assertEquals(Set.of(PUBLIC), idSet(index.export(SearchRequest.of(""), ANONYMOUS)));
    assertEquals(
        Set.of(A_PLAN_IN_K, PUBLIC), idSet(index.export(SearchRequest.of(""), RESEARCHER)));
    assertEquals(Set.of(C_REPORT), idSet(index.export(SearchRequest.of(""), MEMBER_C)));
  }

  @Test
  void anExportCarriesTheSamePassagesAsAPageOfHits() {
    SearchResult.Hit exported = index.export(SearchRequest.of("blijfwijk"), MEMBER_A).hits().get(0);
    SearchResult.Hit shown = search("blijfwijk", MEMBER_A).hits().get(0);
    assertFalse(exported.snippets().isEmpty());
    assertTrue(exported.snippets().get(0).contains("<mark>"), exported.snippets().get(0));
    assertEquals(shown.snippets(), exported.snippets());
    assertEquals(shown.passage(), exported.passage());
  }

  @Test
  void aMemberSeesTheirOwnPublishedDocumentOnceAndOthersSeeThePublication() {
    assertEquals(List.of(A_PLAN), ids(search("blijfwijk", MEMBER_A)));
    assertEquals(1, search("blijfwijk", MEMBER_A).total());
    assertEquals(List.of(A_PLAN_IN_K), ids(search("blijfwijk", MEMBER_B)));
    assertEquals(List.of(A_PLAN_IN_K), ids(search("blijfwijk", RESEARCHER)));
    assertEquals(List.of(A_PLAN_IN_K), ids(search("blijfwijk", FACILITATOR)));
    assertEquals(List.of(), ids(search("blijfwijk", MEMBER_C)));
    assertEquals(List.of(), ids(search("blijfwijk", ANONYMOUS)));
    assertEquals(Set.of(A_PLAN), idSet(index.export(SearchRequest.of("blijfwijk"), MEMBER_A)));
  }

  @Test
  void everyReadIsAsAViewer() {
    assertThrows(NullPointerException.class, () -> index.search(SearchRequest.of("x"), null));
    assertThrows(NullPointerException.class, () -> index.export(SearchRequest.of("x"), null));
    assertThrows(NullPointerException.class, () -> index.suggest("zwal", null, 10));
    assertThrows(NullPointerException.class, () -> index.similar(A_SECRET, null, 10));
  }

  private static IndexedItem plan(String id, Visibility visibility, String text, String audience) {
    return item(id, visibility)
        .title("Wijkaanpak Blijfwijk")
        .text(text)
        .gemeente("Duiven")
        .type("raadsvoorstel", "Raadsvoorstel")
        .date("2024-03-12")
        .themes("wonen")
        .wijken("Centrum")
        .audience(audience)
        .build();
  }
}
