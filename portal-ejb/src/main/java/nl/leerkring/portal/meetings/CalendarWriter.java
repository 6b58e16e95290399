package nl.leerkring.portal.meetings;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.Method;
import biweekly.property.Status;
import java.util.Date;
import java.util.List;

/**
 * Meetings as iCalendar (RFC 5545), written by biweekly. Each meeting keeps one UID for its whole
 * life and carries its {@link Meeting#sequence()}, so a calendar replaces the event it holds when
 * the meeting changes, and a cancellation ({@code METHOD:CANCEL}, {@code STATUS:CANCELLED}) removes
 * it. Times are written in UTC, which every calendar converts to its reader's zone.
 *
 * <p>NOTE: stateless and thread-safe.
 */
final class CalendarWriter {

  static final String PRODUCT = "-//Leerkring//Portal//NL";

  private CalendarWriter() {}

  /** The UID of a meeting in every calendar: stable across changes and cancellation. */
  static String uid(String meetingId) {
    return meetingId + "@leerkring-portal";
  }

  /** One meeting, to add to a calendar: a request, or a cancellation once it is cancelled. */
  static String meeting(Meeting m, String link) {
    ICalendar ical = calendar();
    ical.setMethod(m.status() == MeetingStatus.CANCELLED ? Method.cancel() : Method.publish());
    ical.addEvent(event(m, link));
    return Biweekly.write(ical).go();
  }

  /** A person's feed: every meeting as it stands, cancelled ones marked so. */
  static String feed(String name, List<Meeting> meetings, LinkFor links) {
    ICalendar ical = calendar();
    ical.setName(name);
    for (Meeting m : meetings) {
      ical.addEvent(event(m, links.of(m)));
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

  private static VEvent event(Meeting m, String link) {
    VEvent e = new VEvent();
    e.setUid(uid(m.id()));
    e.setSequence(m.sequence());
    e.setDateTimeStamp(Date.from(m.updatedAt()));
    e.setLastModified(Date.from(m.updatedAt()));
    e.setCreated(Date.from(m.createdAt()));
    e.setSummary(m.title());
    e.setDateStart(Date.from(m.start().atZone(Meeting.ZONE).toInstant()), true);
    e.setDateEnd(Date.from(m.end().atZone(Meeting.ZONE).toInstant()), true);
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
