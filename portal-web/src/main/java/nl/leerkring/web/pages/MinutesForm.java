package nl.leerkring.web.pages;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.meetings.Forms.MinutesDraft;
import nl.leerkring.portal.meetings.Forms.MinutesOpening;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The minutes forms of the meeting page (planners): save the text from the version it was read at,
 * open it to the attendees for comments for a number of days, make it final. A stale save keeps
 * what was typed and says so.
 */
@Named
@RequestScoped
public class MinutesForm {

  private static final Map<String, String> FIELDS =
      FieldErrors.fields("text", "mi-text", "version", "mi-text", "days", "mi-days");

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  private String text;
  private Long version;
  private String days = "14";

  @PostConstruct
  void fill() {
    MeetingView m = page.getId() == null ? null : page.getMeeting();
    if (m == null || FormErrors.posted(faces, "minutes-form")) {
      return;
    }
    text = m.minutes() == null ? null : m.minutes().text();
    version = m.minutes() == null ? 0L : (long) m.minutes().version();
  }

  public String save() {
    if (errors.run(
        FIELDS,
        () ->
            meetings.writeMinutes(
                current.signedIn(), page.getId(), new MinutesDraft(text, version)))) {
      Messages.info(faces, "meeting.minutes.saved");
      page.reload();
      version = version == null ? null : version + 1;
    }
    return null;
  }

  public String open() {
    Integer d = errors.integer("mi-days", days, "meeting.minutes.days");
    if (errors.run(
        FIELDS,
        () -> meetings.openMinutes(current.signedIn(), page.getId(), new MinutesOpening(d)))) {
      Messages.info(faces, "meeting.minutes.opened");
      page.reload();
    }
    return null;
  }

  public String finalise() {
    if (errors.run(FIELDS, () -> meetings.finaliseMinutes(current.signedIn(), page.getId()))) {
      Messages.info(faces, "meeting.minutes.finalised");
      page.reload();
    }
    return null;
  }

  public List<String> getDayChoices() {
    return List.of("3", "7", "14", "21", "30");
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }

  public String getDays() {
    return days;
  }

  public void setDays(String days) {
    this.days = days;
  }
}
