package nl.leerkring.portal.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.leerkring.portal.learning.Learning;
import nl.leerkring.portal.learning.LearningForms.HarvestDraft;
import nl.leerkring.portal.learning.LearningForms.QuestionDraft;
import nl.leerkring.portal.learning.LearningForms.StatusUpdate;
import nl.leerkring.portal.learning.LearningForms.SynthesisDraft;
import nl.leerkring.portal.learning.LearningViews.QuestionView;
import nl.leerkring.portal.learning.Syntheses;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The demo's leeragenda: learning questions of each phase (specify 2024, realise 2025, reflect
 * 2026), harvest by members of the gemeenten citing the demo koffer and documents, conclusions on
 * the questions of 2024, and a draft of the denkkader. Through the real boundaries, as the
 * coordinator and the members would do it; seeded once, when the circle has no questions yet.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoLearning {

  private static final Logger LOG = Logger.getLogger(DemoLearning.class.getName());

  @Inject Accounts accounts;

  @Inject Learning learning;

  @Inject Syntheses syntheses;

  @Inject Publications publications;

  /** A demo question, its harvest ({@code gemeente}, kind, text, cited card names) and outcome. */
  record DemoQuestion(
      String phase, String owner, String text, List<DemoHarvest> harvest, String answer) {}

  record DemoHarvest(
      String gemeente, String kind, String text, List<String> cards, int documents) {}

  static final List<DemoQuestion> QUESTIONS =
      List.of(
          new DemoQuestion(
              "SPECIFY",
              "duiven",
              "Welke ambities hebben de vijf gemeenten met wijk- en dorpsgericht werken?",
              List.of(
                  new DemoHarvest(
                      "duiven",
                      "INSIGHT",
                      "Alle vijf willen dat inwoners langer en prettig in hun eigen wijk of kern"
                          + " blijven wonen; de weg erheen verschilt per gemeente.",
                      List.of(),
                      1),
                  new DemoHarvest(
                      "doesburg",
                      "QUOTE",
                      "\"In een kleine kern ken je elkaar, maar dat is nog geen netwerk.\"",
                      List.of(),
                      0)),
              "De ambities zijn vastgelegd: langer thuis in een vitale wijk of kern, met bewoners"
                  + " als mede-eigenaar."),
          new DemoQuestion(
              "SPECIFY",
              "wijchen",
              "Wat verstaan we onder een vitale wijk of een vitaal dorp?",
              List.of(
                  new DemoHarvest(
                      "wijchen",
                      "INSIGHT",
                      "Een wijkscan met wijkprofessionals laat zien dat vitaliteit meer is dan"
                          + " voorzieningen: het gaat om wie elkaar kent en helpt.",
                      List.of("Wijkscan met wijkprofessionals"),
                      0)),
              "Vitaal is een wijk waar bewoners elkaar kennen, helpen en weten waar ze terechtkunnen."),
          new DemoQuestion(
              "REALISE",
              "duiven",
              "Welke aanpak past bij welke wijk en welk vraagstuk?",
              List.of(
                  new DemoHarvest(
                      "duiven",
                      "STORY",
                      "In Duiven-Zuid brachten de voorzorgcirkels buren samen die elkaar eerst niet"
                          + " kenden; twee bewoners kregen zo hulp zonder indicatie.",
                      List.of("Voorzorgcirkels"),
                      1),
                  new DemoHarvest(
                      "berg-en-dal",
                      "INSIGHT",
                      "In de dorpskernen werkt een vast inloopspreekuur beter dan een campagne:"
                          + " mensen komen als ze iemand kennen.",
                      List.of("Inloopspreekuur in de kern", "Sociale kaart per wijk"),
                      0)),
              null),
          new DemoQuestion(
              "REALISE",
              "wijchen",
              "Hoe bereiken we bewoners die niet vanzelf meedoen?",
              List.of(
                  new DemoHarvest(
                      "wijchen",
                      "INSIGHT",
                      "Er-op-af werkt alleen met een vast gezicht in de wijk; buurtconciërges zijn"
                          + " dat gezicht.",
                      List.of("Er-op-af-plan", "Buurtconciërges"),
                      0)),
              null),
          new DemoQuestion(
              "REFLECT",
              "beuningen",
              "Wat moet er geborgd zijn als de leerkring in 2027 stopt?",
              List.of(),
              null),
          new DemoQuestion(
              "REFLECT",
              "doesburg",
              "Welke werkwijzen nemen de gemeenten op in hun eigen beleid?",
              List.of(),
              null));

  /** Seeds the leeragenda once; a circle that has questions is left alone. */
  public void seed() {
    Viewer coordinator = accounts.viewerOf("coordinator");
    if (!learning.ofCircle(coordinator, DemoData.CIRCLE).isEmpty()) {
      return;
    }
    List<PublicationView> cards = publications.published(coordinator, "method", DemoData.CIRCLE);
    List<PublicationView> documents =
        publications.published(coordinator, "document", DemoData.CIRCLE);
    List<String> cited = new ArrayList<>();
    for (DemoQuestion d : QUESTIONS) {
      QuestionView q =
          learning.raise(
              coordinator, DemoData.CIRCLE, new QuestionDraft(d.text(), d.phase(), d.owner()));
      for (DemoHarvest h : d.harvest()) {
        List<String> sources = new ArrayList<>();
        cards.stream()
            .filter(c -> h.cards().contains(c.title()))
            .forEach(c -> sources.add(c.subjectId()));
        documents.stream().limit(h.documents()).forEach(p -> sources.add(p.id()));
        Viewer member = accounts.viewerOf(h.gemeente().replace("-", "") + ".lid");
        String id =
            learning
                .harvest(member, q.id(), new HarvestDraft(h.kind(), h.text(), null, sources))
                .id();
        if (!"REFLECT".equals(d.phase())) {
          cited.add(id);
        }
      }
      if (d.answer() != null) {
        long version = learning.question(coordinator, q.id()).version();
        learning.changeStatus(
            coordinator, q.id(), new StatusUpdate("ANSWERED", d.answer(), version));
      }
    }
    syntheses.write(
        coordinator,
        DemoData.CIRCLE,
        new SynthesisDraft(
            "REALISE",
            "Denkkader wijk- en dorpsgericht werken (concept)",
            "Wat past waar? Een eerste opzet van het denkkader.\n\n"
                + "1. Begin bij wie elkaar al kent: voorzorgcirkels en een vast spreekuur in de kern"
                + " werken waar het netwerk dun is.\n"
                + "2. Wie niet vanzelf meedoet, bereik je met een vast gezicht in de wijk.\n"
                + "3. Een wijkscan met de professionals in de wijk is het startpunt van elke"
                + " aanpak.",
            cited,
            null));
    LOG.info("Demo leeragenda created: " + QUESTIONS.size() + " questions and a denkkader draft.");
  }
}
