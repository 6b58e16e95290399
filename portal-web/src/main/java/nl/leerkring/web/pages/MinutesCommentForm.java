package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import nl.leerkring.portal.meetings.Minutes;
import nl.leerkring.web.security.CurrentViewer;

/** An attendee's comment on the open minutes, on the meeting page. */
@Named
@RequestScoped
public class MinutesCommentForm {

  @Inject CurrentViewer current;

  @Inject Minutes minutes;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  private String text;

  public String comment() {
    if (errors.run(
        FieldErrors.fields("text", "mc-text"),
        () -> minutes.comment(current.signedIn(), page.getId(), text))) {
      Messages.info(faces, "meeting.minutes.commented");
      text = null;
      page.reload();
    }
    return null;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
