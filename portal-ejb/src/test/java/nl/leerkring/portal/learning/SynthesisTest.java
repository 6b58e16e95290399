package nl.leerkring.portal.learning;

import static nl.leerkring.portal.learning.LearningQuestionTest.LATER;
import static nl.leerkring.portal.learning.LearningQuestionTest.RAISED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** A phase synthesis: versions kept, the published one read while the next is written. */
class SynthesisTest {

  private static Synthesis denkkader() {
    return new Synthesis(
        "circle-1", Phase.REALISE, "Denkkader", "Eerste opzet", List.of("h-1"), "Cora", RAISED);
  }

  @Test
  void aNewSynthesisIsADraftNobodyButItsWritersRead() {
    Synthesis s = denkkader();
    assertEquals("DRAFT", s.status());
    assertEquals(1, s.number());
    assertTrue(s.published().isEmpty());
  }

  @Test
  void readersKeepThePublishedVersionWhileTheNextIsWritten() {
    Synthesis s = denkkader();
    s.publish(0L, "Cora", LATER);
    s.revise("Denkkader 2", "Tweede opzet", List.of("h-1", "h-2"), 0L, "Cora", LATER);
    assertEquals(2, s.number());
    assertEquals(1, s.published().orElseThrow().number());
    assertEquals("Eerste opzet", s.published().orElseThrow().text());
    assertEquals("Tweede opzet", s.newest().text());
    assertEquals(List.of("h-1", "h-2"), s.newest().citations());
    s.publish(0L, "Cora", LATER);
    assertEquals(2, s.published().orElseThrow().number());
    assertEquals(2, s.versions().size());
  }

  @Test
  void publishingTheSameVersionTwiceOrFromAStaleVersionIsAConflict() {
    Synthesis s = denkkader();
    s.publish(0L, "Cora", LATER);
    PortalException twice = assertThrows(PortalException.class, () -> s.publish(0L, "C", LATER));
    assertEquals(LearningCode.ALREADY_PUBLISHED, twice.refusals().get(0).code());
    PortalException stale =
        assertThrows(PortalException.class, () -> s.revise("T", "X", List.of(), 7L, "Cora", LATER));
    assertEquals(TenantsException.Kind.CONFLICT, stale.kind());
    assertEquals(1, s.versions().size());
  }

  @Test
  void readersOpenThePublishedVersionAndThoseBeforeItWritersEveryVersion() {
    Synthesis s = denkkader();
    assertTrue(s.versionsReadBy(false).isEmpty(), "a draft: nothing for readers");
    s.revise("Denkkader", "Tweede opzet", List.of(), s.version(), "Cora", LATER);
    s.publish(s.version(), "Cora", LATER);
    s.revise("Denkkader", "Derde opzet", List.of(), s.version(), "Cora", LATER);

    assertEquals(List.of(1, 2), numbers(s.versionsReadBy(false)));
    assertEquals(List.of(1, 2, 3), numbers(s.versionsReadBy(true)));
    assertEquals("Eerste opzet", s.versionReadBy(1, false).orElseThrow().text());
    assertTrue(s.versionReadBy(3, false).isEmpty(), "the writers' next version stays theirs");
    assertEquals("Derde opzet", s.versionReadBy(3, true).orElseThrow().text());
    assertTrue(s.versionReadBy(4, true).isEmpty());
  }

  private static List<Integer> numbers(List<SynthesisVersion> versions) {
    return versions.stream().map(SynthesisVersion::number).toList();
  }
}
