package nl.leerkring.portal.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/** Quarters, the grain of the timeline, and what makes an action or milestone late. */
class QuarterTest {

  @Test
  void quartersParseAndSpanTheirMonths() {
    Quarter q = Quarter.parse("quarter", "2025-q2");
    assertEquals(new Quarter(2025, 2), q);
    assertEquals(LocalDate.of(2025, 4, 1), q.firstDay());
    assertEquals(LocalDate.of(2025, 6, 30), q.lastDay());
    assertEquals(new Quarter(2026, 1), new Quarter(2025, 4).next());
    assertEquals(new Quarter(2024, 4), Quarter.of(LocalDate.of(2024, 12, 31)));
    assertEquals("2025-Q2", q.toString());
  }

  @Test
  void aPeriodIsPlannedInEveryQuarterItTouches() {
    assertEquals(
        List.of("2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1"),
        Quarter.between(LocalDate.of(2024, 5, 15), LocalDate.of(2025, 1, 1)).stream()
            .map(Quarter::toString)
            .toList());
    assertEquals(
        List.of(new Quarter(2024, 2)),
        Quarter.between(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 6, 30)));
    assertEquals(List.of(), Quarter.between(LocalDate.of(2024, 4, 1), null));
    assertEquals(List.of(), Quarter.between(LocalDate.of(2024, 4, 1), LocalDate.of(2023, 1, 1)));
    assertEquals(200, Quarter.between(LocalDate.of(1900, 1, 1), LocalDate.of(2199, 12, 31)).size());
  }

  @Test
  void aWrongQuarterSaysWhatItExpects() {
    for (String bad : List.of("2025-Q5", "Q2 2025", "", "2025")) {
      PortalException e = assertThrows(PortalException.class, () -> Quarter.parse("quarter", bad));
      assertEquals(
          List.of(Refusal.onField("quarter", ProgrammeCode.NOT_A_QUARTER, bad)), e.refusals());
    }
  }

  @Test
  void openActionsAreLateAfterTheirQuarterAndMilestonesAfterTheirDay() {
    ProgrammeAction a = new ProgrammeAction("p");
    a.goalId = "g";
    a.title = "t";
    a.status = ActionStatus.STARTED;
    a.phase = Phase.UITVOERING;
    a.plannedYear = 2025;
    a.plannedQuarter = 1;
    assertEquals(false, a.data(LocalDate.of(2025, 3, 31)).late());
    assertEquals(true, a.data(LocalDate.of(2025, 4, 1)).late());
    a.status = ActionStatus.DONE;
    assertEquals(false, a.data(LocalDate.of(2026, 1, 1)).late());

    Milestone m = new Milestone("p");
    m.title = "m";
    m.dueDate = LocalDate.of(2025, 6, 30);
    assertEquals(false, m.data(LocalDate.of(2025, 6, 30)).late());
    assertEquals(true, m.data(LocalDate.of(2025, 7, 1)).late());
    m.doneOn = LocalDate.of(2025, 7, 3);
    assertEquals(false, m.data(LocalDate.of(2025, 8, 1)).late());
  }

  @Test
  void theTimelineGroupsActionsAndMilestonesPerQuarterInOrder() {
    ProgrammeData.Action late =
        new ProgrammeData.Action(
            "a", "g", "t", null, List.of(), "planned", "onderzoek", "2025-Q3", null, 0, false);
    ProgrammeData.Action early =
        new ProgrammeData.Action(
            "b", "g", "t", null, List.of(), "planned", "onderzoek", "2024-Q4", null, 1, false);
    ProgrammeData.Milestone due =
        new ProgrammeData.Milestone(
            "m", null, "m", LocalDate.of(2025, 2, 1), null, null, null, null, false);
    List<ProgrammeData.TimelineQuarter> timeline = Timeline.of(List.of(late, early), List.of(due));
    assertEquals(
        List.of("2024-Q4", "2025-Q1", "2025-Q3"),
        timeline.stream().map(ProgrammeData.TimelineQuarter::quarter).toList());
    assertEquals(1, timeline.get(1).milestones().size());
  }
}
