package nl.leerkring.portal.meetings;

import static nl.leerkring.portal.meetings.MeetingBuilder.BEFORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.ParseWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar files, read back by the library as a calendar application would. */
class CalendarWriterTest {

  private static ICalendar parse(String text, List<List<ParseWarning>> warnings) {
    return Biweekly.parse(text).warnings(warnings).first();
  }

  @Test
  void aMeetingIsOneEventAtItsAmsterdamTimeWithAStableUid() {
    Meeting m = MeetingBuilder.meeting("circle-1", 10);
    List<List<ParseWarning>> warnings = new ArrayList<>();
    ICalendar ical = parse(CalendarWriter.meeting(m, "https://portal.example/app/m"), warnings);
    assertTrue(warnings.stream().allMatch(List::isEmpty), "warnings: " + warnings);
    assertEquals("PUBLISH", ical.getMethod().getValue());
    assertEquals(1, ical.getEvents().size());
    VEvent e = ical.getEvents().get(0);
    assertEquals(m.id() + "@leerkring-portal", e.getUid().getValue());
    assertEquals(0, e.getSequence().getValue());
    assertEquals("Bijeenkomst in Duiven", e.getSummary().getValue());
    assertEquals("Raadhuis Duiven", e.getLocation().getValue());
    // 14:00 in Amsterdam in December (CET, UTC+1) is 13:00 UTC.
    assertEquals(Instant.parse("2026-12-10T13:00:00Z"), e.getDateStart().getValue().toInstant());
    assertEquals(Instant.parse("2026-12-10T16:00:00Z"), e.getDateEnd().getValue().toInstant());
    assertEquals("CONFIRMED", e.getStatus().getValue());
    assertEquals("https://portal.example/app/m", e.getUrl().getValue());
  }

  @Test
  void aChangeAndACancellationKeepTheUidWithAHigherSequence() {
    Meeting m = MeetingBuilder.meeting("circle-1", 10);
    String uid =
        parse(CalendarWriter.meeting(m, null), new ArrayList<>())
            .getEvents()
            .get(0)
            .getUid()
            .getValue();
    m.reschedule(MeetingDetails.read(MeetingBuilder.draft(12), MeetingBuilder.MEMBERS), BEFORE);
    VEvent changed = parse(CalendarWriter.meeting(m, null), new ArrayList<>()).getEvents().get(0);
    assertEquals(uid, changed.getUid().getValue());
    assertEquals(1, changed.getSequence().getValue());

    m.cancel("De zaal is niet beschikbaar", BEFORE);
    ICalendar cancelled = parse(CalendarWriter.meeting(m, null), new ArrayList<>());
    assertEquals("CANCEL", cancelled.getMethod().getValue());
    VEvent e = cancelled.getEvents().get(0);
    assertEquals(uid, e.getUid().getValue());
    assertEquals(2, e.getSequence().getValue());
    assertEquals("CANCELLED", e.getStatus().getValue());
    assertTrue(e.getDescription().getValue().startsWith("De zaal is niet beschikbaar"));
  }

  @Test
  void textThatLooksLikeICalendarStaysText() {
    MeetingDraft d =
        new MeetingDraft(
            "Kring\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:nep",
            "2026-12-10T14:00",
            "2026-12-10T17:00",
            "Zaal; 2, \"A\"",
            null,
            null,
            null,
            null,
            null);
    Meeting m = new Meeting("c", MeetingDetails.read(d, MeetingBuilder.MEMBERS), "c", BEFORE);
    ICalendar ical = parse(CalendarWriter.meeting(m, null), new ArrayList<>());
    assertEquals(1, ical.getEvents().size());
    assertEquals("Zaal; 2, \"A\"", ical.getEvents().get(0).getLocation().getValue());
    assertTrue(ical.getEvents().get(0).getSummary().getValue().contains("END:VEVENT"));
  }

  @Test
  void aFeedHoldsEveryMeetingOnce() {
    List<Meeting> meetings =
        List.of(MeetingBuilder.meeting("c", null), MeetingBuilder.meeting("c", 3));
    ICalendar feed =
        parse(CalendarWriter.feed("Leerkring", meetings, m -> "/m/" + m.id()), new ArrayList<>());
    assertEquals(2, feed.getEvents().size());
    assertEquals(
        meetings.stream().map(m -> m.id() + "@leerkring-portal").toList(),
        feed.getEvents().stream().map(e -> e.getUid().getValue()).toList());
  }
}
