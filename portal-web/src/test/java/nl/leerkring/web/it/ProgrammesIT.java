package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Programmes and cofinancing over HTTP: Duiven's demo ledger shows DOMAIN.md's discrepancies; a
 * programme is built and its ledger refuses bad input without saving anything; statements go to the
 * coordinator, who alone sees the circle's roll-up and its exports.
 */
class ProgrammesIT extends DeployedPortal {

  private String duiven;
  private String wijchen;
  private String beuningen;
  private String coordinator;
  private String researcher;

  @BeforeEach
  void client() {
    duiven = token("duiven.lid");
    wijchen = token("wijchen.lid");
    beuningen = token("beuningen.lid");
    coordinator = token("coordinator");
    researcher = token("onderzoeker");
  }

  @Test
  void duivensDemoLedgerShowsEveryDiscrepancyOfItsProposal() {
    String id = programme(duiven, "Blijfwijk Duiven-Zuid");
    JsonObject programme = api.get("api/programmes/" + id, duiven).json();
    assertEquals(3, programme.getJsonArray("themes").size(), programme.toString());
    assertTrue(
        programme.getJsonArray("partners").stream()
            .map(p -> p.asJsonObject())
            .anyMatch(p -> p.getString("status").equals("in_talks") && !p.getBoolean("coreGroup")),
        "partners still in talks are kept, outside the kerngroep");
    assertFalse(programme.getJsonArray("timeline").isEmpty());

    JsonArray checks = api.get("api/programmes/" + id + "/ledger/checks", duiven).array();
    // The items add up to €164,040, the proposal states €163,772.
    JsonObject total = check(checks, "STATED_TOTAL_MISMATCH", null, "164040.00");
    assertEquals("163772.00", total.getString("actual"));
    assertEquals("268.00", total.getString("difference"));
    // Two subsidy amounts in one text: €81,886 entered, €81,868 also stated.
    JsonObject award = check(checks, "STATED_TOTAL_MISMATCH", null, "81886.00");
    assertEquals("81868.00", award.getString("actual"));
    assertEquals("18.00", award.getString("difference"));
    // 3 × €27,000 = €81,000, not €81,886.
    JsonObject yearly = check(checks, "YEARLY_AMOUNTS_NOT_AWARDED", null, null);
    assertTrue(
        List.of(yearly.getString("expected"), yearly.getString("actual")).contains("81000.00"),
        yearly.toString());
    check(checks, "GRANT_NOT_RATE_TIMES_ELIGIBLE", null, null);
    // April 2024 – April 2027 spans four calendar years.
    check(checks, "PERIOD_NOT_CALENDAR_YEAR", null, null);

    JsonObject ledger = api.get("api/programmes/" + id + "/ledger", duiven).json();
    assertEquals("209040.00", ledger.getJsonObject("totals").getString("planned"));
    assertEquals("164040.00", ledger.getJsonObject("totals").getString("contributions"));

    Api.Answer xlsx = api.get("api/programmes/" + id + "/ledger/export?format=xlsx", duiven);
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
    assertTrue(xlsx.header("Content-Disposition").startsWith("attachment"));
    Api.Answer csv = api.get("api/programmes/" + id + "/ledger/export?format=csv", duiven);
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("\uFEFFJaar;Post;Categorie;"), csv.body());
    assertTrue(csv.body().contains("2027"), "one row per line and calendar year");
    assertFalse(
        csv.body().matches("(?s).*\\d\\.\\d{3},\\d{2}.*"), "no thousands separators in CSV");
    assertTrue(csv.body().matches("(?s).*;\\d+,\\d{2}(;|\\r?\\n).*"), csv.body());
    Api.Answer points =
        api.get("api/programmes/" + id + "/ledger/export?format=csv&decimal=point", duiven);
    assertTrue(points.body().matches("(?s).*;\\d+\\.\\d{2}(;|\\r?\\n).*"), points.body());
    assertEquals(
        400,
        api.get("api/programmes/" + id + "/ledger/export?format=csv&decimal=x", duiven).status());
    assertEquals(
        400, api.get("api/programmes/" + id + "/ledger/export?format=pdf", duiven).status());

    // Nobody else reads Duiven's workspace, whatever the path.
    for (String token : List.of(wijchen, coordinator, researcher)) {
      for (String path :
          List.of("", "/ledger", "/ledger/checks", "/ledger/export?format=csv", "/statements")) {
        Api.Answer answer = api.get("api/programmes/" + id + path, token);
        assertTrue(answer.status() == 404 || answer.status() == 403, path + ": " + answer.status());
        assertFalse(answer.body().contains("Blijfwijk"), path);
      }
    }
  }

  @Test
  void aProgrammeIsBuiltAndItsLedgerRefusesBadInputWithoutSavingAnything() {
    String name = "Buurtmakerij " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        api.post(
            "api/programmes",
            wijchen,
            "{\"name\":\""
                + name
                + "\",\"periodStart\":\"2024-01-01\",\"periodEnd\":\"2026-12-31\","
                + "\"phase\":\"kwartiermaken\",\"wijken\":[\"Wijchen-Oost\"]}");
    assertEquals(201, created.status(), created.body());
    String id = created.json().getJsonObject("programme").getString("id");
    String base = "api/programmes/" + id;

    // The tree: theme → goal → action (late: planned in a quarter long past) → milestone.
    String theme =
        api.post(base + "/themes", wijchen, "{\"name\":\"Ontmoeting\"}")
            .json()
            .getJsonArray("themes")
            .getJsonObject(0)
            .getString("id");
    JsonObject withGoal =
        api.post(
                base + "/goals",
                wijchen,
                "{\"theme\":\"" + theme + "\",\"title\":\"Een plek om elkaar te treffen\"}")
            .json();
    String goal =
        withGoal
            .getJsonArray("themes")
            .getJsonObject(0)
            .getJsonArray("goals")
            .getJsonObject(0)
            .getString("id");
    Api.Answer action =
        api.post(
            base + "/actions",
            wijchen,
            "{\"goal\":\""
                + goal
                + "\",\"title\":\"Buurtkamer openen\",\"owner\":\"Gemeente\","
                + "\"status\":\"started\",\"quarter\":\"2024-Q2\"}");
    assertEquals(201, action.status(), action.body());
    assertEquals(1, action.json().getJsonArray("lateActions").size(), "started in 2024-Q2: late");
    assertEquals(
        400,
        api.post(
                base + "/actions",
                wijchen,
                "{\"goal\":\"" + goal + "\",\"title\":\"Te laat\",\"quarter\":\"2030-Q1\"}")
            .status(),
        "a quarter outside the programme");
    Api.Answer milestone =
        api.post(
            base + "/milestones",
            wijchen,
            "{\"title\":\"Buurtkamer open\",\"dueDate\":\"2024-09-30\",\"indicator\":\"bezoekers\","
                + "\"target\":\"50 per week\"}");
    assertEquals(201, milestone.status(), milestone.body());
    assertEquals(1, milestone.json().getJsonArray("lateMilestones").size());
    assertEquals(
        409,
        api.send("DELETE", base + "/themes/" + theme, wijchen).status(),
        "a theme with goals stays");
    // A partner with a yearly contribution; a bad amount changes nothing.
    assertEquals(
        201,
        api.post(
                base + "/partners",
                wijchen,
                "{\"organisation\":\"Welzijn Wijchen\",\"coreGroup\":true,"
                    + "\"yearlyContribution\":\"2500.00\"}")
            .status());
    Api.Answer badPartner =
        api.post(
            base + "/partners",
            wijchen,
            "{\"organisation\":\"Te precies\",\"yearlyContribution\":\"12.345\"}");
    assertEquals(400, badPartner.status());
    JsonObject badAmount = badPartner.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("yearlyContribution", badAmount.getString("field"), badPartner.body());
    assertEquals("LedgerCode.TOO_MANY_DECIMALS", badAmount.getString("code"));
    assertEquals("‘12.345’ heeft meer dan 2 decimalen.", badAmount.getString("message"));
    assertEquals(1, api.get(base, wijchen).json().getJsonArray("partners").size());

    // The ledger: a version, a line, a source, a contribution.
    String ledger = base + "/ledger/";
    assertEquals(
        201, api.post(ledger + "versions", wijchen, "{\"validFrom\":\"2024-01-01\"}").status());
    Api.Answer line =
        api.post(
            ledger + "lines",
            wijchen,
            "{\"description\":\"Huur buurtkamer\",\"category\":\"other\",\"amounts\":["
                + "{\"label\":\"2024\",\"start\":\"2024-01-01\",\"end\":\"2024-12-31\","
                + "\"planned\":\"12000.00\",\"actual\":\"9000.00\",\"forecast\":\"13000.00\"},"
                + "{\"label\":\"2025\",\"start\":\"2025-01-01\",\"end\":\"2025-12-31\","
                + "\"planned\":\"12000.00\"}]}");
    assertEquals(201, line.status(), line.body());
    String lineId = currentLines(line.json()).getJsonObject(0).getString("id");
    assertEquals("huur-buurtkamer", currentLines(line.json()).getJsonObject(0).getString("code"));
    // Forecast above budget on the line, though the total is not over.
    check(line.json().getJsonArray("checks"), "FORECAST_ABOVE_BUDGET", "huur-buurtkamer", null);
    String before = api.get(ledger.substring(0, ledger.length() - 1), wijchen).body();

    List<String[]> bad =
        List.of(
            new String[] {
              "lines",
              "{\"description\":\"Drie decimalen\",\"amounts\":[{\"start\":\"2024-01-01\","
                  + "\"end\":\"2024-12-31\",\"planned\":\"10.005\"}]}",
              "LedgerCode.TOO_MANY_DECIMALS"
            },
            new String[] {
              "lines",
              "{\"description\":\"Negatief\",\"amounts\":[{\"start\":\"2024-01-01\","
                  + "\"end\":\"2024-12-31\",\"planned\":\"-10.00\"}]}",
              "LedgerCode.NEGATIVE"
            },
            new String[] {
              "lines",
              "{\"description\":\"Buiten de periode\",\"amounts\":[{\"start\":\"2027-01-01\","
                  + "\"end\":\"2027-12-31\",\"planned\":\"10.00\"}]}",
              "CheckCode.LINE_PERIOD_OUTSIDE_PROGRAMME"
            },
            new String[] {
              "sources",
              "{\"name\":\"Fonds\",\"kind\":\"other_subsidy\",\"awarded\":\"1000.00\","
                  + "\"eligibleFrom\":\"2024-01-01\",\"eligibleUntil\":\"2024-12-31\","
                  + "\"rate\":\"120\"}",
              "LedgerCode.PERCENTAGE_OUT_OF_RANGE"
            },
            new String[] {
              "sources",
              "{\"name\":\"Fonds\",\"kind\":\"lottery\",\"awarded\":\"1000.00\","
                  + "\"eligibleFrom\":\"2024-01-01\",\"eligibleUntil\":\"2024-12-31\","
                  + "\"rate\":\"50\"}",
              "CommonCode.NOT_ONE_OF"
            },
            new String[] {
              "contributions",
              "{\"partner\":\"Vrijwilligers\",\"form\":\"in_kind\",\"hours\":\"100\","
                  + "\"hourlyRate\":\"25.00\"}",
              "CheckCode.HOURLY_RATE_WITHOUT_VALID_FROM"
            },
            new String[] {
              "contributions",
              "{\"partner\":\"Kerk\",\"form\":\"cash\",\"cash\":\"abc\"}",
              "LedgerCode.NOT_A_PLAIN_NUMBER"
            },
            new String[] {
              "contributions",
              "{\"partner\":\"Kerk\",\"form\":\"cash\",\"cash\":\"100.00\",\"line\":\"bestaat-niet\"}",
              "CofinancingCode.NO_SUCH_LINE"
            },
            new String[] {
              "versions",
              "{\"kind\":\"revised\",\"validFrom\":\"2024-01-01\"}",
              "CofinancingCode.VERSION_STARTS_TOO_EARLY"
            },
            new String[] {
              "lines", "{\"description\":\"Leeg\",\"amounts\":[null]}", "CommonCode.EMPTY_ITEM"
            },
            new String[] {
              "sources",
              "{\"name\":\"Fonds\",\"kind\":\"other_subsidy\",\"awarded\":\"1000.00\","
                  + "\"eligibleFrom\":\"0001-01-01\",\"eligibleUntil\":\"9999-12-31\","
                  + "\"rate\":\"50\"}",
              "CommonCode.DATE_OUT_OF_RANGE"
            },
            new String[] {
              "sources",
              "{\"name\":\"Fonds\",\"kind\":\"other_subsidy\",\"awarded\":\"1000.00\","
                  + "\"eligibleFrom\":\"2024-01-01\",\"eligibleUntil\":\"2024-12-31\","
                  + "\"rate\":\"50\",\"allocations\":[null]}",
              "CommonCode.EMPTY_ITEM"
            });
    for (String[] b : bad) {
      Api.Answer answer = api.post(ledger + b[0], wijchen, b[1]);
      assertEquals(400, answer.status(), b[1] + " → " + answer.body());
      assertTrue(
          answer.body().toLowerCase().contains(b[2].toLowerCase()), b[1] + " → " + answer.body());
    }
    Api.Answer malformed = api.post(ledger + "lines", wijchen, "{\"description\": ");
    assertEquals(400, malformed.status(), malformed.body());
    assertEquals(
        before,
        api.get(ledger.substring(0, ledger.length() - 1), wijchen).body(),
        "nothing was saved by any refused write");

    // A period that would leave the 2025 line outside is refused, and the programme stays.
    long version = api.get(base, wijchen).json().getJsonObject("programme").getInt("version");
    Api.Answer shrink =
        api.put(
            base,
            wijchen,
            "{\"name\":\""
                + name
                + "\",\"periodStart\":\"2024-01-01\",\"periodEnd\":\"2024-12-31\",\"version\":"
                + version
                + "}");
    assertEquals(400, shrink.status(), shrink.body());
    assertEquals(
        "2026-12-31",
        api.get(base, wijchen).json().getJsonObject("programme").getString("periodEnd"));
    Api.Answer stale =
        api.put(
            base,
            wijchen,
            "{\"name\":\"x\",\"periodStart\":\"2024-01-01\",\"periodEnd\":\"2026-12-31\","
                + "\"version\":"
                + (version - 1)
                + "}");
    assertEquals(409, stale.status(), stale.body());

    // A revision copies the current lines; only the current version can be changed.
    Api.Answer revised =
        api.post(
            ledger + "versions", wijchen, "{\"kind\":\"revised\",\"validFrom\":\"2025-01-01\"}");
    assertEquals(400, revised.status(), "the first version is open-ended: they would overlap");
    assertTrue(revised.body().contains("CheckCode.OVERLAPPING_BUDGET_VERSIONS"), revised.body());
    JsonObject first =
        api.get(ledger.substring(0, ledger.length() - 1), wijchen)
            .json()
            .getJsonObject("ledger")
            .getJsonArray("versions")
            .getJsonObject(0);
    Api.Answer closed =
        api.put(
            ledger + "versions/" + first.getString("id"),
            wijchen,
            "{\"kind\":\"original\",\"validFrom\":\"2024-01-01\",\"validUntil\":\"2024-12-31\","
                + "\"version\":"
                + first.getJsonNumber("version").longValue()
                + "}");
    assertEquals(200, closed.status(), closed.body());
    assertTrue(closed.body().contains("\"validUntil\":\"2024-12-31\""), closed.body());
    revised =
        api.post(
            ledger + "versions", wijchen, "{\"kind\":\"revised\",\"validFrom\":\"2025-01-01\"}");
    assertEquals(201, revised.status(), revised.body());
    assertEquals(1, currentLines(revised.json()).size(), "the revision starts from the lines");
    Api.Answer oldLine =
        api.put(
            ledger + "lines/" + lineId,
            wijchen,
            "{\"description\":\"Huur buurtkamer\",\"amounts\":[]}");
    assertEquals(409, oldLine.status(), "an earlier version is history");

    // Another gemeente cannot write into this ledger either.
    assertEquals(
        404,
        api.post(
                ledger + "contributions",
                duiven,
                "{\"partner\":\"x\",\"form\":\"cash\",\"cash\":\"1\"}")
            .status());
    assertEquals(204, api.send("DELETE", base, wijchen).status());
    assertEquals(404, api.get(base, wijchen).status());
  }

  @Test
  void statementsReachTheCoordinatorWhoAloneSeesTheRollup() {
    // Beuningen's demo statement waits; its figures are not in the roll-up until accepted.
    JsonObject before = api.get("api/circles/leerkring-wdw/rollup", coordinator).json();
    assertNotNull(before.getJsonArray("years"));
    assertTrue(
        before.getJsonArray("members").stream()
            .anyMatch(m -> m.asJsonObject().getString("gemeente").equals("duiven")),
        before.toString());

    String name = "Cofinanciering " + UUID.randomUUID().toString().substring(0, 8);
    String id =
        api.post(
                "api/programmes",
                beuningen,
                "{\"name\":\""
                    + name
                    + "\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}")
            .json()
            .getJsonObject("programme")
            .getString("id");
    String ledger = "api/programmes/" + id + "/ledger/";
    Api.Answer empty =
        api.post(
            "api/programmes/" + id + "/statements", beuningen, "{\"circle\":\"leerkring-wdw\"}");
    assertEquals(400, empty.status(), "no budget yet: " + empty.body());
    api.post(ledger + "versions", beuningen, "{\"validFrom\":\"2025-01-01\"}");
    api.post(
        ledger + "lines",
        beuningen,
        "{\"code\":\"uren\",\"description\":\"Uren\",\"amounts\":[{\"start\":\"2025-01-01\","
            + "\"end\":\"2025-12-31\",\"planned\":\"10000.00\"}]}");
    api.post(
        ledger + "contributions",
        beuningen,
        "{\"partner\":\"Beuningen\",\"form\":\"cash\",\"cash\":\"4000.00\",\"line\":\"uren\"}");
    assertEquals(
        404,
        api.post("api/programmes/" + id + "/statements", beuningen, "{\"circle\":\"onbekend\"}")
            .status(),
        "an unknown circle");
    Api.Answer submitted =
        api.post(
            "api/programmes/" + id + "/statements", beuningen, "{\"circle\":\"leerkring-wdw\"}");
    assertEquals(201, submitted.status(), submitted.body());
    String statement = submitted.json().getString("id");

    // The coordinator sees it waiting; members, the researcher and other gemeenten do not.
    assertTrue(
        api.get("api/circles/leerkring-wdw/statements", coordinator).body().contains(statement));
    for (String token : List.of(duiven, wijchen, researcher)) {
      assertEquals(403, api.get("api/circles/leerkring-wdw/statements", token).status());
      assertEquals(403, api.get("api/circles/leerkring-wdw/rollup", token).status());
      assertEquals(
          403, api.get("api/circles/leerkring-wdw/rollup/export?format=csv", token).status());
      Api.Answer read = api.get("api/statements/" + statement, token);
      assertEquals(404, read.status());
      assertFalse(read.body().contains(name));
      assertEquals(404, api.post("api/statements/" + statement + "/accept", token, "").status());
    }

    // Returned with a reason the gemeente sees, then submitted again and accepted once.
    Api.Answer noReason =
        api.post("api/statements/" + statement + "/return", coordinator, "{\"reason\":\" \"}");
    assertEquals(400, noReason.status());
    assertEquals(
        200,
        api.post(
                "api/statements/" + statement + "/return",
                coordinator,
                "{\"reason\":\"Graag de subsidie toevoegen\"}")
            .status());
    JsonObject mine =
        api.get("api/programmes/" + id + "/statements", beuningen).array().getJsonObject(0);
    assertEquals("returned", mine.getString("status"));
    assertEquals("Graag de subsidie toevoegen", mine.getString("reason"));
    String again =
        api.post(
                "api/programmes/" + id + "/statements", beuningen, "{\"circle\":\"leerkring-wdw\"}")
            .json()
            .getString("id");
    assertEquals(200, api.post("api/statements/" + again + "/accept", coordinator, "").status());
    assertEquals(409, api.post("api/statements/" + again + "/accept", coordinator, "").status());

    // The roll-up for 2025 now counts the statement: Beuningen requires €10,000, pledged €4,000.
    JsonObject after = api.get("api/circles/leerkring-wdw/rollup?year=2025", coordinator).json();
    assertEquals(1, after.getJsonArray("years").size());
    JsonObject beuningenRow =
        after.getJsonArray("members").stream()
            .map(m -> m.asJsonObject())
            .filter(m -> m.getString("gemeente").equals("beuningen"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(after.toString()));
    JsonObject figures = beuningenRow.getJsonObject("total");
    assertTrue(
        new java.math.BigDecimal(figures.getString("pledgedCash"))
                .compareTo(new java.math.BigDecimal("4000.00"))
            >= 0,
        figures.toString());
    assertFalse(after.getJsonArray("withoutStatement").toString().contains("Beuningen"));
    // If one gemeente withdraws, the others' increases add up to what it leaves behind.
    for (var w : after.getJsonArray("withdrawals")) {
      JsonObject scenario = w.asJsonObject();
      java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
      for (var c : scenario.getJsonArray("changes")) {
        sum = sum.add(new java.math.BigDecimal(c.asJsonObject().getString("increase")));
      }
      assertEquals(
          0,
          sum.compareTo(new java.math.BigDecimal(scenario.getString("redistributed"))),
          scenario.toString());
    }
    Api.Answer export =
        api.get("api/circles/leerkring-wdw/rollup/export?format=xlsx&year=2025", coordinator);
    assertEquals(200, export.status());
    assertTrue(export.contentType().startsWith("application/vnd.openxmlformats"));
    Api.Answer csv = api.get("api/circles/leerkring-wdw/rollup/export?format=csv", coordinator);
    assertTrue(csv.body().startsWith("\uFEFFJaar;Gemeente;Begroot;"), csv.body());
    assertEquals(400, api.get("api/circles/leerkring-wdw/rollup?year=99999", coordinator).status());
    Api.Answer notAYear = api.get("api/circles/leerkring-wdw/rollup?year=abc", coordinator);
    assertEquals(400, notAYear.status());
    JsonObject yearError = notAYear.json().getJsonArray("errors").getJsonObject(0);
    assertEquals("year", yearError.getString("field"), notAYear.body());
    assertEquals("ApiCode.NOT_A_YEAR", yearError.getString("code"));
  }

  /**
   * The programme pages' forms through Faces, as a browser posts them (without BrowserIT's
   * browser): each form fills from what was saved, binds its choices as the codes the REST contract
   * uses, saves, and refuses a wrong amount beside the form while keeping what was typed.
   */
  @Test
  void theProgrammeAndLedgerFormsSaveWhatIsTypedAndShowItAgain() {
    // Signed in through the login form, as a browser is: a call with a token leaves no session
    // behind (TokenSessionFilter), so a page's view state lives in the cookie's session.
    Api pages =
        new Api(base, new FuzzHttp(base).session("beuningen.lid", Api.DEMO_PASSWORD).session())
            .with("Origin", api.origin());
    String name = "Formulieren " + UUID.randomUUID().toString().substring(0, 8);
    String start = pages.get("app/programmes.xhtml", null).body();
    assertTrue(start.matches("(?s).*<option value=\"onderzoek\" selected.*"), start);
    String created =
        submit(
            pages,
            "app/programmes.xhtml",
            start,
            "programme-form",
            "pr-submit",
            "pr-name",
            name,
            "pr-start",
            "2024-04-01",
            "pr-end",
            "2025-12-31",
            "pr-phase",
            "kwartiermaken",
            "pr-contributions",
            "1.000");
    assertTrue(created.contains("created=1"), created);
    String id = programme(beuningen, name);
    String programmePage = "app/programme.xhtml?id=" + id;
    String theme =
        api.post("api/programmes/" + id + "/themes", beuningen, "{\"name\":\"Ontmoeting\"}")
            .json()
            .getJsonArray("themes")
            .getJsonObject(0)
            .getString("id");
    assertEquals(
        201,
        api.post(
                "api/programmes/" + id + "/goals",
                beuningen,
                "{\"theme\":\"" + theme + "\",\"title\":\"Elkaar treffen\"}")
            .status());

    String head = pages.get(programmePage, null).body();
    assertTrue(head.contains("value=\"" + name + "\""), "the head form is filled");
    assertTrue(head.contains("value=\"1.000,00\""), "amounts in Dutch notation");
    assertTrue(head.matches("(?s).*id=\"h-phase\".*?<option value=\"kwartiermaken\" selected.*"));
    assertTrue(head.matches("(?s).*id=\"ac-phase\".*?<option value=\"kwartiermaken\" selected.*"));
    assertTrue(head.contains("<option value=\"2024-Q2\">") && head.contains(">2025-Q4</option>"));
    assertTrue(
        submit(
                pages,
                programmePage,
                head,
                "partner-form",
                "pa-submit",
                "pa-organisation",
                "Welzijn Beuningen",
                "pa-status",
                "in_talks")
            .contains("saved=partner"));
    assertEquals(
        "in_talks",
        api.get("api/programmes/" + id, beuningen)
            .json()
            .getJsonArray("partners")
            .getJsonObject(0)
            .getString("status"));

    String ledgerPage = "app/ledger.xhtml?id=" + id;
    String ledger = pages.get(ledgerPage, null).body();
    assertTrue(ledger.contains("<option value=\"original\" selected"), "a first version");
    assertTrue(
        submit(
                pages,
                ledgerPage,
                ledger,
                "version-form",
                "ve-submit",
                "ve-kind",
                "original",
                "ve-from",
                "2024-04-01")
            .contains("saved=version"));
    ledger = pages.get(ledgerPage, null).body();
    assertTrue(
        submit(
                pages,
                ledgerPage,
                ledger,
                "line-form",
                "ln-submit",
                "ln-description",
                "Materiaal",
                "ln-code",
                "materiaal",
                "ln-category",
                "materials",
                "periods:0:p-start",
                "2024-04-01",
                "periods:0:p-end",
                "2025-12-31",
                "periods:0:p-planned",
                "21.000")
            .contains("saved=line"));
    ledger = pages.get(ledgerPage, null).body();
    assertTrue(ledger.contains("id=\"ledger-years\""), "the chart's table");
    assertTrue(ledger.matches("(?s).*<th scope=\"row\"[^>]*>2025</th>.*"), "per calendar year");
    assertTrue(
        submit(
                pages,
                ledgerPage,
                ledger,
                "source-form",
                "so-submit",
                "so-name",
                "SPUK",
                "so-kind",
                "spuk",
                "so-awarded",
                "10.500",
                "so-from",
                "2024-04-01",
                "so-until",
                "2025-12-31",
                "so-status",
                "applied",
                "so-rate",
                "50",
                "so-allocations",
                "materiaal 10.500")
            .contains("saved=source"));
    assertTrue(
        submit(
                pages,
                ledgerPage,
                ledger,
                "contribution-form",
                "co-submit",
                "co-partner",
                "Gemeente",
                "co-form",
                "cash",
                "co-cash",
                "10.500,00",
                "co-line",
                "materiaal")
            .contains("saved=contribution"));
    JsonObject saved = api.get("api/programmes/" + id + "/ledger", beuningen).json();
    JsonObject source = saved.getJsonObject("ledger").getJsonArray("sources").getJsonObject(0);
    assertEquals("spuk", source.getString("kind").toLowerCase(java.util.Locale.ROOT));
    assertEquals(
        "cash",
        saved
            .getJsonObject("ledger")
            .getJsonArray("contributions")
            .getJsonObject(0)
            .getString("form")
            .toLowerCase(java.util.Locale.ROOT));
    assertEquals(
        "materials",
        currentLines(saved)
            .getJsonObject(0)
            .getString("category")
            .toLowerCase(java.util.Locale.ROOT));

    String edit = ledgerPage + "&editSource=" + source.getString("id");
    String editing = pages.get(edit, null).body();
    assertTrue(editing.contains("value=\"SPUK\""), "the source form is filled");
    assertTrue(editing.matches("(?s).*<option value=\"spuk\" selected.*"), "its kind chosen");
    assertTrue(editing.contains("materiaal 10.500,00"), "its allocations one per line");
    String line = currentLines(saved).getJsonObject(0).getString("id");
    String lineForm = pages.get(ledgerPage + "&editLine=" + line, null).body();
    assertTrue(lineForm.contains("value=\"21.000,00\""), "the period rows are filled");
    assertTrue(lineForm.matches("(?s).*<option value=\"materials\" selected.*"));

    Api.Answer refused =
        pages.raw(
            "POST",
            ledgerPage,
            null,
            "application/x-www-form-urlencoded",
            form(
                ledger,
                "line-form",
                "ln-submit",
                "ln-description",
                "Drie decimalen",
                "ln-category",
                "other",
                "periods:0:p-start",
                "2024-04-01",
                "periods:0:p-end",
                "2024-12-31",
                "periods:0:p-planned",
                "1.234,567"));
    assertEquals(200, refused.status(), refused.body());
    // the error summary links to the field, whose message stands beside it (F9)
    assertTrue(refused.body().contains("href=\"#periods:0:p-planned\""), refused.body());
    assertTrue(refused.body().contains("id=\"periods:0:p-planned-error\""), refused.body());
    assertTrue(refused.body().contains("aria-invalid=\"true\""), refused.body());
    // A client that names no language gets the portal's default: Dutch.
    assertTrue(refused.body().matches("(?s).*<html[^>]*lang=\"nl\".*"), "Dutch by default");
    assertTrue(refused.body().contains("value=\"1.234,567\""), "what was typed stays");
    assertEquals(
        1, currentLines(api.get("api/programmes/" + id + "/ledger", beuningen).json()).size());
  }

  /**
   * Posts a Faces form of the page (in Beuningen's session) and returns where the answer redirects
   * to.
   */
  private String submit(
      Api pages, String path, String page, String formId, String button, String... fields) {
    Api.Answer answer =
        pages.raw(
            "POST",
            path,
            null,
            "application/x-www-form-urlencoded",
            form(page, formId, button, fields));
    String location = answer.header("Location");
    assertNotNull(location, formId + " → " + answer.status() + " " + answer.body());
    return location;
  }

  /** The form's body: its own field, the view state of the page, the button and the fields. */
  private static byte[] form(String page, String formId, String button, String... fields) {
    java.util.regex.Matcher state =
        java.util.regex.Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"")
            .matcher(page);
    assertTrue(state.find(), "a view state in " + page);
    StringBuilder body = new StringBuilder();
    java.util.function.BiConsumer<String, String> add =
        (k, v) ->
            body.append(body.length() == 0 ? "" : "&")
                .append(java.net.URLEncoder.encode(k, java.nio.charset.StandardCharsets.UTF_8))
                .append('=')
                .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
    add.accept(formId, formId);
    add.accept("jakarta.faces.ViewState", state.group(1).replace("&#58;", ":"));
    add.accept(button, "");
    java.util.regex.Matcher id =
        java.util.regex.Pattern.compile("name=\"id\" value=\"([^\"]*)\"").matcher(page);
    if (id.find()) {
      add.accept("id", id.group(1));
    }
    for (int i = 0; i < fields.length; i += 2) {
      add.accept(fields[i], fields[i + 1]);
    }
    return body.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
  }

  private String programme(String token, String name) {
    return api.get("api/programmes", token).array().stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("name").equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no programme " + name))
        .getString("id");
  }

  private static JsonArray currentLines(JsonObject ledgerView) {
    return ledgerView.getJsonObject("ledger").getJsonArray("versions").stream()
        .map(v -> v.asJsonObject())
        .filter(v -> v.getBoolean("current"))
        .findFirst()
        .orElseThrow()
        .getJsonArray("lines");
  }

  /** The check with this code (and subject, and expected value, when given); fails if absent. */
  private static JsonObject check(JsonArray checks, String code, String subject, String expected) {
    return checks.stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getString("code").equals(code))
        .filter(c -> subject == null || subject.equals(c.getString("subject", null)))
        .filter(c -> expected == null || expected.equals(c.getString("expected", null)))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " " + expected + " in " + checks));
  }
}
