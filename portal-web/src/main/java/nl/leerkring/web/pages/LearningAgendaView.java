package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningViews.Agenda;
import nl.leerkring.portal.learning.Syntheses;
import nl.leerkring.web.security.CurrentViewer;

/**
 * A circle's leeragenda for the include {@code circle-learning.xhtml}: its questions by phase,
 * recent harvest and phase syntheses. Nothing (and no second message) when the viewer does not read
 * the circle: the page around it says so.
 */
@Named
@RequestScoped
public class LearningAgendaView {

  @Inject CurrentViewer current;

  @Inject Learning learning;

  @Inject Syntheses syntheses;

  @Inject Language language;

  private Agenda agenda;
  private String loadedFor;

  public Agenda agenda(String circle) {
    if (circle == null || circle.isBlank()) {
      return null;
    }
    if (!circle.equals(loadedFor)) {
      loadedFor = circle;
      try {
        agenda = learning.agenda(current.signedIn(), circle, syntheses);
      } catch (RuntimeException refused) {
        agenda = null;
      }
    }
    return agenda;
  }

  public String at(Instant at) {
    return at == null
        ? ""
        : Formats.date(language.getLocale(), at.atZone(Learning.AMSTERDAM).toLocalDate());
  }
}
