package nl.leerkring.portal.learning;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.leerkring.portal.learning.LearningViews.HarvestView;
import nl.leerkring.portal.learning.LearningViews.HistoryEntry;
import nl.leerkring.portal.learning.LearningViews.MeetingRef;

/**
 * A question's learning history in date order: when it was raised, its status changes with their
 * explanations, the meetings where it was worked on (at the meeting's start) and its harvest. Equal
 * moments keep the order in which they were recorded, the question's own steps first.
 */
final class LearningHistory {

  private LearningHistory() {}

  static List<HistoryEntry> of(
      LearningQuestion q,
      List<HarvestView> harvest,
      Map<String, MeetingRef> meetings,
      Function<MeetingRef, java.time.Instant> startOf) {
    List<HistoryEntry> out = new ArrayList<>();
    for (QuestionEvent e : q.events()) {
      if (e.kind() == QuestionEvent.Kind.MEETING) {
        MeetingRef m = meetings.get(e.meetingId());
        if (m != null) {
          out.add(
              new HistoryEntry(
                  startOf.apply(m), "MEETING", null, null, e.by(), m, null, null, null));
        }
      } else {
        out.add(
            new HistoryEntry(
                e.at(),
                e.kind().name(),
                e.status() == null ? null : e.status().name(),
                e.explanation(),
                e.by(),
                null,
                null,
                e.harvestKind() == null ? null : e.harvestKind().name(),
                e.harvestAuthor()));
      }
    }
    for (HarvestView h : harvest) {
      out.add(
          new HistoryEntry(
              h.recordedAt(), "HARVEST", null, null, h.author(), h.meeting(), h, null, null));
    }
    // List.sort is stable: the question's steps, then the harvest, where moments are equal.
    out.sort(Comparator.comparing(HistoryEntry::at));
    return out;
  }
}
