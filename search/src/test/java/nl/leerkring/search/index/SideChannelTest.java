package nl.leerkring.search.index;

import static nl.leerkring.search.index.Items.grant;
import static nl.leerkring.search.index.Items.item;
import static nl.leerkring.search.index.Items.viewer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.leerkring.search.access.Visibility;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Side channels (F10, findings 1 and 2): what a viewer observes — scores, order, suggestions and
 * similar items — is the same whether or not other gemeenten hold private text with the same words.
 * Each test records a viewer's answers, lets another gemeente index private documents built to move
 * them (the attack of the outside review), and asks again.
 */
class SideChannelTest {

  private static final TenantId DUIVEN = new TenantId("tenant-duiven");
  private static final TenantId WIJCHEN = new TenantId("tenant-wijchen");
  private static final CircleId K = new CircleId("circle-k");

  /** A member of a gemeente in no circle, as in the review. */
  private static final Viewer LONER = viewer(DUIVEN, Role.MEMBER);

  private static final Viewer IN_CIRCLE =
      viewer(DUIVEN, Role.MEMBER, grant(K, "leerkring-k", CircleRole.MEMBER));

  @TempDir Path dir;
  private SearchIndex index;

  @BeforeEach
  void open() {
    index = SearchIndex.open(dir);
    index.upsert(
        item("document:own-1", Visibility.privateTo(DUIVEN))
            .title("Verslag qzxbrdk")
            .text(
                "Het qzxbrdk overleg en de qzxplmt afspraak. " + "Bewoners praten mee. ".repeat(20))
            .date("2024-01-01")
            .build());
    index.upsert(
        item("document:own-2", Visibility.privateTo(DUIVEN))
            .title("Notitie qzxbrdk")
            .text("Een tweede stuk over qzxbrdk, zonder het andere woord. Wijkteam en buurtkamer.")
            .date("2024-01-01")
            .build());
    index.upsert(
        item("document:own-3", Visibility.privateTo(DUIVEN))
            .title("Buurtkamer en wijkteam")
            .text(
                "De buurtkamer en het wijkteam werken samen in de buurtkamer. Wijkteam, buurtkamer,"
                    + " wijkteam.")
            .date("2024-02-01")
            .build());
    index.upsert(
        item("publication:circle-1", Visibility.inCircle(WIJCHEN, K))
            .title("Gedeeld qzxbrdk")
            .text("Een gedeeld stuk over qzxbrdk.")
            .date("2023-05-01")
            .build());
    index.refresh();
  }

  @AfterEach
  void close() {
    index.close();
  }

  /** Everything a viewer observes of the index for a few questions, as one comparable value. */
  private List<Object> observe(Viewer viewer) {
    List<Object> seen = new ArrayList<>();
    for (String q : List.of("qzxbrdk", "qzxplmt", "qzxbrdk qzxplmt", "\"qzxbrdk overleg\"")) {
      SearchResult r = index.search(new SearchRequest(q, Map.of(), null, 1, 10), viewer);
      seen.add(q + " total=" + r.total());
      r.hits().forEach(h -> seen.add(q + " " + h.id() + " " + h.score()));
    }
    seen.add("suggest " + index.suggest("qzx", viewer, 10));
    seen.add("suggest " + index.suggest("buurt", viewer, 10));
    index.similar("document:own-3", viewer, 10).hits().forEach(h -> seen.add("similar " + h.id()));
    return seen;
  }

  private void othersIndexPrivateText() {
    // One of the viewer's two words, many times, in private documents of another gemeente.
    for (int i = 0; i < 30; i++) {
      index.upsert(
          item("document:other-" + i, Visibility.privateTo(WIJCHEN))
              .title("Geheim qzxbrdk " + i)
              .text("qzxbrdk qzxbrdk wijkteam buurtkamer lang verhaal. ".repeat(1 + i % 5))
              .date("2024-01-01")
              .build());
    }
    // 250 words with the viewer's prefix, each in two documents: by frequency over the whole
    // index they would push the viewer's own words out of the suggestion candidates.
    for (int i = 0; i < 250; i++) {
      String word = "qzx" + "bcdfghjklmnpqrstvwxz".charAt(i % 20) + "w" + (char) ('b' + i / 20);
      for (int copy = 0; copy < 2; copy++) {
        index.upsert(
            item("document:crowd-" + i + "-" + copy, Visibility.privateTo(WIJCHEN))
                .title("Titel " + word)
                .text(word + " buurtkamer")
                .build());
      }
    }
    index.refresh();
  }

  @Test
  void othersPrivateTextChangesNoScoreOrderSuggestionOrSimilarItem() {
    for (Viewer viewer : List.of(LONER, IN_CIRCLE)) {
      List<Object> before = observe(viewer);
      othersIndexPrivateText();
      assertEquals(before, observe(viewer), viewer.username());
    }
  }

  @Test
  void whatTheViewerMayReadDoesMoveTheScores() {
    // The check above can fail: the viewer's own new text changes the statistics, and so the score.
    float before = topScore("qzxbrdk", LONER);
    index.upsert(
        item("document:own-4", Visibility.privateTo(DUIVEN))
            .title("Nog een qzxbrdk")
            .text("qzxbrdk")
            .build());
    index.refresh();
    assertNotEquals(before, topScore("qzxbrdk", LONER));
  }

  @Test
  void theViewersOwnWordsStaySuggestedAmongManyPrivateOnesOfOthers() {
    index.upsert(
        item("document:own-rare", Visibility.privateTo(DUIVEN)).title("Kaart qzxpkrt").build());
    othersIndexPrivateText();
    List<String> suggested = index.suggest("qzx", LONER, 10);
    assertEquals(List.of("qzxbrdk", "qzxpkrt"), suggested);
    assertTrue(index.suggest("qzxb", IN_CIRCLE, 10).contains("qzxbrdk"));
    assertFalse(index.suggest("qzxw", LONER, 10).iterator().hasNext());
  }

  private float topScore(String query, Viewer viewer) {
    return index
        .search(new SearchRequest(query, Map.of(), null, 1, 1), viewer)
        .hits()
        .get(0)
        .score();
  }
}
