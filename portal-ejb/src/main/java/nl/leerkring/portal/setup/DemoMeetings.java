package nl.leerkring.portal.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import nl.leerkring.portal.meetings.Forms.ActionDraft;
import nl.leerkring.portal.meetings.Forms.ActionOwner;
import nl.leerkring.portal.meetings.Forms.ActionUpdate;
import nl.leerkring.portal.meetings.Forms.AgendaDraft;
import nl.leerkring.portal.meetings.Forms.MinutesDraft;
import nl.leerkring.portal.meetings.Forms.StatusChange;
import nl.leerkring.portal.meetings.MeetingDraft;
import nl.leerkring.portal.meetings.Meetings;
import nl.leerkring.portal.meetings.Views.ActionView;
import nl.leerkring.portal.meetings.Views.MeetingView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The demo leerkring's meetings of 2024–2026 (F7), hosted in turn by its five gemeenten and run as
 * people run them, through the meetings boundary: planned by the coordinator with an agenda that
 * uses the demo koffer and documents, answered by the members, held, attended, minuted (final,
 * closed) and followed by actions that the next host takes up; the last meeting's actions are still
 * open, and one meeting is still to come. Skipped when the circle has meetings already.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoMeetings {

  /** Hosts in turn, with where they receive the circle. */
  private static final String[][] HOSTS = {
    {"wijchen", "Wijchen", "Kasteel Wijchen, Kasteellaan 9"},
    {"berg-en-dal", "Berg en Dal", "Gemeentehuis Groesbeek"},
    {"doesburg", "Doesburg", "Stadhuis Doesburg, Koepoortstraat"},
    {"beuningen", "Beuningen", "Dorpshuis Ewijk"},
    {"duiven", "Duiven", "Wijkcentrum Duiven-Zuid"},
  };

  /** The held meetings: date, theme, intervisie case, advice (the action agreed). */
  private static final String[][] HELD = {
    {
      "2024-06-13",
      "Aftrap: ambities per wijk en dorp",
      "Wie doet mee in de wijkaanpak?",
      "Per gemeente drie ambities voor de wijk of het dorp opschrijven"
    },
    {
      "2024-10-10",
      "Ambities scherpstellen met bewoners",
      "Een bewonersavond die stilviel",
      "Een bewonersgesprek voeren over de ambities"
    },
    {
      "2025-02-13",
      "Waarde zichtbaar maken",
      "Resultaten tellen of vertellen?",
      "Eén waardecreatieverhaal per gemeente opschrijven"
    },
    {
      "2025-06-12",
      "Het denkkader in de maak",
      "Een wijkteam zonder mandaat",
      "De eerste versie van het denkkader bespreken met het eigen wijkteam"
    },
    {
      "2025-10-09",
      "Instrumenten en leermodules",
      "De wijkscan in een dorp",
      "Een instrument uit de koffer uitproberen en het gebruik vastleggen"
    },
    {
      "2026-02-12",
      "Reflectie: wat werkt waar?",
      "Een project dat stopte",
      "Leerpunten van het eigen programma aanleveren voor de reflectie"
    },
    {
      "2026-06-11",
      "Borging in beleid en begroting",
      "De wethouder wil resultaten zien",
      "Een borgingsparagraaf schrijven voor de eigen begroting"
    },
    {
      "2026-10-08",
      "Het borgingsplan",
      "Na de regiodeal: wie trekt?",
      "Het borgingsplan voorleggen aan het eigen college"
    },
  };

  @Inject Meetings meetings;

  @Inject Publications publications;

  @Inject Accounts accounts;

  /** Plans, holds and follows up what is missing; returns how many meetings were made. */
  public int seed() {
    Viewer coordinator = accounts.viewerOf(DemoDocuments.COORDINATOR);
    if (!meetings.ofCircle(coordinator, DemoData.CIRCLE).isEmpty()) {
      return 0; // the circle keeps its own meetings: not ours to touch
    }
    List<PublicationView> catalog = publications.catalog(coordinator, DemoData.CIRCLE);
    List<ActionView> previous = List.of();
    int made = 0;
    for (int i = 0; i < HELD.length; i++) {
      String[] host = HOSTS[i % HOSTS.length];
      String[] next = HOSTS[(i + 1) % HOSTS.length];
      String[] h = HELD[i];
      MeetingView m = plan(coordinator, h[0], h[1], host);
      agenda(coordinator, m.id(), h[2], host, catalog, i);
      List<String> present = new ArrayList<>();
      for (String[] g : HOSTS) {
        Viewer member = accounts.viewerOf(DemoDocument.memberOf(g[0]));
        boolean comes = !g[0].equals(HOSTS[(i + 3) % HOSTS.length][0]); // one sends regrets
        meetings.register(member, m.id(), comes ? "YES" : "NO");
        if (comes) {
          present.add(member.accountId());
        }
      }
      meetings.changeStatus(coordinator, m.id(), new StatusChange("HELD", null));
      meetings.recordAttendance(coordinator, m.id(), present);
      for (ActionView a : previous) {
        Viewer owner = accounts.viewerOf(DemoDocument.memberOf(a.gemeente().slug()));
        meetings.updateAction(
            owner,
            a.id(),
            new ActionUpdate("DONE", "Besproken op de bijeenkomst van " + h[0] + ".", a.version()));
      }
      meetings.writeMinutes(
          coordinator,
          m.id(),
          new MinutesDraft(
              "Verslag van de bijeenkomst in "
                  + host[1]
                  + " over "
                  + h[1].toLowerCase(java.util.Locale.ROOT)
                  + ".\n\nIntervisie: "
                  + h[2]
                  + " De casusinbrenger kreeg vragen volgens de incidentmethode en koos zelf"
                  + " welk advies zij meeneemt.\n\nAfgesproken: "
                  + h[3].toLowerCase(java.util.Locale.ROOT)
                  + ".",
              0L));
      meetings.finaliseMinutes(coordinator, m.id());
      previous =
          List.of(
              meetings.agreeAction(
                  coordinator,
                  m.id(),
                  new ActionDraft(h[3], new ActionOwner(next[0], null), nextDay(i))));
      if (i < HELD.length - 1) {
        meetings.changeStatus(coordinator, m.id(), new StatusChange("CLOSED", null));
      }
      made++;
    }
    String[] host = HOSTS[HELD.length % HOSTS.length];
    MeetingView coming = plan(coordinator, "2027-02-11", "Oogst van drie jaar leerkring", host);
    agenda(coordinator, coming.id(), "Welke aanpak past bij welke wijk?", host, catalog, 0);
    meetings.register(accounts.viewerOf(DemoDocument.memberOf(host[0])), coming.id(), "YES");
    return made + 1;
  }

  private MeetingView plan(Viewer coordinator, String day, String theme, String[] host) {
    return meetings.plan(
        coordinator,
        DemoData.CIRCLE,
        new MeetingDraft(
            "Leerkring in " + host[1] + ": " + theme,
            day + "T13:30",
            day + "T17:00",
            host[2],
            null,
            host[0],
            30,
            "Nieuws uit de gemeenten, een intervisiecasus en het thema: " + theme + ".",
            null));
  }

  /** News, the intervisie case, the theme with materials from the catalog, and a visit. */
  private void agenda(
      Viewer coordinator,
      String id,
      String casus,
      String[] host,
      List<PublicationView> catalog,
      int turn) {
    List<String> materials = new ArrayList<>();
    for (int k = 0; k < Math.min(2, catalog.size()); k++) {
      materials.add(catalog.get((turn * 2 + k) % catalog.size()).id());
    }
    meetings.addAgendaItem(
        coordinator, id, new AgendaDraft("Nieuws uit de gemeenten", "NEWS", 20, null, List.of()));
    meetings.addAgendaItem(
        coordinator,
        id,
        new AgendaDraft("Casus: " + casus, "INTERVISIE", 60, "Gemeente " + host[1], List.of()));
    meetings.addAgendaItem(
        coordinator,
        id,
        new AgendaDraft("Thema met gast", "THEME", 60, "Begeleider HAN", materials));
    meetings.addAgendaItem(
        coordinator,
        id,
        new AgendaDraft("Wijkbezoek in " + host[1], "VISIT", 45, "Gemeente " + host[1], List.of()));
  }

  /** The due date of an action: a week before the next meeting (or the one still to come). */
  private static String nextDay(int i) {
    String next = i + 1 < HELD.length ? HELD[i + 1][0] : "2027-02-11";
    return java.time.LocalDate.parse(next).minusWeeks(1).toString();
  }
}
