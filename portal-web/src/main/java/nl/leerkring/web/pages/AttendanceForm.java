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
 * Who was there (planners, once held): a checkbox per participant of the circle, those who answered
 * first, ticked when recorded as present.
 */
@Named
@RequestScoped
public class AttendanceForm {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  private List<Attendee> people;

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

  /**
   * Everyone who answered (with their answer), then every other participant of the circle, and
   * whoever was recorded present before: so a planner can tick whoever came, answered or not.
   */
  public List<Attendee> getPeople() {
    if (people == null) {
      MeetingView m = page.getMeeting();
      Map<String, Attendee> all = new LinkedHashMap<>();
      if (m != null && m.registrations() != null) {
        m.registrations().participants().forEach(a -> all.put(a.account(), a));
      }
      if (m != null && m.mayPlan()) {
        meetings
            .participants(current.signedIn(), page.getId())
            .forEach(a -> all.putIfAbsent(a.account(), a));
      }
      if (m != null && m.attendance() != null) {
        m.attendance().forEach(a -> all.putIfAbsent(a.account(), a));
      }
      people = List.copyOf(all.values());
    }
    return people;
  }

  public boolean present(String account) {
    MeetingView m = page.getMeeting();
    return m != null
        && m.attendance() != null
        && m.attendance().stream().anyMatch(a -> a.account().equals(account));
  }
}
