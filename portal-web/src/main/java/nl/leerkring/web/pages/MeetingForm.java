package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.meetings.MeetingDraft;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.Gemeente;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Planning a meeting (on the circle's page) and changing it while planned (on the meeting's page,
 * filled with what it is now and sent with the version it was read at): a day, a start and end time
 * in Amsterdam, place and/or online link, host gemeente, capacity and description.
 */
@Named
@RequestScoped
public class MeetingForm {

  private static final Map<String, String> FIELDS =
      FieldErrors.fields(
          "title", "mf-title",
          "start", "mf-from",
          "end", "mf-until",
          "place", "mf-place",
          "onlineUrl", "mf-online",
          "host", "mf-host",
          "capacity", "mf-capacity",
          "description", "mf-description",
          "version", "mf-title");

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject CirclePage circlePage;

  @Inject MeetingPage meetingPage;

  private String title;
  private String day;
  private String from;
  private String until;
  private String place;
  private String online;
  private String host;
  private String capacity;
  private String description;
  private Long version;

  @PostConstruct
  void fill() {
    MeetingView m = meetingPage.getId() == null ? null : meetingPage.getMeeting();
    if (m == null || FormErrors.posted(faces, "meeting-form")) {
      return;
    }
    title = m.title();
    day = m.start().toLocalDate().toString();
    from = m.start().toLocalTime().toString();
    until = m.end().toLocalTime().toString();
    place = m.place();
    online = m.onlineUrl();
    host = m.host() == null ? null : m.host().slug();
    capacity = m.capacity() == null ? null : m.capacity().toString();
    description = m.description();
    version = m.version();
  }

  /** Plans a new meeting in the circle of the page, and goes to its page. */
  public String plan() {
    MeetingDraft draft = draft(null);
    MeetingView[] planned = new MeetingView[1];
    if (errors.run(
        FIELDS,
        () -> planned[0] = meetings.plan(current.signedIn(), circlePage.getCircle(), draft))) {
      return "/app/meeting.xhtml?faces-redirect=true&saved=planned&id=" + planned[0].id();
    }
    return null;
  }

  /** Saves the changes to the meeting of the page. */
  public String change() {
    MeetingDraft draft = draft(version);
    if (errors.run(FIELDS, () -> meetings.change(current.signedIn(), meetingPage.getId(), draft))) {
      Messages.info(faces, "meeting.changed");
      meetingPage.reload();
    }
    return null;
  }

  private MeetingDraft draft(Long version) {
    errors.required("mf-title", title, "meeting.form.title");
    LocalDate date = errors.day("mf-day", day, "meeting.form.day");
    errors.required("mf-day", day, "meeting.form.day");
    LocalTime start = time("mf-from", from, "meeting.form.from");
    LocalTime end = time("mf-until", until, "meeting.form.until");
    Integer places = errors.integer("mf-capacity", capacity, "meeting.form.capacity");
    return new MeetingDraft(
        Inputs.trimmed(title),
        date == null || start == null ? null : date.atTime(start).toString(),
        date == null || end == null ? null : date.atTime(end).toString(),
        Inputs.trimmed(place),
        Inputs.trimmed(online),
        Inputs.trimmed(host),
        places,
        Inputs.trimmed(description),
        version);
  }

  /** A time as people type it: 14:00, 14.00 or 9:30; null and an error when unreadable. */
  private LocalTime time(String input, String text, String labelKey) {
    String t = errors.required(input, text, labelKey);
    if (t == null) {
      return null;
    }
    try {
      return LocalTime.parse(t.replace('.', ':'), DateTimeFormatter.ofPattern("H:mm"));
    } catch (java.time.format.DateTimeParseException e) {
      errors.addText(input, "meeting.form.timeInvalid", t);
      return null;
    }
  }

  /** The gemeenten of the circle that may host. */
  public List<Gemeente> getHosts() {
    if (circlePage.getCircle() == null && meetingPage.getMeeting() != null) {
      circlePage.setCircle(meetingPage.getMeeting().circle());
    }
    return circlePage.getHome() == null ? List.of() : circlePage.getHome().gemeenten();
  }

  // --- properties ---

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = day;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }

  public String getUntil() {
    return until;
  }

  public void setUntil(String until) {
    this.until = until;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getOnline() {
    return online;
  }

  public void setOnline(String online) {
    this.online = online;
  }

  public String getHost() {
    return host;
  }

  public void setHost(String host) {
    this.host = host;
  }

  public String getCapacity() {
    return capacity;
  }

  public void setCapacity(String capacity) {
    this.capacity = capacity;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
