package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import nl.leerkring.portal.meetings.Forms.AgendaDraft;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.web.security.CurrentViewer;

/**
 * The agenda forms of the meeting page (planners): a new item with its kind, duration, presenter
 * and materials chosen from the circle's catalog; and per item, up, down and off the agenda.
 */
@Named
@RequestScoped
public class AgendaForm {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject Publications publications;

  @Inject FacesContext faces;

  @Inject FieldErrors errors;

  @Inject MeetingPage page;

  private String title;
  private String kind = "THEME";
  private String duration;
  private String presenter;
  private List<PublicationView> choices;

  public String add() {
    String t = errors.required("ag-title", title, "meeting.agenda.itemTitle");
    Integer minutes = errors.integer("ag-minutes", duration, "meeting.agenda.minutes");
    String[] picked = faces.getExternalContext().getRequestParameterValuesMap().get("materials");
    AgendaDraft draft =
        new AgendaDraft(
            t,
            kind,
            minutes,
            Inputs.trimmed(presenter),
            picked == null ? List.of() : Arrays.asList(picked));
    if (errors.run(
        FieldErrors.fields(
            "title", "ag-title",
            "kind", "ag-kind",
            "minutes", "ag-minutes",
            "presenter", "ag-presenter",
            "materials", "ag-materials"),
        () -> meetings.addAgendaItem(current.signedIn(), page.getId(), draft))) {
      Messages.info(faces, "meeting.agenda.added");
      title = null;
      duration = null;
      presenter = null;
      page.reload();
    }
    return null;
  }

  public String up() {
    return move(-1);
  }

  public String down() {
    return move(1);
  }

  private String move(int by) {
    if (Messages.attempt(
        faces,
        () -> meetings.moveAgendaItem(current.signedIn(), page.getId(), Messages.row(faces), by))) {
      page.reload();
    }
    return null;
  }

  public String remove() {
    if (Messages.attempt(
        faces,
        () -> meetings.removeAgendaItem(current.signedIn(), page.getId(), Messages.row(faces)))) {
      Messages.info(faces, "meeting.agenda.removed");
      page.reload();
    }
    return null;
  }

  /** What the circle reads and an item may use: its catalog, newest first. */
  public List<PublicationView> getChoices() {
    if (choices == null) {
      choices = List.of();
      if (page.getMeeting() != null) {
        Messages.attempt(
            faces,
            () -> choices = publications.catalog(current.signedIn(), page.getMeeting().circle()));
      }
    }
    return choices;
  }

  public List<String> getKinds() {
    return List.of("NEWS", "INTERVISIE", "THEME", "VISIT", "OTHER");
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getDuration() {
    return duration;
  }

  public void setDuration(String duration) {
    this.duration = duration;
  }

  public String getPresenter() {
    return presenter;
  }

  public void setPresenter(String presenter) {
    this.presenter = presenter;
  }
}
