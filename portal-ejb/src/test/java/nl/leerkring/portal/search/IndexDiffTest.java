package nl.leerkring.portal.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IndexDiffTest {

  private static final Map<String, String> DATABASE =
      Map.of("document:a", "1", "document:b", "2", "document:c", "3");

  @Test
  void anIndexThatMatchesNeedsNoRepair() {
    assertTrue(IndexDiff.between(DATABASE, Map.copyOf(DATABASE), Set.of()).isEmpty());
  }

  @Test
  void aMissedInsertAndAMissedUpdateAreStale() {
    IndexDiff diff =
        IndexDiff.between(DATABASE, Map.of("document:a", "1", "document:c", "old"), Set.of());
    assertEquals(List.of("document:b", "document:c"), diff.stale());
    assertEquals(List.of(), diff.extra());
  }

  @Test
  void aMissedDeleteIsExtra() {
    Map<String, String> index = new java.util.HashMap<>(DATABASE);
    index.put("document:gone", "9");
    IndexDiff diff = IndexDiff.between(DATABASE, index, Set.of());
    assertEquals(List.of(), diff.stale());
    assertEquals(List.of("document:gone"), diff.extra());
  }

  @Test
  void whatChangedWhileReadingIsLeftToTheChangeLog() {
    IndexDiff diff =
        IndexDiff.between(
            DATABASE,
            Map.of("document:a", "1", "document:b", "2", "document:new", "5"),
            Set.of("document:c", "document:new"));
    assertTrue(diff.isEmpty(), diff.toString());
  }
}
