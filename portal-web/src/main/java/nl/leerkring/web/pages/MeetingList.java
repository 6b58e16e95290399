package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.MeetingSummary;
import nl.leerkring.web.security.CurrentViewer;

/** The meetings of the circle named by the {@code circle} parameter, on the circle's page (F7). */
@Named
@RequestScoped
public class MeetingList {

  @Inject CurrentViewer current;

  @Inject Meetings meetings;

  @Inject Language language;

  @Inject FacesContext faces;

  private List<MeetingSummary> list;

  public List<MeetingSummary> getMeetings() {
    if (list == null) {
      list = List.of();
      String circle = Inputs.param(faces, "circle");
      if (circle != null) {
        // The catalog above already says when the circle is not the viewer's: no second message.
        try {
          list = meetings.ofCircle(current.signedIn(), circle);
        } catch (RuntimeException refused) {
          list = List.of();
        }
      }
    }
    return list;
  }

  public String when(MeetingSummary m) {
    return m.start()
        .format(
            DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()));
  }
}
