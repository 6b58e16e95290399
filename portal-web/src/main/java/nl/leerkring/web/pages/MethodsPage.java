package nl.leerkring.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import nl.leerkring.portal.koffer.Methods;
import nl.leerkring.portal.koffer.Views.MethodCardView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.web.security.CurrentViewer;

/** The gemeente's own method cards, with where each was offered or published. */
@Named
@RequestScoped
public class MethodsPage {

  @Inject CurrentViewer current;

  @Inject Methods methods;

  @Inject Language language;

  @Inject FacesContext faces;

  private List<MethodCardView> cards;

  public boolean isInTenant() {
    return current.get().homeTenant().isPresent();
  }

  /** Loads the cards before rendering, so a boundary's message shows at the top. */
  public void load() {
    getCards();
  }

  public List<MethodCardView> getCards() {
    if (cards == null) {
      cards = List.of();
      if (isInTenant()) {
        Messages.attempt(faces, () -> cards = methods.list(current.signedIn()));
      }
    }
    return cards;
  }

  public String evidenceLabel(String slug) {
    return Formats.evidenceText(faces, slug);
  }

  public String circleName(String slug) {
    return Formats.circleName(current, slug);
  }

  public String when(Instant at) {
    return Formats.dateTime(language.getLocale(), at);
  }

  /** Whether some version of the card is in a koffer now, so its koffer page can be opened. */
  public boolean published(MethodCardView card) {
    return card.publications().stream().map(PublicationView::status).anyMatch("PUBLISHED"::equals);
  }
}
