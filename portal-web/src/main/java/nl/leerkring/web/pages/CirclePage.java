package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.CircleHome;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's home ({@code /app/circle.xhtml?circle=}): the next meeting with the viewer's answer,
 * the open actions, the meetings to come and those past, the learning agenda and harvest (an
 * include of the learning component) and the way to its catalog and koffer. A circle the viewer
 * does not take part in or read is "not found" ({@link Gone}).
 */
@Named
@RequestScoped
public class CirclePage {

  /** How many past meetings show before the rest fold away. */
  static final int RECENT = 6;

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private String circle;
  private CircleHome home;
  private boolean loaded;

  /** Loads the circle before rendering, so a circle that is not there answers 404. */
  public void load() {
    if (!loaded) {
      loaded = true;
      gone.load(
          "circle",
          "/app/dashboard.xhtml",
          () -> home = meetings.home(current.signedIn(), getCircle()));
    }
  }

  public CircleHome getHome() {
    load();
    return home;
  }

  /** The latest past meetings; {@link #getEarlier} holds the rest. */
  public List<MeetingSummary> getRecent() {
    List<MeetingSummary> past = getHome() == null ? List.of() : home.past();
    return past.subList(0, Math.min(RECENT, past.size()));
  }

  public List<MeetingSummary> getEarlier() {
    List<MeetingSummary> past = getHome() == null ? List.of() : home.past();
    return past.size() <= RECENT ? List.of() : past.subList(RECENT, past.size());
  }

  /** Reloads after a form on this page changed something. */
  void reload() {
    loaded = false;
    home = null;
  }

  public String getCircle() {
    if (circle == null) {
      circle = Inputs.param(faces, "circle");
    }
    return circle;
  }

  public void setCircle(String circle) {
    this.circle = Inputs.trimmed(circle);
  }
}
