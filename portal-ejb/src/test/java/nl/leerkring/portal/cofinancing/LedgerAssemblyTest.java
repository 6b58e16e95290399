package nl.leerkring.portal.cofinancing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.CommonCode;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import org.junit.jupiter.api.Test;

/**
 * The JSON shape of a ledger read into the ledger core: Duiven's figures as strings give the same
 * checks as {@link DuivenExample}, and every bad field is named in the message.
 */
class LedgerAssemblyTest {

  static final LocalDate START = DuivenExample.PERIOD.start();
  static final LocalDate END = DuivenExample.PERIOD.end();

  static LedgerData duiven() {
    return new LedgerData(
        "p",
        "Blijfwijk",
        START,
        END,
        "50",
        "163772.00",
        "raadsvoorstel",
        null,
        null,
        List.of(
            new LedgerData.Source(
                "regiodeal",
                null,
                "Regiodeal",
                "GMR",
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
                "raadsvoorstel",
                List.of(
                    new LedgerData.YearAmount(2024, "27000.00"),
                    new LedgerData.YearAmount(2025, "27000.00"),
                    new LedgerData.YearAmount(2026, "27000.00")),
                List.of(
                    new LedgerData.Allocation("bijdrage-han", "15000.00"),
                    new LedgerData.Allocation("materiaalkosten", "38000.00")))),
        List.of(
            inKind("eigen-uren", "2256", "45.00", START),
            inKind("opbouwwerker", "613", "40.00", START),
            new LedgerData.Contribution(
                "materialen",
                null,
                "Duiven",
                "cash",
                "38000.00",
                null,
                null,
                null,
                false,
                "materiaalkosten",
                null)),
        List.of(
            new LedgerData.Version(
                "v1",
                null,
                1,
                "original",
                START,
                null,
                null,
                null,
                List.of(
                    line("eigen-uren", "own_staff", "101520.00"),
                    line("opbouwwerker", "partner_staff", "24520.00"),
                    line("materiaalkosten", "materials", "38000.00"),
                    line("bijdrage-han", "external_services", "45000.00")))));
  }

  static LedgerData.Contribution inKind(String line, String hours, String rate, LocalDate from) {
    return new LedgerData.Contribution(
        line, null, "Duiven", "in_kind", null, hours, rate, from, true, line, null);
  }

  static LedgerData.Line line(String code, String category, String planned) {
    return new LedgerData.Line(
        code,
        null,
        code,
        category,
        code,
        null,
        null,
        List.of(new LedgerData.Amount(null, START, END, planned, null, null)),
        null,
        null,
        null);
  }

  @Test
  void duivenAsJsonGivesTheSameChecksAsTheExample() {
    ProgrammeLedger fromJson = LedgerAssembly.ledger(duiven());
    List<CheckCode> expected =
        LedgerChecks.run(DuivenExample.ledger()).stream().map(c -> c.code()).sorted().toList();
    List<CheckCode> actual =
        LedgerChecks.run(fromJson).stream().map(c -> c.code()).sorted().toList();
    assertEquals(expected, actual);
    LedgerView view = LedgerView.of(duiven());
    assertEquals("209040.00", view.totals().planned());
    assertEquals("164040.00", view.totals().contributions());
    assertEquals("127154.00", view.totals().ownShare());
    assertTrue(
        view.checks().stream()
            .anyMatch(
                c ->
                    c.code().equals("STATED_TOTAL_MISMATCH")
                        && "164040.00".equals(c.expected())
                        && "163772.00".equals(c.actual())
                        && "268.00".equals(c.difference())),
        view.checks().toString());
  }

  @Test
  void aBadFieldIsNamedInTheMessage() {
    LedgerData.Source source = duiven().sources().get(0);
    PortalException e =
        assertThrows(
            PortalException.class,
            () ->
                LedgerAssembly.source(
                    new LedgerData.Source(
                        source.id(),
                        null,
                        source.name(),
                        null,
                        "regiodeal",
                        null,
                        null,
                        "81886.001",
                        START,
                        END,
                        null,
                        "50",
                        true,
                        null,
                        null,
                        null,
                        null,
                        null)));
    assertEquals(
        List.of(Refusal.onField("awarded", LedgerCode.TOO_MANY_DECIMALS, "81886.001", 2)),
        e.refusals());

    e =
        assertThrows(
            PortalException.class,
            () ->
                LedgerAssembly.contribution(
                    new LedgerData.Contribution(
                        null, null, "HAN", "in_kind", "10.00", "3", "40.00", START, false, null,
                        null)));
    assertEquals(
        List.of(Refusal.onField("cash", CofinancingCode.IN_KIND_HAS_NO_CASH)), e.refusals());

    e =
        assertThrows(
            PortalException.class, () -> LedgerAssembly.line(line("x", "furniture", "1.00")));
    Refusal category = e.refusals().get(0);
    assertEquals("category", category.field());
    assertEquals(CommonCode.NOT_ONE_OF, category.code());
    assertEquals("furniture", category.args().get(0));
  }

  @Test
  void aRateWithoutValidFromIsAnErrorCheckNotAnException() {
    LedgerData d = duiven();
    LedgerData noDate =
        new LedgerData(
            d.programme(),
            d.name(),
            d.periodStart(),
            d.periodEnd(),
            d.statedOwnShare(),
            d.statedContributions(),
            d.statedContributionsWhere(),
            null,
            null,
            d.sources(),
            List.of(inKind("eigen-uren", "2256", "45.00", null)),
            d.versions());
    PortalException e = assertThrows(PortalException.class, () -> Ledgers.validate(noDate));
    assertEquals(CheckCode.HOURLY_RATE_WITHOUT_VALID_FROM, e.refusals().get(0).code());
  }

  @Test
  void lineCodesAreReadableSlugs() {
    assertEquals("inzet-eigen-uren", Ledgers.codeOf("Inzet eigen uren"));
    assertEquals("financiele-paragraaf", Ledgers.codeOf("  Financiële paragraaf! "));
    assertEquals("regel", Ledgers.codeOf("€€€"));
    assertThrows(PortalException.class, () -> Ledgers.codeOf(" "));
  }
}
