package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.meetings.Forms.StatusChange;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.web.security.CurrentViewer;

/** The meeting page's planner buttons: held, closed, or cancelled with a reason. */
@Named
@RequestScoped
public class MeetingStatusForm {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  private String reason;

  public String hold() {
    return to("HELD", null, "meeting.heldSaved");
  }

  public String close() {
    return to("CLOSED", null, "meeting.closedSaved");
  }

  public String cancel() {
    return to("CANCELLED", reason, "meeting.cancelledSaved");
  }

  private String to(String status, String why, String done) {
    if (errors.run(
        FieldErrors.fields("reason", "st-reason", "status", "st-reason"),
        () ->
            meetings.changeStatus(
                current.signedIn(), page.getId(), new StatusChange(status, why)))) {
      Messages.info(faces, done);
      reason = null;
      page.reload();
    }
    return null;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
