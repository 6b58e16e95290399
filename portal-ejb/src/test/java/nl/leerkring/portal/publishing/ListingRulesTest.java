package nl.leerkring.portal.publishing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException.Kind;
import org.junit.jupiter.api.Test;

/** Paging, filtering and ordering of the catalog and the moderation lists. */
class ListingRulesTest {

  static PublicationView item(
      String title, String kind, String type, LocalDate date, List<String> themes) {
    return new PublicationView(
        "id-" + title,
        kind,
        "s",
        title,
        "CIRCLE",
        "leerkring-wdw",
        "PUBLISHED",
        null,
        "t",
        "Duiven",
        "duiven.lid",
        Instant.EPOCH,
        null,
        null,
        null,
        null,
        date,
        type,
        type == null ? null : "Label " + type,
        themes,
        "over " + title,
        "Leerkring WDW");
  }

  static ReportView report(String reason, Instant handledAt) {
    return new ReportView(
        "r-" + reason,
        "p",
        "Nota",
        "wijchen.lid",
        reason,
        Instant.EPOCH,
        "document",
        handledAt == null ? "OPEN" : "HANDLED",
        handledAt == null ? null : "coordinator",
        handledAt);
  }

  @Test
  void aPageHoldsTwentyByDefaultAndCountsTheWhole() {
    List<Integer> all = IntStream.rangeClosed(1, 44).boxed().toList();
    Listing<Integer> second = Paging.of(2, null).of(all);
    assertEquals(IntStream.rangeClosed(21, 40).boxed().toList(), second.items());
    assertEquals(44, second.total());
    assertEquals(3, second.pages());
    assertTrue(second.hasPrevious() && second.hasNext());
    Listing<Integer> third = Paging.of(3, null).of(all);
    assertEquals(List.of(41, 42, 43, 44), third.items());
    assertFalse(third.hasNext());
  }

  @Test
  void aPageBeyondTheEndIsEmptyButKeepsTheTotal() {
    Listing<Integer> beyond = new Paging(9, 20).of(List.of(1, 2, 3));
    assertTrue(beyond.items().isEmpty());
    assertEquals(3, beyond.total());
    assertEquals(1, beyond.pages());
  }

  @Test
  void anEmptyListIsPageOneOfOne() {
    Listing<Integer> none = Paging.first().of(List.of());
    assertEquals(1, none.pages());
    assertFalse(none.hasNext() || none.hasPrevious());
  }

  @Test
  void pagesCountFromOneAndSizesStayWithinAHundred() {
    PortalException zero = assertThrows(PortalException.class, () -> Paging.of(0, 20));
    assertEquals(Kind.INVALID, zero.kind());
    assertEquals("page", zero.refusals().get(0).field());
    assertEquals(PublicationCode.PAGE_INVALID, zero.refusals().get(0).code());
    PortalException big = assertThrows(PortalException.class, () -> Paging.of(1, 101));
    assertEquals(PublicationCode.SIZE_INVALID, big.refusals().get(0).code());
    assertEquals(100, Paging.of(1, 100).size());
    assertThrows(
        PortalException.class, () -> Paging.of(1, 10_000), "the whole is not asked by size");
  }

  @Test
  void theWholeListIsOnePage() {
    List<Integer> all = IntStream.rangeClosed(1, 250).boxed().toList();
    Listing<Integer> whole = Paging.whole().of(all);
    assertEquals(250, whole.items().size());
    assertEquals(1, whole.pages());
  }

  @Test
  void theCatalogFiltersOnKindTypeThemeAndWordsIgnoringCase() {
    PublicationView nota =
        item("Wijkaanpak Duiven", "document", "nota-bw", LocalDate.of(2025, 3, 1), List.of("Zorg"));
    PublicationView card = item("Buurtcirkel", "method", null, null, List.of("Wonen"));
    assertTrue(new CatalogFilter("DOCUMENT", null, null, null, null).matches(nota));
    assertFalse(new CatalogFilter("document", null, null, null, null).matches(card));
    assertTrue(new CatalogFilter(null, "nota-bw", null, null, null).matches(nota));
    assertFalse(new CatalogFilter(null, "nota-bw", null, null, null).matches(card));
    assertTrue(new CatalogFilter(null, null, "zorg", null, null).matches(nota));
    assertFalse(new CatalogFilter(null, null, "zorg", null, null).matches(card));
    assertTrue(new CatalogFilter(null, null, null, "wijkAANPAK", null).matches(nota));
    assertTrue(new CatalogFilter(null, null, null, "duiven", null).matches(card), "gemeente");
    assertTrue(new CatalogFilter(" ", "", null, null, "").matches(card), "blank is no filter");
  }

  @Test
  void theCatalogSortsByDateNewestFirstOrByTitleTheDutchWay() {
    PublicationView old = item("b oud", "document", "x", LocalDate.of(2020, 1, 1), List.of());
    PublicationView recent = item("Één", "document", "x", LocalDate.of(2026, 1, 1), List.of());
    PublicationView undated = item("a zonder", "method", null, null, List.of());
    List<PublicationView> all = List.of(old, undated, recent);
    assertEquals(
        List.of(recent, old, undated),
        all.stream().sorted(CatalogFilter.none().order()).toList(),
        "newest first, undated last");
    assertEquals(
        List.of(undated, old, recent),
        all.stream().sorted(new CatalogFilter(null, null, null, null, "title").order()).toList(),
        "accents and case do not put Één after z");
  }

  @Test
  void anUnknownSortIsRefusedOnItsField() {
    PortalException e =
        assertThrows(
            PortalException.class, () -> new CatalogFilter(null, null, null, null, "random"));
    assertEquals("sort", e.refusals().get(0).field());
    assertEquals(PublicationCode.SORT_UNKNOWN, e.refusals().get(0).code());
  }

  @Test
  void moderationListsOfferOpenReportsUnlessAskedForHandledOrAll() {
    ReportView open = report("onjuist", null);
    ReportView handled = report("privacy", Instant.parse("2026-12-06T10:00:00Z"));
    assertTrue(ModerationFilter.none().matches(open));
    assertFalse(ModerationFilter.none().matches(handled), "a handled report leaves the open list");
    assertTrue(new ModerationFilter(null, null, "handled").matches(handled));
    assertFalse(new ModerationFilter(null, null, "handled").matches(open));
    assertTrue(new ModerationFilter(null, null, "ALL").matches(handled));
    assertTrue(new ModerationFilter(null, "PRIV", "all").matches(handled));
    assertFalse(new ModerationFilter("method", null, "all").matches(handled));
    PortalException e =
        assertThrows(PortalException.class, () -> new ModerationFilter(null, null, "gone"));
    assertEquals("state", e.refusals().get(0).field());
  }

  @Test
  void moderationListsFilterItemsOnKindAndWords() {
    PublicationView nota = item("Nota", "document", "nota-bw", null, List.of());
    assertTrue(new ModerationFilter("document", "nota", null).matches(nota));
    assertFalse(new ModerationFilter("use", null, null).matches(nota));
    assertFalse(new ModerationFilter(null, "wonen", null).matches(nota));
  }

  @Test
  void choicesComeOnlyFromTheItemsGiven() {
    CatalogChoices choices =
        CatalogChoices.of(
            List.of(
                item("a", "document", "nota-bw", null, List.of("Zorg", "armoede")),
                item("b", "method", null, null, List.of("Zorg"))));
    assertEquals(List.of("document", "method"), choices.kinds());
    assertEquals(List.of(new CatalogChoices.Type("nota-bw", "Label nota-bw")), choices.types());
    assertEquals(List.of("armoede", "Zorg"), choices.themes());
  }
}
