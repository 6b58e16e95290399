package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import nl.leerkring.portal.signals.Activity;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's activity page (F8): what changed since one's last visit (the first page without a date
 * records this visit), filtered by kind, 20 a page.
 */
@Named("activityPage")
@RequestScoped
public class ActivityPage {

  @Inject CurrentViewer current;

  @Inject Activity activity;

  @Inject Language language;

  @Inject FacesContext faces;

  @Inject Gone gone;

  private Activity.ActivityPage answer;
  private boolean loaded;

  public void load() {
    getAnswer();
  }

  public Activity.ActivityPage getAnswer() {
    if (!loaded) {
      loaded = true;
      Integer page = Inputs.number(faces, "page");
      gone.load(
          "circle",
          "/app/dashboard.xhtml",
          () ->
              answer =
                  activity.ofCircle(
                      current.signedIn(),
                      getCircle(),
                      Inputs.param(faces, "since"),
                      getKind(),
                      page == null ? 1 : page));
    }
    return answer;
  }

  public String getCircle() {
    return Inputs.param(faces, "circle");
  }

  public String getKind() {
    return Inputs.param(faces, "kind");
  }

  /** Whether a later page exists. */
  public boolean isMore() {
    Activity.ActivityPage a = getAnswer();
    return a != null && a.page() * 20 < a.total();
  }

  /** The link to another page of the same list. */
  public String pageLink(int page) {
    Activity.ActivityPage a = getAnswer();
    StringBuilder link =
        new StringBuilder("/app/activity.xhtml?circle=")
            .append(getCircle())
            .append("&page=")
            .append(page);
    if (a != null) {
      link.append("&since=").append(a.since().toString());
    }
    if (getKind() != null) {
      link.append("&kind=").append(getKind());
    }
    return link.toString();
  }

  public String at(Instant at) {
    return at == null ? "" : Formats.dateTime(language.getLocale(), at);
  }
}
