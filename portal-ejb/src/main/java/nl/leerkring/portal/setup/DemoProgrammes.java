package nl.leerkring.portal.setup;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import nl.leerkring.portal.cofinancing.DuivenExample;
import nl.leerkring.portal.cofinancing.LedgerData;
import nl.leerkring.portal.cofinancing.LedgerView;
import nl.leerkring.portal.cofinancing.Ledgers;
import nl.leerkring.portal.cofinancing.StatementView;
import nl.leerkring.portal.cofinancing.Statements;
import nl.leerkring.portal.programmes.ProgrammeData;
import nl.leerkring.portal.programmes.ProgrammeData.Full;
import nl.leerkring.portal.programmes.ProgrammeId;
import nl.leerkring.portal.programmes.Programmes;
import nl.leerkring.tenants.accounts.Accounts;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The demo's programmes and cofinancing, entered through the same services people use: Duiven's
 * Blijfwijk with the figures of its council proposal exactly as stated (so its ledger shows
 * DOMAIN.md's discrepancies at once), the leerkring cofinancing of the other members, statements
 * the coordinator accepted (one still waits), and Deventer's Toekomstbestendige wijken outside the
 * circle with its SPUK grant. Skipped for a gemeente that already has the programme.
 */
@Stateless
public class DemoProgrammes {

  private static final Logger LOG = Logger.getLogger(DemoProgrammes.class.getName());

  private static final LocalDate START = DuivenExample.PERIOD.start();
  private static final LocalDate END = DuivenExample.PERIOD.end();

  @Inject Accounts accounts;

  @Inject Programmes programmes;

  @Inject Ledgers ledgers;

  @Inject Statements statements;

  /**
   * Enters what is missing; returns how many programmes it started. Each service call is its own
   * transaction, because a transaction is bound to one tenant and the demo writes as several.
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public int seed() {
    Viewer coordinator = accounts.viewerOf(DemoDocuments.COORDINATOR);
    int started = 0;
    if (blijfwijk(member("duiven"), coordinator)) {
      started++;
    }
    // The other members' leerkring cofinancing: €27,000 a year for three years plus HAN's €15,000 a
    // year (DOMAIN.md). Beuningen's statement still waits for the coordinator.
    String[][] members = {
      {"wijchen", "accept"},
      {"berg-en-dal", "accept"},
      {"doesburg", "accept"},
      {"beuningen", "wait"}
    };
    for (String[] m : members) {
      if (leerkring(member(m[0]), coordinator, m[1].equals("accept"))) {
        started++;
      }
    }
    if (toekomstbestendig(member("deventer"))) {
      started++;
    }
    if (started > 0) {
      LOG.info("Demo programmes entered: " + started);
    }
    return started;
  }

  private Viewer member(String slug) {
    return accounts.viewerOf(DemoDocument.memberOf(slug));
  }

  private boolean exists(Viewer member, String name) {
    return programmes.list(member).stream().anyMatch(p -> p.name().equals(name));
  }

  private boolean blijfwijk(Viewer duiven, Viewer coordinator) {
    String name = "Blijfwijk Duiven-Zuid";
    if (exists(duiven, name)) {
      return false;
    }
    Full p =
        programmes.create(
            duiven,
            new ProgrammeData.Head(
                null,
                null,
                name,
                "Een beweging in Duiven-Zuid voor een wijk waar inwoners van elke leeftijd kunnen"
                    + " blijven wonen, wat hun zorgvraag ook is. Een alliantie van gemeente,"
                    + " maatschappelijke partners en inwoners, gestuurd door een kerngroep.",
                START,
                END,
                "uitvoering",
                List.of("Duiven-Zuid"),
                "50",
                "163772",
                "Raadsvoorstel, financiële paragraaf: 'Totale kosten'",
                null,
                null,
                null,
                null));
    ProgrammeId id = ProgrammeId.of(p.programme().id());
    partner(duiven, id, "Woningcorporatie Liemerije", "kerngroep", true, "joined");
    partner(duiven, id, "Woningcorporatie Vivare", "kerngroep", true, "joined");
    partner(duiven, id, "Gemeente Duiven", "kerngroep, trekker", true, "joined");
    partner(duiven, id, "Proscoop (namens Menzis)", "kerngroep", true, "joined");
    partner(duiven, id, "Wijkern", "uitvoering welzijn", false, "joined");
    partner(duiven, id, "Santé Partners", "zorgpartner", false, "in_talks");
    partner(duiven, id, "STMG", "zorgpartner", false, "in_talks");
    partner(duiven, id, "Woonzorg Nederland", "verhuurder", false, "in_talks");

    String gezondheid = theme(duiven, id, "Gezondheid");
    String wonen = theme(duiven, id, "Wonen");
    String ruimte = theme(duiven, id, "Fysieke ruimte");
    String betaalbaar =
        goal(duiven, id, gezondheid, "Financiële gevolgen van langer thuis wonen zijn betaalbaar");
    String eenLoket =
        goal(duiven, id, gezondheid, "Eén toegang tot informatie over zorg en ondersteuning");
    String woningen =
        goal(duiven, id, wonen, "Levensloopbestendige woningen, nieuwe woonvormen, VPT-plekken");
    String plein =
        goal(
            duiven, id, ruimte, "Inwoners waren het vertrekpunt voor de herinrichting Eilandplein");
    String werkgroep =
        action(
            duiven,
            id,
            betaalbaar,
            "Start gemeentelijke werkgroep langer thuis wonen en Wmo-gevolgen",
            "Gemeente Duiven",
            "done",
            "2024-Q3");
    action(
        duiven,
        id,
        eenLoket,
        "Start Design Thinking-traject 'één toegang'",
        "Proscoop",
        "started",
        "2025-Q1");
    action(
        duiven,
        id,
        woningen,
        "Verken nieuwbouwkans Eilandplan",
        "Woningcorporatie Vivare",
        "planned",
        "2025-Q2");
    action(
        duiven,
        id,
        woningen,
        "Maak afspraken over Wmo-inzet (Vivare en gemeente)",
        "Gemeente Duiven",
        "planned",
        "2026-Q4");
    action(
        duiven,
        id,
        plein,
        "Ontwerpsessies met bewoners over het Eilandplein",
        "Gemeente Duiven",
        "planned",
        "2026-Q2");
    programmes.saveMilestone(
        duiven,
        id,
        null,
        new ProgrammeData.Milestone(
            null,
            werkgroep,
            "Werkgroep heeft Wmo-gevolgen in beeld",
            LocalDate.of(2024, 12, 31),
            "Notitie met de Wmo-gevolgen per scenario",
            "1 notitie",
            "1 notitie",
            LocalDate.of(2024, 12, 12),
            null));
    programmes.saveMilestone(
        duiven,
        id,
        null,
        new ProgrammeData.Milestone(
            null,
            null,
            "Voortgangsrapportage aan de leerkring",
            LocalDate.of(2025, 6, 30),
            "Rapportage besproken in de leerkring",
            "1 rapportage",
            null,
            null,
            null));
    programmes.addNote(
        duiven,
        id,
        new ProgrammeData.Note(
            null,
            "Kerngroep gestart met vier partners; Santé Partners, STMG en Woonzorg Nederland zijn"
                + " nog in gesprek.",
            null,
            null));

    duivenLedger(duiven, id);
    StatementView statement = statements.submit(duiven, id, DemoData.CIRCLE);
    statements.accept(coordinator, statement.id());
    return true;
  }

  /** DuivenExample's figures entered field by field, as a person would from the proposal. */
  private void duivenLedger(Viewer duiven, ProgrammeId id) {
    version(duiven, id);
    line(duiven, id, DuivenExample.OWN_HOURS, "own_staff", "Inzet eigen uren", "101520.00");
    line(
        duiven,
        id,
        DuivenExample.COMMUNITY_WORKER,
        "partner_staff",
        "Inzet opbouwwerker",
        "24520.00");
    line(duiven, id, DuivenExample.MATERIALS, "materials", "Materiaalkosten", "38000.00");
    line(
        duiven,
        id,
        DuivenExample.HAN,
        "external_services",
        "Jaarlijkse bijdrage HAN (3 × € 15.000)",
        "45000.00");
    ledgers.saveSource(
        duiven,
        id,
        null,
        new LedgerData.Source(
            null,
            null,
            "Regiodeal Groene Metropoolregio",
            "Provincie Gelderland (penvoerder), Groene Metropoolregio",
            "regiodeal",
            null,
            null,
            "81886.00",
            START,
            END,
            "applied",
            "50",
            true,
            "50",
            "81868.00",
            "Raadsvoorstel, 'De Blijfwijk': '€81.868,-- voor 3 jaar'",
            List.of(
                new LedgerData.YearAmount(2024, "27000.00"),
                new LedgerData.YearAmount(2025, "27000.00"),
                new LedgerData.YearAmount(2026, "27000.00")),
            List.of(
                new LedgerData.Allocation(DuivenExample.HAN, "15000.00"),
                new LedgerData.Allocation(DuivenExample.MATERIALS, "38000.00"))));
    contribution(
        duiven, id, "Gemeente Duiven", "2256", "45.00", true, DuivenExample.OWN_HOURS, null);
    contribution(
        duiven,
        id,
        "Gemeente Duiven (opbouwwerk)",
        "613",
        "40.00",
        true,
        DuivenExample.COMMUNITY_WORKER,
        null);
    contribution(
        duiven, id, "Gemeente Duiven", null, null, false, DuivenExample.MATERIALS, "38000.00");
  }

  private boolean leerkring(Viewer member, Viewer coordinator, boolean accept) {
    String name = "Leerkring Wijk- en Dorpgericht Werken";
    if (exists(member, name)) {
      return false;
    }
    Full p =
        programmes.create(
            member,
            new ProgrammeData.Head(
                null,
                null,
                name,
                "Deelname aan de leerkring van de Regiodeal Groene Metropoolregio: twee"
                    + " ambtenaren acht uur per week, cofinanciering van de helft.",
                START,
                END,
                "uitvoering",
                List.of(),
                "50",
                null,
                null,
                null,
                null,
                null,
                null));
    ProgrammeId id = ProgrammeId.of(p.programme().id());
    theme(member, id, "Leren in de leerkring");
    version(member, id);
    // Two civil servants × 8 h/week × 47 weeks × 3 years at €36.00 = €81,216; HAN €15,000 a year.
    line(member, id, "eigen-uren", "own_staff", "Inzet eigen uren leerkring", "81216.00");
    line(member, id, "bijdrage-han", "external_services", "Bijdrage HAN", "45000.00");
    ledgers.saveSource(
        member,
        id,
        null,
        new LedgerData.Source(
            null,
            null,
            "Regiodeal Groene Metropoolregio",
            "Provincie Gelderland (penvoerder)",
            "regiodeal",
            "GMR-2024-017",
            LocalDate.of(2024, 3, 12),
            "63108.00",
            START,
            END,
            "awarded",
            "50",
            true,
            "50",
            null,
            null,
            List.of(),
            List.of(new LedgerData.Allocation("bijdrage-han", "45000.00"))));
    contribution(member, id, "Eigen organisatie", "2256", "36.00", true, "eigen-uren", null);
    StatementView statement = statements.submit(member, id, DemoData.CIRCLE);
    if (accept) {
      statements.accept(coordinator, statement.id());
    }
    return true;
  }

  /** Deventer's programme, private to Deventer and outside the circle. */
  private boolean toekomstbestendig(Viewer deventer) {
    String name = "Toekomstbestendige wijken";
    if (exists(deventer, name)) {
      return false;
    }
    LocalDate start = LocalDate.of(2024, 1, 1);
    LocalDate end = LocalDate.of(2024, 12, 31);
    Full p =
        programmes.create(
            deventer,
            new ProgrammeData.Head(
                null,
                null,
                name,
                "Drie actielijnen per wijk: zorg- en welzijnsnetwerken versterken, passende"
                    + " voorzieningen in de buurt, activiteiten die bij bewoners passen.",
                start,
                end,
                "uitvoering",
                List.of("Rivierenwijk", "Keizerslanden"),
                null,
                null,
                null,
                null,
                null,
                null,
                null));
    ProgrammeId id = ProgrammeId.of(p.programme().id());
    for (String actielijn :
        List.of(
            "A. Zorg- en welzijnsnetwerken in de wijk versterken",
            "B. Passende voorzieningen in de buurt",
            "C. Activiteiten die aansluiten bij behoeften")) {
      theme(deventer, id, actielijn);
    }
    ledgers.addVersion(
        deventer,
        id,
        new LedgerData.Version(null, null, null, "original", start, null, null, null, null));
    String[][] lines = {
      {
        "netwerken",
        "partner_staff",
        "Wijknetwerken (actielijn A)",
        "160000.00",
        "151250.00",
        "158000.00"
      },
      {
        "voorzieningen",
        "other",
        "Buurtvoorzieningen (actielijn B)",
        "150000.00",
        "98400.00",
        "162500.00"
      },
      {
        "activiteiten",
        "materials",
        "Activiteiten (actielijn C)",
        "76000.00",
        "70100.00",
        "74000.00"
      }
    };
    for (String[] l : lines) {
      ledgers.saveLine(
          deventer,
          id,
          null,
          new LedgerData.Line(
              null,
              null,
              l[0],
              l[1],
              l[2],
              null,
              null,
              List.of(new LedgerData.Amount("2024", start, end, l[3], l[4], l[5])),
              null,
              null,
              null));
    }
    List<LedgerData.Allocation> allocations = new ArrayList<>();
    allocations.add(new LedgerData.Allocation("netwerken", "128000.00"));
    allocations.add(new LedgerData.Allocation("voorzieningen", "120000.00"));
    allocations.add(new LedgerData.Allocation("activiteiten", "60800.00"));
    ledgers.saveSource(
        deventer,
        id,
        null,
        new LedgerData.Source(
            null,
            null,
            "SPUK Doorbraakmethode Ontwikkeling Sociaal domein (DOS)",
            "Ministerie van VWS",
            "spuk",
            null,
            null,
            "308800.00",
            start,
            end,
            "awarded",
            "80",
            false,
            "20",
            null,
            null,
            List.of(),
            allocations));
    ledgers.saveContribution(
        deventer,
        id,
        null,
        new LedgerData.Contribution(
            null,
            null,
            "Gemeente Deventer",
            "cash",
            "77200.00",
            null,
            null,
            null,
            true,
            null,
            null));
    return true;
  }

  private void partner(
      Viewer v, ProgrammeId id, String organisation, String role, boolean core, String status) {
    programmes.savePartner(
        v, id, null, new ProgrammeData.Partner(null, organisation, role, core, null, status));
  }

  private String theme(Viewer v, ProgrammeId id, String name) {
    return programmes
        .saveTheme(v, id, null, new ProgrammeData.Theme(null, name, null, null))
        .themes()
        .stream()
        .filter(t -> t.name().equals(name))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String goal(Viewer v, ProgrammeId id, String theme, String title) {
    return programmes
        .saveGoal(v, id, null, new ProgrammeData.Goal(null, theme, title, null, null))
        .themes()
        .stream()
        .flatMap(t -> t.goals().stream())
        .filter(g -> g.title().equals(title))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private String action(
      Viewer v,
      ProgrammeId id,
      String goal,
      String title,
      String owner,
      String status,
      String quarter) {
    return programmes
        .saveAction(
            v,
            id,
            null,
            new ProgrammeData.Action(
                null, goal, title, owner, List.of(), status, null, quarter, null, null, null))
        .themes()
        .stream()
        .flatMap(t -> t.goals().stream())
        .flatMap(g -> g.actions().stream())
        .filter(a -> a.title().equals(title))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private void version(Viewer v, ProgrammeId id) {
    ledgers.addVersion(
        v, id, new LedgerData.Version(null, null, null, "original", START, null, null, null, null));
  }

  private LedgerView line(
      Viewer v, ProgrammeId id, String code, String category, String description, String planned) {
    return ledgers.saveLine(
        v,
        id,
        null,
        new LedgerData.Line(
            null,
            null,
            code,
            category,
            description,
            null,
            null,
            List.of(
                new LedgerData.Amount(
                    DuivenExample.PERIOD.label(), START, END, planned, null, null)),
            null,
            null,
            null));
  }

  private void contribution(
      Viewer v,
      ProgrammeId id,
      String partner,
      String hours,
      String rate,
      boolean budgeted,
      String line,
      String cash) {
    boolean inKind = cash == null;
    ledgers.saveContribution(
        v,
        id,
        null,
        new LedgerData.Contribution(
            null,
            null,
            partner,
            inKind ? "in_kind" : "cash",
            cash,
            hours,
            rate,
            inKind ? START : null,
            budgeted,
            line,
            null));
  }
}
