package nl.leerkring.portal.meetings;

import java.time.Instant;
import java.util.Map;

/** Small meetings for tests: a circle of Duiven and Wijchen, one afternoon in December. */
public final class MeetingBuilder {

  static final Instant BEFORE = Instant.parse("2026-12-01T09:00:00Z");
  static final Instant AFTER = Instant.parse("2026-12-11T09:00:00Z");
  static final Map<String, String> MEMBERS = Map.of("duiven", "t-duiven", "wijchen", "t-wijchen");

  private MeetingBuilder() {}

  static MeetingDraft draft(Integer capacity) {
    return new MeetingDraft(
        "Bijeenkomst in Duiven",
        "2026-12-10T14:00",
        "2026-12-10T17:00",
        "Raadhuis Duiven",
        "https://meet.example.org/leerkring",
        "duiven",
        capacity,
        "Intervisie over de Blijfwijk",
        null);
  }

  public static Meeting meeting(String circleId, Integer capacity) {
    return new Meeting(
        circleId, MeetingDetails.read(draft(capacity), MEMBERS), "coordinator", BEFORE);
  }

  /** The same meeting without a host gemeente, for other components' storage tests. */
  public static Meeting hostless(String circleId) {
    MeetingDraft d = draft(null);
    MeetingDraft none =
        new MeetingDraft(
            d.title(), d.start(), d.end(), d.place(), null, null, null, d.description(), null);
    return new Meeting(circleId, MeetingDetails.read(none, MEMBERS), "coordinator", BEFORE);
  }
}
