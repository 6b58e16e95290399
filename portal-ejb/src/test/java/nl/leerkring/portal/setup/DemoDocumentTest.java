package nl.leerkring.portal.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.leerkring.portal.documents.DocumentMetadata;
import nl.leerkring.portal.documents.DocumentType;
import org.junit.jupiter.api.Test;

/** The demo documents' index and texts: what the first start uploads must be accepted as is. */
class DemoDocumentTest {

  private static final List<DemoDocument> ALL = DemoDocument.all();

  private static final Map<String, DemoData.DemoTenant> TENANTS =
      DemoData.TENANTS.stream()
          .collect(Collectors.toMap(DemoData.DemoTenant::slug, Function.identity()));

  @Test
  void everyDocumentHasValidMetadata() {
    assertTrue(ALL.size() >= 14 && ALL.size() <= 18, ALL.size() + " demo documents");
    for (DemoDocument d : ALL) {
      String where = d.key() + ": ";
      assertTrue(TENANTS.containsKey(d.gemeente()), where + "unknown gemeente " + d.gemeente());
      assertEquals(d.gemeente().replace("-", "") + ".lid", d.member(), where);
      DocumentType type = DocumentType.parse(d.type()); // throws for an unknown type
      assertEquals(d.type(), type.slug(), where + "use the type's slug");
      assertTrue(
          !d.date().isBefore(LocalDate.of(2024, 1, 1))
              && !d.date().isAfter(LocalDate.of(2026, 12, 31)),
          where + d.date());
      within(where + "title", d.title(), 300);
      within(where + "number", d.number(), 50);
      within(where + "programme", d.programme(), 200);
      within(where + "summary", d.summary(), 4000);
      assertFalse(d.themes().isEmpty(), where + "no themes");
      assertFalse(d.wijken().isEmpty(), where + "no wijken");
      for (List<String> words : List.of(d.themes(), d.tags(), d.wijken())) {
        assertTrue(words.size() <= 20, where + words);
        words.forEach(w -> within(where + "word", w, 100));
      }
      d.themes().forEach(t -> assertEquals(t.toLowerCase(), t, where + "themes are lower case"));
      DocumentMetadata m = d.metadata();
      assertEquals(d.title(), m.title());
      assertEquals(d.wijken(), m.wijken());
    }
  }

  @Test
  void everyTextIsAShortDocumentOfItsOwn() {
    for (DemoDocument d : ALL) {
      String text = d.text();
      long words = text.split("\\s+").length;
      assertTrue(words >= 150 && words <= 400, d.fileName() + ": " + words + " words");
      assertFalse(text.contains("\uFFFD"), d.fileName() + " is not valid UTF-8");
      assertTrue(
          text.chars().noneMatch(c -> c < 0x20 && c != '\n' && c != '\r' && c != '\t'),
          d.fileName() + " contains control characters");
    }
  }

  @Test
  void aDocumentIsKnownAgainByGemeenteTitleAndNumber() {
    Set<String> seen = new HashSet<>();
    for (DemoDocument d : ALL) {
      assertTrue(
          seen.add(d.gemeente() + "|" + d.title() + "|" + d.number()),
          d.key() + " repeats another document's title and number");
    }
  }

  @Test
  void aboutHalfIsPublishedAndOnlyByMembersOfTheCircle() {
    Map<DemoDocument.Publish, Long> counts =
        ALL.stream().collect(Collectors.groupingBy(DemoDocument::publish, Collectors.counting()));
    assertEquals(2, counts.get(DemoDocument.Publish.PUBLIC), counts.toString());
    long circle = counts.getOrDefault(DemoDocument.Publish.CIRCLE, 0L);
    assertTrue(circle >= 5 && circle <= 7, counts.toString());
    long none = counts.getOrDefault(DemoDocument.Publish.NONE, 0L);
    assertTrue(Math.abs(none - (ALL.size() - none)) <= 2, "about half private: " + counts);
    for (DemoDocument d : ALL) {
      if (!TENANTS.get(d.gemeente()).inCircle()) {
        assertEquals(DemoDocument.Publish.NONE, d.publish(), d.key() + ": not in the circle");
      }
    }
    for (DemoData.DemoTenant t : DemoData.TENANTS) {
      assertTrue(
          ALL.stream().anyMatch(d -> d.gemeente().equals(t.slug())),
          t.slug() + " has no demo document");
    }
  }

  @Test
  void theOldestComeFirstSoTheNewestEndOnTop() {
    for (int i = 1; i < ALL.size(); i++) {
      assertFalse(ALL.get(i).date().isBefore(ALL.get(i - 1).date()), ALL.get(i).key());
    }
  }

  private static void within(String field, String value, int max) {
    if (value != null) {
      assertFalse(value.isBlank(), field + " is blank");
      assertTrue(value.strip().length() <= max, field + " is longer than " + max + ": " + value);
    }
  }
}
