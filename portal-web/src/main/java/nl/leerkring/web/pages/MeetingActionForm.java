package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import nl.leerkring.portal.meetings.Forms.ActionDraft;
import nl.leerkring.portal.meetings.Forms.ActionOwner;
import nl.leerkring.portal.meetings.Forms.ActionUpdate;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The actions of a held meeting: a planner agrees one (what, owner: a gemeente of the circle or a
 * participant, due date); its owner or a planner follows it up per row (status, note, from the
 * version shown).
 */
@Named
@RequestScoped
public class MeetingActionForm {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  private String title;
  private String owner;
  private String due;

  public String agree() {
    String t = errors.required("ac-title", title, "meeting.action.title");
    LocalDate day = errors.day("ac-due", due, "meeting.action.due");
    String o = Inputs.trimmed(owner);
    ActionOwner who =
        o == null
            ? null
            : o.startsWith("g:")
                ? new ActionOwner(o.substring(2), null)
                : new ActionOwner(null, o.substring(o.indexOf(':') + 1));
    ActionDraft draft = new ActionDraft(t, who, day == null ? null : day.toString());
    if (errors.run(
        FieldErrors.fields(
            "title", "ac-title",
            "owner", "ac-owner",
            "owner.gemeente", "ac-owner",
            "owner.account", "ac-owner",
            "due", "ac-due"),
        () -> meetings.agreeAction(current.signedIn(), page.getId(), draft))) {
      Messages.info(faces, "meeting.action.agreed");
      title = null;
      owner = null;
      due = null;
      page.reload();
    }
    return null;
  }

  /** The follow-up of the row's action: its status, note and the version shown there. */
  public String follow() {
    String version = Messages.typed(faces, "version");
    if (Messages.attempt(
        faces,
        () ->
            meetings.updateAction(
                current.signedIn(),
                Messages.row(faces),
                new ActionUpdate(
                    Messages.typed(faces, "status"),
                    Messages.typed(faces, "note"),
                    version == null || !version.matches("\\d{1,18}")
                        ? null
                        : Long.valueOf(version))))) {
      Messages.info(faces, "meeting.action.followed");
      page.reload();
    }
    return null;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getOwner() {
    return owner;
  }

  public void setOwner(String owner) {
    this.owner = owner;
  }

  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = due;
  }
}
