package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.meetings.Meeting;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Minutes;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.portal.meetings.Views.MinutesVersionText;
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

  @Inject Gone gone;

  @Inject Minutes minutes;

  private String id;
  private MeetingView meeting;
  private boolean loaded;
  private MinutesVersionText oldVersion;

  @Inject CirclePage circlePage;

  /** Loads the meeting before rendering, so a boundary's message shows at the top. */
  public void load() {
    if ("planned".equals(Inputs.param(faces, "saved")) && !faces.isPostback()) {
      Messages.info(faces, "meeting.planned");
    }
    getMeeting();
  }

  /** Reads the meeting again after a form on the page changed it. */
  void reload() {
    loaded = false;
  }

  public MeetingView getMeeting() {
    if (!loaded) {
      loaded = true;
      meeting = null;
      gone.load(
          "meeting",
          "/app/dashboard.xhtml",
          () -> meeting = meetings.meeting(current.signedIn(), getId()));
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

  /**
   * The old version of the minutes asked for by the {@code minutes} parameter (its number), or
   * null.
   */
  public MinutesVersionText getOldVersion() {
    String asked = Inputs.param(faces, "minutes");
    if (oldVersion == null && asked != null && asked.matches("\\d{1,9}") && getMeeting() != null) {
      Messages.attempt(
          faces,
          () -> oldVersion = minutes.version(current.signedIn(), getId(), Integer.parseInt(asked)));
    }
    return oldVersion;
  }

  /** Whether the viewer may comment on the minutes now: they are open and the viewer was there. */
  public boolean isMayComment() {
    MeetingView m = getMeeting();
    return m != null
        && m.minutes() != null
        && "OPEN".equals(m.minutes().state())
        && m.attendance() != null
        && (m.mayPlan()
            || m.attendance().stream()
                .anyMatch(a -> a.account().equals(current.signedIn().accountId())));
  }

  /** Who an action may be for: the circle's gemeenten ("g:slug") and who answered ("a:id"). */
  public List<String[]> getOwners() {
    List<String[]> out = new ArrayList<>();
    MeetingView m = getMeeting();
    if (m == null || !m.mayPlan()) {
      return out;
    }
    circlePage.setCircle(m.circle());
    if (circlePage.getHome() != null) {
      circlePage
          .getHome()
          .gemeenten()
          .forEach(g -> out.add(new String[] {"g:" + g.slug(), g.name()}));
    }
    if (m.registrations() != null) {
      m.registrations()
          .participants()
          .forEach(a -> out.add(new String[] {"a:" + a.account(), a.name()}));
    }
    return out;
  }

  public String instant(Instant at) {
    return at == null
        ? ""
        : at.atZone(Meeting.ZONE)
            .format(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(language.getLocale()));
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
