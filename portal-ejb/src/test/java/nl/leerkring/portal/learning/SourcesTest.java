package nl.leerkring.portal.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/** Which sources harvest may cite: only what the circle reads, each named when it may not. */
class SourcesTest {

  private static final Set<String> READABLE = Set.of("pub-1", "card-1", "use-1");

  @Test
  void readableSourcesAreKeptOnceInTheOrderGiven() {
    Checks c = new Checks();
    assertEquals(
        List.of("card-1", "pub-1"),
        Learning.sources(c, List.of("card-1", "pub-1", "card-1"), READABLE::contains));
    assertTrue(c.ok());
    assertEquals(List.of(), Learning.sources(c, null, READABLE::contains));
  }

  @Test
  void everySourceTheCircleCannotReadIsNamedByItsPlace() {
    Checks c = new Checks();
    Learning.sources(
        c,
        Arrays.asList("pub-1", "private-doc", null, "use-1", "other-circle"),
        READABLE::contains);
    PortalException e = assertThrows(PortalException.class, c::done);
    assertEquals(
        List.of("sources[1]", "sources[2]", "sources[4]"),
        e.refusals().stream().map(Refusal::field).toList());
    assertEquals(LearningCode.SOURCE_UNREADABLE, e.refusals().get(0).code());
    assertEquals(List.of("private-doc"), e.refusals().get(0).args());
  }

  @Test
  void tooManySourcesAreRefusedAsAWhole() {
    Checks c = new Checks();
    List<String> many = new ArrayList<>(Collections.nCopies(HarvestItem.MAX_SOURCES + 1, "pub-1"));
    Learning.sources(c, many, READABLE::contains);
    PortalException e = assertThrows(PortalException.class, c::done);
    assertEquals(List.of("sources"), e.refusals().stream().map(Refusal::field).toList());
  }
}
