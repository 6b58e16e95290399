package nl.leerkring.portal.learning;

import static nl.leerkring.portal.learning.LearningQuestionTest.question;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.learning.LearningViews.HistoryEntry;
import nl.leerkring.portal.learning.LearningViews.MeetingRef;
import nl.leerkring.portal.learning.LearningViews.Source;
import org.junit.jupiter.api.Test;

/** A question's learning history reads in date order, whatever order it was recorded in. */
class LearningHistoryTest {

  private static final MeetingRef MARCH =
      new MeetingRef("m-1", "Bijeenkomst in Duiven", LocalDateTime.of(2025, 3, 20, 14, 0), "/m1");
  private static final MeetingRef MAY =
      new MeetingRef("m-2", "Bijeenkomst in Wijchen", LocalDateTime.of(2025, 5, 15, 14, 0), "/m2");

  private static HarvestView harvest(String id, Instant at, MeetingRef meeting) {
    return new HarvestView(
        id,
        "q",
        "Vraag",
        "REALISE",
        "INSIGHT",
        "Inzicht " + id,
        meeting,
        "Anna",
        at,
        List.of(
            new Source(
                "card-1",
                "method",
                "Buurtgesprek",
                "/app/method.xhtml?id=card-1",
                null,
                null,
                false)),
        "account-anna",
        null,
        0);
  }

  private static Instant start(MeetingRef m) {
    return m.start().atZone(Learning.AMSTERDAM).toInstant();
  }

  @Test
  void raisingMeetingsHarvestAndConclusionsComeInDateOrderWithTheirCitations() {
    LearningQuestion q = question(Phase.REALISE);
    // Linked late, but the meetings were held before the answer: their dates count, not the link's.
    q.changeStatus(
        QuestionStatus.ANSWERED,
        "Zie denkkader",
        0L,
        "Cora",
        Instant.parse("2025-06-01T10:00:00Z"));
    q.workedOnAt("m-2", start(MAY), "Cora");
    q.workedOnAt("m-1", start(MARCH), "Cora");
    List<HarvestView> harvest =
        List.of(
            harvest("h-late", Instant.parse("2025-05-16T08:00:00Z"), null),
            harvest("h-march", Instant.parse("2025-03-20T15:00:00Z"), MARCH));

    List<HistoryEntry> history =
        LearningHistory.of(
            q, harvest, Map.of("m-1", MARCH, "m-2", MAY), LearningHistoryTest::start);

    assertEquals(
        List.of("RAISED", "MEETING", "HARVEST", "MEETING", "HARVEST", "STATUS"),
        history.stream().map(HistoryEntry::kind).toList());
    assertEquals("m-1", history.get(1).meeting().id());
    assertEquals("h-march", history.get(2).harvest().id());
    assertEquals("card-1", history.get(2).harvest().sources().get(0).id());
    assertEquals("ANSWERED", history.get(5).status());
    assertEquals("Zie denkkader", history.get(5).explanation());
  }

  @Test
  void anEditAndARemovalStayInTheHistoryWithoutTheRemovedText() {
    LearningQuestion q = question(Phase.REALISE);
    HarvestItem kept = item(q, "Eerste versie", "2025-03-20T15:00:00Z");
    HarvestItem gone = item(q, "Per ongeluk de naam van een inwoner", "2025-03-21T09:00:00Z");
    kept.edit(
        HarvestKind.STORY, "Tweede versie", List.of(), 0L, "Anna", at("2025-04-01T08:00:00Z"));
    q.harvestChanged(QuestionEvent.Kind.EDITED, kept, "Anna", at("2025-04-01T08:00:00Z"));
    q.harvestChanged(QuestionEvent.Kind.REMOVED, gone, "Cora", at("2025-04-02T08:00:00Z"));

    List<HistoryEntry> history =
        LearningHistory.of(
            q,
            List.of(harvest("h-kept", at("2025-03-20T15:00:00Z"), null)),
            Map.of(),
            LearningHistoryTest::start);

    assertEquals(
        List.of("RAISED", "HARVEST", "EDITED", "REMOVED"),
        history.stream().map(HistoryEntry::kind).toList());
    HistoryEntry edited = history.get(2);
    assertEquals(
        List.of("STORY", "Anna", "Anna"),
        List.of(edited.harvestKind(), edited.harvestAuthor(), edited.by()));
    HistoryEntry removed = history.get(3);
    assertEquals(
        List.of("INSIGHT", "Anna", "Cora"),
        List.of(removed.harvestKind(), removed.harvestAuthor(), removed.by()));
    assertEquals(null, removed.harvest());
    assertEquals(null, removed.explanation(), "the removed text is not kept");
    // The edit itself changed the item and needs the version the editor read.
    assertEquals("Tweede versie", kept.text());
    assertEquals(at("2025-04-01T08:00:00Z"), kept.editedAt());
    PortalException stale =
        assertThrows(
            PortalException.class,
            () ->
                kept.edit(
                    HarvestKind.QUOTE, "Derde", List.of(), 5L, "Anna", at("2025-04-03T08:00:00Z")));
    assertEquals("version", stale.refusals().get(0).field());
    assertEquals("Tweede versie", kept.text());
  }

  private static HarvestItem item(LearningQuestion q, String text, String at) {
    return new HarvestItem(
        q, HarvestKind.INSIGHT, text, null, "account-anna", "Anna", "t-duiven", List.of(), at(at));
  }

  private static Instant at(String iso) {
    return Instant.parse(iso);
  }

  @Test
  void aMeetingNoLongerThereLeavesNoStepBehind() {
    LearningQuestion q = question(Phase.REALISE);
    q.workedOnAt("gone", Instant.parse("2025-03-20T13:00:00Z"), "Cora");
    assertEquals(
        List.of("RAISED"),
        LearningHistory.of(q, List.of(), Map.of(), LearningHistoryTest::start).stream()
            .map(HistoryEntry::kind)
            .toList());
  }
}
