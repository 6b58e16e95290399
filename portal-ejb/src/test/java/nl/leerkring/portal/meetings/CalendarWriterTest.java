package nl.leerkring.portal.meetings;

import static nl.leerkring.portal.meetings.MeetingBuilder.BEFORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.ICalTimeZone;
import biweekly.io.ParseWarning;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
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

  @Test
  void startAndEndAreAmsterdamLocalTimesWithTheirTimezone() {
    Meeting m = MeetingBuilder.meeting("circle-1", 10);
    String text = CalendarWriter.meeting(m, null);
    assertTrue(text.contains("DTSTART;TZID=Europe/Amsterdam:20261210T140000"), text);
    assertTrue(text.contains("DTEND;TZID=Europe/Amsterdam:20261210T170000"), text);
    List<List<ParseWarning>> warnings = new ArrayList<>();
    ICalendar ical = parse(text, warnings);
    assertTrue(warnings.stream().allMatch(List::isEmpty), "warnings: " + warnings);
    VTimezone tz = ical.getTimezoneInfo().getComponents().iterator().next();
    assertEquals("Europe/Amsterdam", tz.getTimezoneId().getValue());
    // the zone as the file describes it, not the JDK's, puts the start at 13:00 UTC in winter
    TimeZone described = new ICalTimeZone(tz);
    Date start = ical.getEvents().get(0).getDateStart().getValue();
    assertEquals(Instant.parse("2026-12-10T13:00:00Z"), start.toInstant());
    assertEquals(
        ZoneOffset.ofHours(1).getTotalSeconds() * 1000, described.getOffset(start.getTime()));
    Date summer = Date.from(Instant.parse("2026-06-10T12:00:00Z"));
    assertEquals(
        ZoneOffset.ofHours(2).getTotalSeconds() * 1000, described.getOffset(summer.getTime()));
  }

  @Test
  void theAmsterdamTimezoneChangesOnTheLastSundaysOfMarchAndOctober() {
    VTimezone tz = CalendarWriter.vtimezone(Meeting.ZONE);
    DaylightSavingsTime summer = tz.getDaylightSavingsTime().get(0);
    StandardTime winter = tz.getStandardTimes().get(0);
    assertEquals("+0100", summer.getTimezoneOffsetFrom().getValue().toString(false));
    assertEquals("+0200", summer.getTimezoneOffsetTo().getValue().toString(false));
    assertEquals("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", rule(summer));
    assertEquals("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", rule(winter));
    TimeZone described = new ICalTimeZone(tz);
    TimeZone jdk = TimeZone.getTimeZone(Meeting.ZONE);
    assertEquals(
        "19700329T020000",
        summer.getDateStart().getValue().getRawComponents().toString(true, false));
    assertEquals(
        "19701025T030000",
        winter.getDateStart().getValue().getRawComponents().toString(true, false));
    // mid-month of 2024–2027, the zone as the file describes it has the JDK's offset
    for (int year = 2024; year <= 2027; year++) {
      for (int month = 1; month <= 12; month++) {
        long at =
            java.time.LocalDate.of(year, month, 15)
                .atStartOfDay(Meeting.ZONE)
                .toInstant()
                .toEpochMilli();
        assertEquals(jdk.getOffset(at), described.getOffset(at), year + "-" + month);
      }
    }
  }

  private static String rule(biweekly.component.Observance o) {
    return new biweekly.io.scribe.property.RecurrenceRuleScribe()
        .writeText(
            o.getRecurrenceRule(),
            new biweekly.io.WriteContext(biweekly.ICalVersion.V2_0, null, null));
  }
}
