package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.Attendee;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.web.security.CurrentViewer;

/**
 * Who was there (planners, once held): a checkbox per person who answered or was recorded before,
 * ticked when recorded as present.
 */
@Named
@RequestScoped
public class AttendanceForm {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  public String record() {
    String[] ticked = faces.getExternalContext().getRequestParameterValuesMap().get("present");
    List<String> present = ticked == null ? List.of() : Arrays.asList(ticked);
    if (errors.run(
        FieldErrors.fields("present", "attendance-list"),
        () -> meetings.recordAttendance(current.signedIn(), page.getId(), present))) {
      Messages.info(faces, "meeting.attendance.saved");
      page.reload();
    }
    return null;
  }

  /** Everyone who answered, and whoever was recorded present, by name. */
  public List<Attendee> getPeople() {
    MeetingView m = page.getMeeting();
    Map<String, Attendee> people = new LinkedHashMap<>();
    if (m != null && m.registrations() != null) {
      m.registrations().participants().forEach(a -> people.put(a.account(), a));
    }
    if (m != null && m.attendance() != null) {
      m.attendance().forEach(a -> people.putIfAbsent(a.account(), a));
    }
    return List.copyOf(people.values());
  }

  public boolean present(String account) {
    MeetingView m = page.getMeeting();
    return m != null
        && m.attendance() != null
        && m.attendance().stream().anyMatch(a -> a.account().equals(account));
  }
}
