package nl.leerkring.portal.meetings;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.io.TimezoneAssignment;
import biweekly.property.Method;
import biweekly.property.Status;
import biweekly.util.DateTimeComponents;
import biweekly.util.DayOfWeek;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;

/**
 * Meetings as iCalendar (RFC 5545), written by biweekly. Each meeting keeps one UID for its whole
 * life and carries its {@link Meeting#sequence()}, so a calendar replaces the event it holds when
 * the meeting changes, and a cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}) removes
 * it. Start and end are written as local times of Europe/Amsterdam ({@code TZID}) with that zone's
 * {@code VTIMEZONE}, so a meeting stays at 14:00 when summer time begins in between, and a calendar
 * that shows the event's own zone shows what the circle agreed; stamps stay UTC.
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class CalendarWriter {

  static final String PRODUCT = "-//Leerkring//Portal//NL";

  private static final VTimezone AMSTERDAM = vtimezone(Meeting.ZONE);

  private CalendarWriter() {}

  /** The UID of a meeting in every calendar: stable across changes and cancellation. */
  static String uid(String meetingId) {
    return meetingId + "@leerkring-portal";
  }

  /** One meeting, to add to a calendar: a request, or a cancellation once it is cancelled. */
  static String meeting(Meeting m, String link) {
    ICalendar ical = calendar();
    ical.setMethod(m.status() == MeetingStatus.CANCELLED ? Method.cancel() : Method.publish());
    ical.addEvent(event(ical, m, link));
    return Biweekly.write(ical).go();
  }

  /** A person's feed: every meeting as it stands, cancelled ones marked so. */
  static String feed(String name, List<Meeting> meetings, LinkFor links) {
    ICalendar ical = calendar();
    ical.setName(name);
    for (Meeting m : meetings) {
      ical.addEvent(event(ical, m, links.of(m)));
    }
    return Biweekly.write(ical).go();
  }

  /** Where a meeting's page is, for its URL property. */
  interface LinkFor {
    String of(Meeting m);
  }

  private static ICalendar calendar() {
    ICalendar ical = new ICalendar();
    ical.setProductId(PRODUCT);
    return ical;
  }

  /** Writes the event's start and end in the meetings' zone (TZID), its VTIMEZONE included. */
  private static void inZone(ICalendar ical, VEvent e) {
    TimezoneAssignment zone = new TimezoneAssignment(TimeZone.getTimeZone(Meeting.ZONE), AMSTERDAM);
    ical.getTimezoneInfo().setTimezone(e.getDateStart(), zone);
    ical.getTimezoneInfo().setTimezone(e.getDateEnd(), zone);
  }

  /**
   * The VTIMEZONE of a zone from its current rules (the JDK's tz database): one observance per
   * yearly transition rule, as a recurrence from 1970, e.g. Europe/Amsterdam's last Sunday of March
   * 02:00 (+01:00 → +02:00) and last Sunday of October 03:00 (+02:00 → +01:00).
   */
  static VTimezone vtimezone(ZoneId zoneId) {
    VTimezone tz = new VTimezone(zoneId.getId());
    ZoneRules rules = zoneId.getRules();
    if (rules.getTransitionRules().isEmpty()) {
      StandardTime fixed = new StandardTime();
      ZoneOffset offset = rules.getOffset(java.time.Instant.EPOCH);
      fixed.setDateStart(new DateTimeComponents(1970, 1, 1, 0, 0, 0, false));
      fixed.setTimezoneOffsetFrom(offset(offset));
      fixed.setTimezoneOffsetTo(offset(offset));
      tz.addStandardTime(fixed);
      return tz;
    }
    for (ZoneOffsetTransitionRule r : rules.getTransitionRules()) {
      ZoneOffsetTransition t = r.createTransition(1970);
      boolean summer = r.getOffsetAfter().getTotalSeconds() > r.getOffsetBefore().getTotalSeconds();
      Observance o = summer ? new DaylightSavingsTime() : new StandardTime();
      LocalDateTime start = t.getDateTimeBefore();
      o.setDateStart(
          new DateTimeComponents(
              start.getYear(),
              start.getMonthValue(),
              start.getDayOfMonth(),
              start.getHour(),
              start.getMinute(),
              0,
              false));
      o.setTimezoneOffsetFrom(offset(r.getOffsetBefore()));
      o.setTimezoneOffsetTo(offset(r.getOffsetAfter()));
      Recurrence.Builder yearly =
          new Recurrence.Builder(Frequency.YEARLY).byMonth(r.getMonth().getValue());
      if (r.getDayOfWeek() != null) {
        yearly.byDay(week(r), DayOfWeek.valueOfAbbr(r.getDayOfWeek().name().substring(0, 2)));
      } else {
        yearly.byMonthDay(r.getDayOfMonthIndicator());
      }
      o.setRecurrenceRule(yearly.build());
      if (summer) {
        tz.addDaylightSavingsTime((DaylightSavingsTime) o);
      } else {
        tz.addStandardTime((StandardTime) o);
      }
    }
    return tz;
  }

  /**
   * Which weekday of the month a rule means: the tz database's "last Sunday" arrives as "the Sunday
   * on or after the 25th" (of a 31-day month), which is -1 in RFC 5545.
   */
  private static int week(ZoneOffsetTransitionRule r) {
    int day = r.getDayOfMonthIndicator();
    if (day < 0 || day + 6 == r.getMonth().maxLength()) {
      return -1;
    }
    return (day + 6) / 7;
  }

  private static UtcOffset offset(ZoneOffset offset) {
    return new UtcOffset(offset.getTotalSeconds() * 1000L);
  }

  private static VEvent event(ICalendar ical, Meeting m, String link) {
    VEvent e = new VEvent();
    e.setUid(uid(m.id()));
    e.setSequence(m.sequence());
    e.setDateTimeStamp(Date.from(m.updatedAt()));
    e.setLastModified(Date.from(m.updatedAt()));
    e.setCreated(Date.from(m.createdAt()));
    e.setSummary(m.title());
    e.setDateStart(Date.from(m.start().atZone(Meeting.ZONE).toInstant()), true);
    e.setDateEnd(Date.from(m.end().atZone(Meeting.ZONE).toInstant()), true);
    inZone(ical, e);
    String where = m.place() != null ? m.place() : m.onlineUrl();
    if (where != null) {
      e.setLocation(where);
    }
    StringBuilder description = new StringBuilder();
    if (m.description() != null) {
      description.append(m.description());
    }
    if (m.onlineUrl() != null) {
      description.append(description.isEmpty() ? "" : "\n\n").append(m.onlineUrl());
    }
    if (m.status() == MeetingStatus.CANCELLED && m.cancelReason() != null) {
      description.insert(0, m.cancelReason() + (description.isEmpty() ? "" : "\n\n"));
    }
    if (!description.isEmpty()) {
      e.setDescription(description.toString());
    }
    if (link != null) {
      e.setUrl(link);
    }
    e.setStatus(m.status() == MeetingStatus.CANCELLED ? Status.cancelled() : Status.confirmed());
    return e;
  }
}
