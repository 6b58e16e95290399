package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * One meeting of a circle: when and where, the agenda with its materials, registration (yes, maybe,
 * no; the waiting list), the minutes, the actions agreed there and the circle's open actions of
 * earlier meetings (terugblik). What the viewer may see and do is the boundary's answer.
 */
@Named
@RequestScoped
public class MeetingPage {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject Language language;

  @Inject FacesContext faces;

  private String id;
  private MeetingView meeting;
  private boolean loaded;

  /** Loads the meeting before rendering, so a boundary's message shows at the top. */
  public void load() {
    getMeeting();
  }

  public MeetingView getMeeting() {
    if (!loaded) {
      loaded = true;
      meeting = null;
      Messages.attempt(faces, () -> meeting = meetings.meeting(current.signedIn(), getId()));
    }
    return meeting;
  }

  /** Registers the viewer's answer: the value of the button pressed. */
  public String answer(String answer) {
    if (Messages.attempt(faces, () -> meetings.register(current.signedIn(), getId(), answer))) {
      Messages.info(faces, "meeting.answered");
      loaded = false;
    }
    return null;
  }

  // --- showing ---

  /** "donderdag 10 december 2026, 14:00 – 17:00", in the reader's language. */
  public String when(MeetingView m) {
    DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", language.getLocale());
    DateTimeFormatter time =
        DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(language.getLocale());
    LocalDateTime start = m.start();
    LocalDateTime end = m.end();
    String from = start.format(day) + ", " + start.format(time);
    return start.toLocalDate().equals(end.toLocalDate())
        ? from + " – " + end.format(time)
        : from + " – " + end.format(day) + ", " + end.format(time);
  }

  public String day(LocalDate date) {
    return date == null ? "" : Formats.date(language.getLocale(), date);
  }

  public String minutesText(Integer minutes) {
    return minutes == null
        ? ""
        : Formats.format(faces, language.getLocale(), "meeting.duration", minutes);
  }

  public String placesText(MeetingView m) {
    if (m.capacity() == null) {
      return Messages.text(faces, "meeting.noLimit");
    }
    return Formats.format(
        faces,
        language.getLocale(),
        "meeting.places",
        m.capacity(),
        m.registrations() == null || m.registrations().placesLeft() == null
            ? m.capacity()
            : m.registrations().placesLeft());
  }

  public String countsText(MeetingView m) {
    var r = m.registrations();
    return Formats.format(
        faces, language.getLocale(), "meeting.counts", r.yes(), r.maybe(), r.no(), r.waitlisted());
  }

  /** The calendar file of the meeting, through the API under the same session. */
  public String getCalendarLink() {
    return faces.getExternalContext().getRequestContextPath()
        + "/api/meetings/"
        + getId()
        + "/calendar.ics";
  }

  // --- properties ---

  /** The meeting id: the request parameter, also on a postback (see DocumentPage#getId). */
  public String getId() {
    if (id == null) {
      id = Inputs.param(faces, "id");
    }
    return id;
  }

  public void setId(String id) {
    this.id = Inputs.trimmed(id);
  }
}
