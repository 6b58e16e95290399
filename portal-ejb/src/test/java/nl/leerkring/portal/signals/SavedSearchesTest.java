package nl.leerkring.portal.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.isolation.DatabaseTest;
import nl.leerkring.search.index.Facet;
import nl.leerkring.search.index.SearchRequest;
import nl.leerkring.search.index.SearchResult;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.accounts.Account;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;

/**
 * Saved searches against the real persistence unit: what is refused (every wrong field at once),
 * that a person only ever sees or deletes their own, and what counts as new material (the search
 * itself, with its access filter, is exercised by {@code PortalIT} in the running portal).
 */
class SavedSearchesTest extends DatabaseTest {

  private static final Instant T0 = Instant.parse("2026-12-07T08:00:00Z");

  @Test
  void badInputIsRefusedNamingEachWrongField() {
    Viewer anna = viewer(account());
    Map<String, String> filters = new LinkedHashMap<>();
    filters.put("colour", "blauw");
    filters.put("gemeente", "x".repeat(201));
    PortalException refused =
        assertThrows(
            PortalException.class,
            () ->
                inTx(
                    s ->
                        s.save(
                            anna,
                            new SavedSearchRequest(
                                " ", "q".repeat(SearchRequest.MAX_QUERY_LENGTH + 1), filters))));
    assertEquals(TenantsException.Kind.INVALID, refused.kind());
    assertEquals(
        List.of("name", "query", "filters.colour", "filters.gemeente"),
        refused.refusals().stream().map(Refusal::field).toList());
  }

  @Test
  void aPersonSeesAndDeletesOnlyTheirOwnSavedSearches() {
    Viewer anna = viewer(account());
    Viewer bram = viewer(account());
    SavedSearchView saved =
        inTx(
            s ->
                s.save(
                    anna,
                    new SavedSearchRequest(
                        "Eenzaamheid", "eenzaamheid", Map.of("type", "nota", "wijk", ""))));
    assertEquals(Map.of("type", "nota"), saved.filters(), "an empty filter is no filter");
    assertEquals("app/search.xhtml?q=eenzaamheid&sort=date&type=nota", saved.link());

    assertEquals(List.of(), inTx(s -> s.mine(bram)));
    PortalException notHers =
        assertThrows(PortalException.class, () -> inTx(s -> run(() -> s.delete(bram, saved.id()))));
    assertEquals(TenantsException.Kind.NOT_FOUND, notHers.kind());
    assertEquals(
        List.of(saved.id()), inTx(s -> s.mine(anna)).stream().map(SavedSearchView::id).toList());

    inTx(s -> run(() -> s.delete(anna, saved.id())));
    assertEquals(List.of(), inTx(s -> s.mine(anna)));
  }

  @Test
  void onlyWhatTheSearchHadNotFoundBeforeIsNewAndTheFirstCheckOnlyLearns() {
    SavedSearch s = new SavedSearch("a-1", "Wijk", "wijkaanpak", Map.of(Facet.TYPE, "nota"), T0);
    assertEquals(List.of(), s.newAmong(List.of(hit("d-1"), hit("d-2")), T0), "first check");
    assertEquals(
        List.of("d-3"),
        s.newAmong(List.of(hit("d-3"), hit("d-1"), hit("d-2")), T0.plusSeconds(300)).stream()
            .map(SearchResult.Hit::id)
            .toList());
    assertEquals(List.of(), s.newAmong(List.of(hit("d-3"), hit("d-1")), T0.plusSeconds(600)));
    assertEquals(T0.plusSeconds(300), s.view().matchedAt());
    assertEquals(SearchRequest.Order.DATE, s.request().order());
    assertEquals(Map.of(Facet.TYPE, "nota"), s.request().filters());
  }

  private static SearchResult.Hit hit(String id) {
    return new SearchResult.Hit(
        id,
        "document",
        "Titel " + id,
        "Duiven",
        "nota",
        "Nota",
        LocalDate.of(2026, 12, 1),
        null,
        "private",
        List.of(),
        List.of(),
        "/app/document.xhtml?id=" + id,
        0f,
        List.of(),
        "");
  }

  private static Object run(Runnable r) {
    r.run();
    return null;
  }

  private static <R> R inTx(Function<SavedSearches, R> work) {
    return db.unbound(
        (EntityManager em) -> {
          SavedSearches s = new SavedSearches();
          s.em = em;
          s.clock = java.time.Clock.fixed(T0, java.time.ZoneOffset.UTC);
          return work.apply(
              s); // no index here: a new search learns what is there at its first check
        });
  }

  private static Account account() {
    return db.unbound(em -> MemberBuilder.persistAccount(em, null, "nl"));
  }

  private static Viewer viewer(Account a) {
    return new Viewer(
        a.id(), a.username(), a.displayName(), null, Set.of(Role.RESEARCHER), List.of());
  }
}
