package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The koffer over HTTP: a card drafted, versioned and published through F2's moderation, used in
 * another gemeente, ranked by "which method fits?", commented and moderated; and the isolation of
 * drafts, uses and comments from every viewer who may not see them.
 */
class KofferIT extends DeployedPortal {

  private static final String CIRCLE = "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}";

  private String duiven;
  private String wijchen;
  private String deventer;
  private String coordinator;

  @BeforeEach
  void client() {
    duiven = token("duiven.lid");
    wijchen = token("wijchen.lid");
    deventer = token("deventer.lid");
    coordinator = token("coordinator");
  }

  private static String card(
      String name, String evidence, String source, String steps, long version) {
    return "{\"name\":\""
        + name
        + "\",\"summary\":\"Bewoners letten op elkaar.\",\"objective\":\"Minder eenzaamheid\","
        + "\"steps\":"
        + steps
        + ",\"workingElements\":[\"Wederkerigheid\"],\"hoursPerWeek\":\"6\",\"people\":2,"
        + "\"budget\":\"2500.00\",\"evidence\":\""
        + evidence
        + "\""
        + (source == null ? "" : ",\"evidenceSource\":\"" + source + "\"")
        + ",\"themes\":[\"gezondheid\"],\"wijktypes\":[\"vergrijsde-krimpwijk\"],"
        + "\"vraagstukken\":[\"eenzaamheid\",\"langer-thuis-wonen\"]"
        + (version < 0 ? "" : ",\"version\":" + version)
        + "}";
  }

  private String publish(String path, String token) {
    Api.Answer submitted = api.post(path + "/publications", token, CIRCLE);
    assertEquals(201, submitted.status(), submitted.body());
    String id = submitted.json().getString("id");
    Api.Answer approved =
        api.post("api/publications/" + id + "/approve?refresh=true", coordinator, "");
    assertEquals(200, approved.status(), approved.body());
    return id;
  }

  @Test
  void aCardIsDraftedPublishedVersionedUsedElsewhereAndRanked() {
    String name = "Voorzorgkring " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        api.post(
            "api/methods",
            duiven,
            card(name, "goed-beschreven", "Evaluatie 2024", "[\"Werven\",\"Starten\"]", -1));
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    long version = created.json().getJsonNumber("version").longValue();

    // Private until published: nobody else finds the draft or the method in the koffer.
    assertEquals(404, api.get("api/methods/" + id, wijchen).status());
    assertEquals(404, api.get("api/koffer/" + id, wijchen).status());
    Api.Answer early =
        api.post(
            "api/koffer/" + id + "/uses",
            wijchen,
            "{\"wijk\":\"Wijchen-Oost\",\"from\":\"2025-03-01\",\"whatHappened\":\"x\"}");
    assertEquals(404, early.status(), "a use of an unpublished method of another gemeente");

    publish("api/methods/" + id, duiven);
    // A published card is searchable like a document, by the circle only.
    String word = name.substring(name.indexOf(' ') + 1);
    Api.Answer found = api.get("api/search?q=" + word, wijchen);
    assertEquals(1, found.json().getInt("total"), found.body());
    assertEquals("methode", found.json().getJsonArray("hits").getJsonObject(0).getString("type"));
    assertTrue(
        found
            .json()
            .getJsonArray("hits")
            .getJsonObject(0)
            .getString("link")
            .endsWith("/app/method.xhtml?id=" + id));
    assertEquals(0, api.get("api/search?q=" + word, deventer).json().getInt("total"));
    JsonObject inKoffer = api.get("api/koffer/" + id, wijchen).json();
    assertEquals(name, inKoffer.getJsonObject("card").getString("name"));
    assertEquals("Werven", inKoffer.getJsonObject("card").getJsonArray("steps").getString(0));
    assertTrue(kofferNames("").contains(name));
    assertTrue(kofferNames("?vraagstuk=eenzaamheid&evidence=goed-beschreven").contains(name));
    assertFalse(kofferNames("?vraagstuk=vve-beheer").contains(name));
    assertEquals(
        404, api.get("api/koffer/" + id, deventer).status(), "Deventer is outside the circle");

    // Two editors: the second save from the same version is refused and changes nothing.
    Api.Answer first =
        api.put(
            "api/methods/" + id,
            duiven,
            card(name, "goed-beschreven", "Evaluatie 2024", "[\"Starten\",\"Werven\"]", version));
    assertEquals(200, first.status(), first.body());
    Api.Answer second =
        api.put(
            "api/methods/" + id,
            duiven,
            card(name, "goed-beschreven", "Evaluatie 2024", "[\"Werven\",\"Evalueren\"]", version));
    assertEquals(409, second.status(), second.body());
    assertTrue(second.body().contains("Er is niets opgeslagen"), second.body());
    assertEquals(
        "Starten",
        api.get("api/methods/" + id, duiven)
            .json()
            .getJsonObject("card")
            .getJsonArray("steps")
            .getString(0));

    // A new version, approved, supersedes the first; the koffer shows the current one and history.
    publish("api/methods/" + id, duiven);
    JsonArray versions = api.get("api/koffer/" + id + "/versions", wijchen).array();
    assertEquals(2, versions.size(), versions.toString());
    assertEquals("PUBLISHED", versions.getJsonObject(0).getString("status"));
    assertEquals("SUPERSEDED", versions.getJsonObject(1).getString("status"));
    assertEquals(
        "Starten",
        api.get("api/koffer/" + id, wijchen)
            .json()
            .getJsonObject("card")
            .getJsonArray("steps")
            .getString(0));

    // Wijchen records a use: private to Wijchen until shared.
    Api.Answer use =
        api.post(
            "api/koffer/" + id + "/uses",
            wijchen,
            "{\"wijk\":\"Wijchen-Oost\",\"wijktype\":\"vergrijsde-krimpwijk\",\"from\":\"2025-03-01\","
                + "\"programmeAction\":\"Actie 1.2\",\"whatHappened\":\"Drie kringen\",\"rating\":5}");
    assertEquals(201, use.status(), use.body());
    String useId = use.json().getString("id");
    assertEquals(1, api.get("api/koffer/" + id + "/uses", wijchen).array().size());
    assertEquals(0, api.get("api/koffer/" + id + "/uses", duiven).array().size(), "not shared yet");
    assertEquals(404, api.get("api/uses/" + useId, duiven).status());
    publish("api/uses/" + useId, wijchen);
    JsonArray shared = api.get("api/koffer/" + id + "/uses", duiven).array();
    assertEquals(1, shared.size(), shared.toString());
    assertEquals("Wijchen", shared.getJsonObject(0).getString("gemeente"));
    assertEquals(404, api.get("api/koffer/" + id + "/uses", deventer).status());

    // Which method fits? Duiven asks; Wijchen's shared use in the same wijk type counts.
    Api.Answer ranked =
        api.post(
            "api/koffer/recommendations",
            duiven,
            "{\"wijktype\":\"vergrijsde-krimpwijk\",\"vraagstukken\":[\"eenzaamheid\"],"
                + "\"capacity\":{\"hoursPerWeek\":\"4\"}}");
    assertEquals(200, ranked.status(), ranked.body());
    JsonObject mine =
        ranked.array().stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("methodId").equals(id))
            .findFirst()
            .orElseThrow(() -> new AssertionError(ranked.body()));
    String reasons = mine.getJsonArray("reasons").toString();
    assertTrue(reasons.contains("wijktype"), reasons);
    assertTrue(reasons.contains("used-in-similar-wijken"), reasons);
    assertTrue(reasons.contains("too-many-hours"), reasons);
    // A reason is a code with typed args, and a text in Dutch unless English is preferred.
    JsonObject wijk =
        mine.getJsonArray("reasons").stream()
            .map(JsonValue::asJsonObject)
            .filter(r -> r.getString("code").equals("wijktype"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(reasons));
    assertEquals(
        "vergrijsde-krimpwijk", wijk.getJsonObject("args").getJsonArray("words").getString(0));
    assertEquals("wijktype: Vergrijsde krimpwijk", wijk.getString("text"), reasons);
    Api.Answer english =
        api.with("Accept-Language", "en-GB,en;q=0.9,nl;q=0.5")
            .post(
                "api/koffer/recommendations",
                duiven,
                "{\"wijktype\":\"vergrijsde-krimpwijk\",\"vraagstukken\":[\"eenzaamheid\"]}");
    assertEquals(200, english.status(), english.body());
    assertTrue(english.body().contains("\"wijk type: Vergrijsde krimpwijk\""), english.body());
    assertEquals(
        400, api.post("api/koffer/recommendations", duiven, "{}").status(), "an empty situation");

    // The koffer's pages render with their forms (each form its own small bean).
    Api dutch = api.with("Accept-Language", "nl");
    Api.Answer fitsPage =
        dutch.get(
            "app/fits.xhtml?ask=1&wijktype=vergrijsde-krimpwijk&vraagstuk=eenzaamheid&budget=2.000",
            duiven);
    assertEquals(200, fitsPage.status());
    assertTrue(fitsPage.body().contains("+3 — wijktype: Vergrijsde krimpwijk"), fitsPage.body());
    assertTrue(fitsPage.body().contains("value=\"2.000\""), fitsPage.body());
    // "2.000" is two thousand euro, so the card's €2500 is over budget.
    assertTrue(
        fitsPage.body().contains("vraagt €\u00a02.500,00, €\u00a02.000,00 beschikbaar"),
        fitsPage.body());
    Api.Answer badBudget =
        dutch.get("app/fits.xhtml?ask=1&wijktype=vergrijsde-krimpwijk&budget=5000.50", duiven);
    assertTrue(badBudget.body().contains("budget in euro"), badBudget.body());
    Api.Answer methodPage = api.get("app/method.xhtml?id=" + id, wijchen);
    assertEquals(200, methodPage.status());
    for (String element : List.of("id=\"own-uses\"", "u-wijk", "u-happened", "c-body")) {
      assertTrue(methodPage.body().contains(element), element + ": " + methodPage.body());
    }
    Api.Answer editPage = api.get("app/method-edit.xhtml?id=" + id, duiven);
    assertEquals(200, editPage.status());
    assertTrue(editPage.body().contains("value=\"" + name + "\""), editPage.body());
    assertTrue(editPage.body().contains("s-circle"), editPage.body());
  }

  private java.util.List<String> kofferNames(String query) {
    Api.Answer answer = api.get("api/circles/leerkring-wdw/koffer" + query, wijchen);
    assertEquals(200, answer.status(), answer.body());
    return answer.array().stream().map(v -> v.asJsonObject().getString("name")).toList();
  }

  @Test
  void badCardsAreRefusedWithNothingSaved() {
    int before = api.get("api/methods", duiven).array().size();
    String[] bad = {
      card("", "praktijk", null, "[\"Stap\"]", -1),
      card("Zonder bron", "effectief", null, "[\"Stap\"]", -1),
      card("Zonder stappen", "praktijk", null, "[]", -1),
      card("Lege stap", "praktijk", null, "[\"Stap\",\"  \"]", -1),
      card("Onbekend niveau", "heel-goed", null, "[\"Stap\"]", -1),
      card("Fout wijktype", "praktijk", null, "[\"Stap\"]", -1)
          .replace("vergrijsde-krimpwijk", "maanwijk"),
      card("Negatief budget", "praktijk", null, "[\"Stap\"]", -1).replace("2500.00", "-5"),
      card("Drie decimalen", "praktijk", null, "[\"Stap\"]", -1).replace("2500.00", "10.123"),
      "{\"name\":",
    };
    for (String body : bad) {
      Api.Answer answer = api.post("api/methods", duiven, body);
      assertEquals(400, answer.status(), body + " → " + answer.body());
    }
    assertTrue(
        api.post("api/methods", duiven, bad[1]).body().contains("vraagt om een bron"),
        "an evidence level without a source says so");
    assertEquals(before, api.get("api/methods", duiven).array().size(), "nothing was saved");
    Api.Answer xss =
        api.post(
            "api/methods",
            duiven,
            card(
                "<script>alert(1)</script>",
                "praktijk",
                null,
                "[\"<img src=x onerror=alert(1)>\"]",
                -1));
    assertEquals(201, xss.status(), "script is text: stored as written, escaped where shown");
  }

  @Test
  void commentsAreReadByTheCircleAndModeratedByItsCoordinators() {
    String id =
        api.post(
                "api/methods",
                duiven,
                card("Buurtkamer " + UUID.randomUUID(), "praktijk", null, "[\"Open\"]", -1))
            .json()
            .getString("id");
    publish("api/methods/" + id, duiven);
    Api.Answer comment =
        api.post("api/koffer/" + id + "/comments", wijchen, "{\"body\":\"Werkt ook in Wijchen\"}");
    assertEquals(201, comment.status(), comment.body());
    String commentId = comment.json().getString("id");
    assertEquals(1, api.get("api/koffer/" + id + "/comments", duiven).array().size());
    assertEquals(404, api.get("api/koffer/" + id + "/comments", deventer).status());
    assertEquals(
        404,
        api.post("api/koffer/" + id + "/comments", deventer, "{\"body\":\"x\"}").status(),
        "outside the circle");
    assertEquals(
        200, api.post("api/koffer/comments/" + commentId + "/reports", duiven, "").status());
    assertEquals(
        403,
        api.post("api/koffer/comments/" + commentId + "/hide", duiven, "{\"reason\":\"x\"}")
            .status());
    assertEquals(
        200,
        api.post(
                "api/koffer/comments/" + commentId + "/hide",
                coordinator,
                "{\"reason\":\"Persoonsgegevens\"}")
            .status());
    assertEquals(
        0, api.get("api/koffer/" + id + "/comments", duiven).array().size(), "hidden from readers");
    JsonArray forAuthor = api.get("api/koffer/" + id + "/comments", wijchen).array();
    assertEquals("HIDDEN", forAuthor.getJsonObject(0).getString("status"));
    assertEquals("Persoonsgegevens", forAuthor.getJsonObject(0).getString("hiddenReason"));
    assertEquals(
        200, api.post("api/koffer/comments/" + commentId + "/restore", coordinator, "").status());
    assertEquals(1, api.get("api/koffer/" + id + "/comments", duiven).array().size());

    // The vocabulary grows by coordinators only.
    String label = "Wijk aan het water " + UUID.randomUUID().toString().substring(0, 4);
    assertEquals(
        403,
        api.post(
                "api/circles/leerkring-wdw/vocabulary",
                wijchen,
                "{\"kind\":\"WIJKTYPE\",\"label\":\"" + label + "\"}")
            .status());
    Api.Answer term =
        api.post(
            "api/circles/leerkring-wdw/vocabulary",
            coordinator,
            "{\"kind\":\"WIJKTYPE\",\"label\":\"" + label + "\"}");
    assertEquals(201, term.status(), term.body());
    assertTrue(
        api.get("api/koffer/vocabulary", wijchen).body().contains(term.json().getString("code")));
    assertFalse(
        api.get("api/koffer/vocabulary", deventer).body().contains(term.json().getString("code")),
        "a circle's own terms stay in the circle");
  }

  /** A small text document of the gemeente, private until published. */
  private String document(String token, String title) {
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents",
            token,
            Api.Part.json(
                "metadata",
                "{\"title\":\"" + title + "\",\"type\":\"nota-bw\",\"date\":\"2025-03-01\"}"),
            Api.Part.file(
                "nota.txt",
                "text/plain",
                ("Nota " + title).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
    return created.json().getString("id");
  }

  private static java.util.List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  @Test
  void readersSeeOnlyTheDocumentIdsTheyMayOpen() {
    String word = "Materiaal" + UUID.randomUUID().toString().substring(0, 8);
    String secret = document(duiven, "Geheim " + word);
    String shared = document(duiven, "Gedeeld " + word);
    String id =
        api.post(
                "api/methods",
                duiven,
                card(word, "praktijk", null, "[\"Open\"]", -1)
                    .replace(
                        "\"themes\"",
                        "\"materials\":[\"" + secret + "\",\"" + shared + "\"],\"themes\""))
            .json()
            .getString("id");
    String cardPub = publish("api/methods/" + id, duiven);

    // Neither material is published: no workspace id reaches a reader, anywhere.
    JsonObject seen = api.get("api/koffer/" + id, wijchen).json();
    assertEquals(
        java.util.List.of(), strings(seen.getJsonObject("card").getJsonArray("materials")));
    assertEquals(0, seen.getJsonArray("documents").size(), seen.toString());
    for (String path : java.util.List.of("api/koffer/" + id, "api/catalog/" + cardPub)) {
      String body = api.get(path, wijchen).body();
      assertFalse(body.contains(secret) || body.contains(shared), path + ": " + body);
    }
    assertEquals(
        0,
        api.get("api/search?q=%22" + secret + "%22", wijchen).json().getInt("total"),
        "the card's indexed text holds no document id");
    assertFalse(api.get("api/search?q=" + word, wijchen).body().contains(secret), "snippets");

    // The document page offers it to a circle with the shared offer form.
    Api.Answer documentPage = api.get("app/document.xhtml?id=" + shared, duiven);
    assertEquals(200, documentPage.status());
    assertTrue(documentPage.body().contains("s-circle"), documentPage.body());
    assertTrue(documentPage.body().contains("s-scope"), documentPage.body());

    // Published later, the document appears on the card as its publication; withdrawn, it goes.
    String docPub = publish("api/documents/" + shared, duiven);
    seen = api.get("api/koffer/" + id, wijchen).json();
    assertEquals(
        java.util.List.of(docPub), strings(seen.getJsonObject("card").getJsonArray("materials")));
    assertEquals(
        docPub, seen.getJsonArray("documents").getJsonObject(0).getString("publicationId"));
    assertFalse(api.get("api/koffer/" + id, wijchen).body().contains(secret));
    assertEquals(204, api.send("DELETE", "api/publications/" + docPub, duiven).status());
    assertEquals(0, api.get("api/koffer/" + id, wijchen).json().getJsonArray("documents").size());

    // A shared use: its documents likewise, for Duiven reading Wijchen's use.
    String evaluation = document(wijchen, "Evaluatie " + word);
    Api.Answer use =
        api.post(
            "api/koffer/" + id + "/uses",
            wijchen,
            "{\"wijk\":\"Wijchen-Oost\",\"from\":\"2025-03-01\",\"whatHappened\":\"Verhaal "
                + word
                + "\",\"documents\":[\""
                + evaluation
                + "\"]}");
    assertEquals(201, use.status(), use.body());
    String usePub = publish("api/uses/" + use.json().getString("id"), wijchen);
    JsonArray uses = api.get("api/koffer/" + id + "/uses", duiven).array();
    assertEquals(1, uses.size(), uses.toString());
    assertEquals(
        java.util.List.of(),
        strings(uses.getJsonObject(0).getJsonObject("use").getJsonArray("documents")));
    for (String path :
        java.util.List.of(
            "api/koffer/" + id, "api/koffer/" + id + "/uses", "api/catalog/" + usePub)) {
      String body = api.get(path, duiven).body();
      assertFalse(body.contains(evaluation), path + ": " + body);
    }
    assertEquals(
        0, api.get("api/search?q=%22" + evaluation + "%22", duiven).json().getInt("total"));
    // Wijchen itself still sees its own document on its own use.
    assertTrue(
        api.get("api/uses/" + use.json().getString("id"), wijchen).body().contains(evaluation));
  }

  @Test
  void aUseIsSharedOnlyWhereItsMethodIsPublished() {
    String admin = token("admin");
    String other = "kring-" + UUID.randomUUID().toString().substring(0, 8);
    assertEquals(
        201,
        api.post(
                "api/admin/circles",
                admin,
                "{\"slug\":\""
                    + other
                    + "\",\"name\":\"Andere kring\",\"members\":[\"duiven\",\"wijchen\"]}")
            .status());
    String name = "Alleen hier " + UUID.randomUUID().toString().substring(0, 8);
    String id =
        api.post("api/methods", duiven, card(name, "praktijk", null, "[\"Open\"]", -1))
            .json()
            .getString("id");
    String inCircle = publish("api/methods/" + id, duiven);
    String useId =
        api.post(
                "api/koffer/" + id + "/uses",
                wijchen,
                "{\"wijk\":\"Wijchen-Oost\",\"from\":\"2025-03-01\",\"whatHappened\":\"x\"}")
            .json()
            .getString("id");

    // The card is in leerkring-wdw only: the use may not carry its name elsewhere.
    Api.Answer elsewhere =
        api.post(
            "api/uses/" + useId + "/publications",
            wijchen,
            "{\"scope\":\"CIRCLE\",\"circle\":\"" + other + "\"}");
    assertEquals(409, elsewhere.status(), elsewhere.body());
    assertTrue(elsewhere.contentType().startsWith("application/problem+json"));
    assertTrue(elsewhere.body().contains("PublicationCode.ABOUT_NOT_IN_CIRCLE"), elsewhere.body());
    Api.Answer toEveryone =
        api.post(
            "api/uses/" + useId + "/publications",
            wijchen,
            "{\"scope\":\"PUBLIC\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(409, toEveryone.status(), "the card is not public: " + toEveryone.body());
    Api.Answer here = api.post("api/uses/" + useId + "/publications", wijchen, CIRCLE);
    assertEquals(201, here.status(), "where the card is published: " + here.body());
    String usePub = here.json().getString("id");

    // Withdrawn before the use is approved: the approval is refused too.
    assertEquals(204, api.send("DELETE", "api/publications/" + inCircle, duiven).status());
    Api.Answer late = api.post("api/publications/" + usePub + "/approve", coordinator, "");
    assertEquals(409, late.status(), late.body());

    // Once the card is public, the use may go to any circle of Wijchen's.
    Api.Answer published =
        api.post(
            "api/methods/" + id + "/publications",
            duiven,
            "{\"scope\":\"PUBLIC\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(
        200,
        api.post(
                "api/publications/" + published.json().getString("id") + "/approve",
                coordinator,
                "")
            .status());
    assertEquals(
        200, api.post("api/publications/" + usePub + "/approve", coordinator, "").status());
    assertEquals(
        201,
        api.post(
                "api/uses/" + useId + "/publications",
                wijchen,
                "{\"scope\":\"CIRCLE\",\"circle\":\"" + other + "\"}")
            .status());
  }

  // --- F7: a meeting of the circle, citing the koffer ---

  private static String meetingJson(String title, String start, String end, int capacity) {
    return "{\"title\":\""
        + title
        + "\",\"start\":\""
        + start
        + "\",\"end\":\""
        + end
        + "\",\"place\":\"Raadhuis Duiven\",\"host\":\"duiven\",\"capacity\":"
        + capacity
        + ",\"description\":\"Intervisie en de wijkscan\"}";
  }

  private static int errorsOn(Api.Answer answer, String field) {
    int n = 0;
    for (JsonValue e : answer.json().getJsonArray("errors")) {
      if (field.equals(e.asJsonObject().getString("field", null))) {
        n++;
      }
    }
    return n;
  }

  @Test
  void aMeetingRunsItsWholeCycleForEachRoleThroughTheApi() {
    String researcher = token("onderzoeker");
    String facilitator = token("han");
    String marker = "kringmoment" + UUID.randomUUID().toString().substring(0, 8);
    String duivenId = api.get("api/me", duiven).json().getString("id");
    String wijchenId = api.get("api/me", wijchen).json().getString("id");
    String deventerId = api.get("api/me", deventer).json().getString("id");

    // Planned by a coordinator, one place: 201 with its address.
    Api.Answer planned =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            coordinator,
            meetingJson("Bijeenkomst " + marker, "2025-03-10T14:00", "2025-03-10T17:00", 1));
    assertEquals(201, planned.status(), planned.body());
    String id = planned.json().getString("id");
    assertTrue(
        planned.header("Location").endsWith("/api/meetings/" + id), planned.header("Location"));
    assertEquals("PLANNED", planned.json().getString("status"));
    assertEquals("2025-03-10T14:00:00", planned.json().getString("start"));
    assertEquals("duiven", planned.json().getJsonObject("host").getString("slug"));
    assertEquals(
        403,
        api.post(
                "api/circles/leerkring-wdw/meetings",
                wijchen,
                meetingJson("Niet van mij", "2025-03-10T14:00", "2025-03-10T17:00", 1))
            .status(),
        "a member takes part but does not plan");

    // The circle sees it; Deventer, outside the circle, finds neither the list nor the meeting.
    Api.Answer list = api.get("api/circles/leerkring-wdw/meetings", wijchen);
    assertEquals(200, list.status(), list.body());
    assertTrue(list.body().contains(id));
    assertEquals(404, api.get("api/circles/leerkring-wdw/meetings", deventer).status());
    for (String path : List.of("api/meetings/" + id, "api/meetings/" + id + "/calendar.ics")) {
      assertEquals(404, api.get(path, deventer).status(), path);
    }
    assertEquals(
        404,
        api.put("api/meetings/" + id + "/registration", deventer, "{\"answer\":\"YES\"}").status());

    // The agenda cites a method card published in the circle; anything else is refused, naming
    // the field, and nothing is saved.
    String cardName = "Kringmethode " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer card =
        api.post("api/methods", duiven, card(cardName, "praktijk", null, "[\"Doen\"]", -1));
    assertEquals(201, card.status(), card.body());
    String methodId = card.json().getString("id");
    publish("api/methods/" + methodId, duiven);
    String privateDocument = document(deventer, "Deventer intern " + UUID.randomUUID());
    Api.Answer refused =
        api.post(
            "api/meetings/" + id + "/agenda",
            coordinator,
            "{\"title\":\"Wijkscan\",\"kind\":\"THEME\",\"minutes\":45,\"materials\":[\""
                + methodId
                + "\",\""
                + privateDocument
                + "\"]}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(1, errorsOn(refused, "materials[1]"), refused.body());
    Api.Answer badKind =
        api.post(
            "api/meetings/" + id + "/agenda", coordinator, "{\"title\":\"X\",\"kind\":\"FEEST\"}");
    assertEquals(400, badKind.status(), badKind.body());
    assertEquals(1, errorsOn(badKind, "kind"), badKind.body());
    Api.Answer item =
        api.post(
            "api/meetings/" + id + "/agenda",
            facilitator,
            "{\"title\":\"Wijkscan\",\"kind\":\"THEME\",\"minutes\":45,"
                + "\"presenter\":\"Duiven\",\"materials\":[\""
                + methodId
                + "\"]}");
    assertEquals(201, item.status(), item.body());
    JsonObject seen = api.get("api/meetings/" + id, wijchen).json();
    assertEquals(1, seen.getJsonArray("agenda").size(), "the refused items were not saved");
    JsonObject material =
        seen.getJsonArray("agenda").getJsonObject(0).getJsonArray("materials").getJsonObject(0);
    assertEquals(cardName, material.getString("title"));

    // One place: Duiven takes it, Wijchen waits, and moves up when Duiven says no.
    Api.Answer yes =
        api.put("api/meetings/" + id + "/registration", duiven, "{\"answer\":\"YES\"}");
    assertEquals(200, yes.status(), yes.body());
    assertFalse(yes.json().getBoolean("waitlisted"));
    Api.Answer waits =
        api.put("api/meetings/" + id + "/registration", wijchen, "{\"answer\":\"YES\"}");
    assertTrue(waits.json().getBoolean("waitlisted"), waits.body());
    api.put("api/meetings/" + id + "/registration", duiven, "{\"answer\":\"NO\"}");
    JsonObject registrations =
        api.get("api/meetings/" + id, wijchen).json().getJsonObject("registrations");
    assertEquals("YES", registrations.getString("answer"));
    assertFalse(registrations.getBoolean("onWaitingList"), registrations.toString());
    assertEquals(1, registrations.getInt("yes"));
    assertEquals(1, registrations.getInt("no"));
    Api.Answer unknown =
        api.put("api/meetings/" + id + "/registration", wijchen, "{\"answer\":\"SOMS\"}");
    assertEquals(400, unknown.status());
    assertEquals(1, errorsOn(unknown, "answer"), unknown.body());
    assertEquals(
        403,
        api.put("api/meetings/" + id + "/registration", researcher, "{\"answer\":\"YES\"}")
            .status(),
        "researchers read, they do not register");

    // The calendar file: one UID, a higher SEQUENCE after a change.
    Api.Answer ics = api.get("api/meetings/" + id + "/calendar.ics", wijchen);
    assertEquals(200, ics.status(), ics.body());
    assertTrue(ics.header("Content-Type").startsWith("text/calendar"), ics.header("Content-Type"));
    assertTrue(ics.body().contains("UID:" + id + "@leerkring-portal"), ics.body());
    assertTrue(ics.body().contains("SEQUENCE:0"), ics.body());
    long version =
        api.get("api/meetings/" + id, coordinator).json().getJsonNumber("version").longValue();
    String changed =
        meetingJson("Bijeenkomst " + marker, "2025-03-10T13:30", "2025-03-10T17:00", 1)
            .replace("}", ",\"version\":" + version + "}");
    Api.Answer change = api.put("api/meetings/" + id, coordinator, changed);
    assertEquals(200, change.status(), change.body());
    assertEquals(
        409, api.put("api/meetings/" + id, coordinator, changed).status(), "a stale version");
    String after = api.get("api/meetings/" + id + "/calendar.ics", wijchen).body();
    assertTrue(
        after.contains("UID:" + id + "@leerkring-portal") && after.contains("SEQUENCE:1"), after);

    // Held; attendance of participants only.
    Api.Answer held =
        api.put("api/meetings/" + id + "/status", coordinator, "{\"status\":\"HELD\"}");
    assertEquals(200, held.status(), held.body());
    Api.Answer outsiderPresent =
        api.post(
            "api/meetings/" + id + "/attendance",
            coordinator,
            "{\"present\":[\"" + deventerId + "\",\"" + wijchenId + "\"]}");
    assertEquals(400, outsiderPresent.status(), outsiderPresent.body());
    assertEquals(1, errorsOn(outsiderPresent, "present[0]"), outsiderPresent.body());
    Api.Answer present =
        api.post(
            "api/meetings/" + id + "/attendance",
            coordinator,
            "{\"present\":[\"" + duivenId + "\",\"" + wijchenId + "\"]}");
    assertEquals(200, present.status(), present.body());
    assertEquals(2, present.array().size());

    // Minutes: draft (hidden from the researcher), open, final; then read-only.
    String text = "Verslag " + marker + ": de wijkscan werkt in dorpen.";
    Api.Answer draft =
        api.put(
            "api/meetings/" + id + "/minutes",
            coordinator,
            "{\"text\":\"" + text + "\",\"version\":0}");
    assertEquals(200, draft.status(), draft.body());
    assertEquals("DRAFT", draft.json().getString("state"));
    assertEquals(
        409,
        api.put("api/meetings/" + id + "/minutes", facilitator, "{\"text\":\"x\",\"version\":0}")
            .status());
    JsonObject forResearcher = api.get("api/meetings/" + id, researcher).json();
    // JSON-B leaves out what is null: the researcher's answer has no such members at all.
    for (String hidden : List.of("minutes", "registrations", "attendance")) {
      assertFalse(forResearcher.containsKey(hidden), hidden + ": " + forResearcher);
    }
    assertTrue(forResearcher.getJsonArray("agenda").size() == 1, forResearcher.toString());
    Api.Answer open = api.post("api/meetings/" + id + "/minutes/open", coordinator, "{\"days\":7}");
    assertEquals("OPEN", open.json().getString("state"), open.body());
    Api.Answer fin =
        api.post("api/meetings/" + id + "/minutes/final?refresh=true", coordinator, "");
    assertEquals("FINAL", fin.json().getString("state"), fin.body());
    Api.Answer late =
        api.put(
            "api/meetings/" + id + "/minutes", coordinator, "{\"text\":\"Anders\",\"version\":1}");
    assertEquals(409, late.status(), late.body());
    assertEquals(
        text,
        api.get("api/meetings/" + id, researcher)
            .json()
            .getJsonObject("minutes")
            .getString("text"));

    // Final minutes are found by the circle and the researcher, never by Deventer.
    assertEquals(1, api.get("api/search?q=" + marker, researcher).json().getInt("total"));
    assertEquals(1, api.get("api/search?q=" + marker, wijchen).json().getInt("total"));
    assertEquals(0, api.get("api/search?q=" + marker, deventer).json().getInt("total"));

    // An action owned by Wijchen: Wijchen follows it up, Duiven may not, Deventer sees nothing.
    Api.Answer action =
        api.post(
            "api/meetings/" + id + "/actions",
            coordinator,
            "{\"title\":\"Wijkscan delen\",\"owner\":{\"gemeente\":\"wijchen\"},\"due\":\"2025-05-01\"}");
    assertEquals(201, action.status(), action.body());
    String actionId = action.json().getString("id");
    assertTrue(action.header("Location").endsWith("/api/actions/" + actionId));
    long actionVersion = action.json().getJsonNumber("version").longValue();
    String done =
        "{\"status\":\"DONE\",\"note\":\"In de koffer\",\"version\":" + actionVersion + "}";
    assertEquals(403, api.put("api/actions/" + actionId, duiven, done).status());
    assertEquals(404, api.put("api/actions/" + actionId, deventer, done).status());
    Api.Answer dropped =
        api.put(
            "api/actions/" + actionId,
            wijchen,
            "{\"status\":\"DROPPED\",\"version\":" + actionVersion + "}");
    assertEquals(400, dropped.status(), dropped.body());
    assertEquals(1, errorsOn(dropped, "note"), dropped.body());
    Api.Answer followed = api.put("api/actions/" + actionId, wijchen, done);
    assertEquals(200, followed.status(), followed.body());
    assertEquals("DONE", followed.json().getString("status"));

    // The personal calendar feed: a secret link with Wijchen's meetings, renewed and revoked.
    String feedUrl = api.get("api/me/calendar-feed", wijchen).json().getString("url");
    String feedPath = feedUrl.substring(feedUrl.indexOf("api/calendar/"));
    Api.Answer feed = api.get(feedPath, null);
    assertEquals(200, feed.status(), feed.body());
    assertTrue(feed.body().contains("UID:" + id + "@leerkring-portal"), feed.body());
    assertEquals(feedUrl, api.get("api/me/calendar-feed", wijchen).json().getString("url"));
    String deventerFeed = api.get("api/me/calendar-feed", deventer).json().getString("url");
    assertFalse(
        api.get(deventerFeed.substring(deventerFeed.indexOf("api/calendar/")), null)
            .body()
            .contains(id),
        "Deventer's feed holds no meeting of the circle");
    String renewed = api.post("api/me/calendar-feed", wijchen, "").json().getString("url");
    assertEquals(404, api.get(feedPath, null).status(), "the old link stops working");
    String renewedPath = renewed.substring(renewed.indexOf("api/calendar/"));
    assertEquals(200, api.get(renewedPath, null).status());
    assertEquals(204, api.send("DELETE", "api/me/calendar-feed", wijchen).status());
    assertEquals(404, api.get(renewedPath, null).status(), "a revoked link");

    // Closed once the minutes are final; a closed meeting takes no registrations.
    Api.Answer closed =
        api.put("api/meetings/" + id + "/status", coordinator, "{\"status\":\"CLOSED\"}");
    assertEquals(200, closed.status(), closed.body());
    assertEquals(
        409,
        api.put("api/meetings/" + id + "/registration", duiven, "{\"answer\":\"YES\"}").status());
  }

  @Test
  void badMeetingsAreRefusedNamingEveryFieldWithNothingSaved() {
    String title = "Fout " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer bad =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            coordinator,
            "{\"title\":\""
                + title
                + "\",\"start\":\"2026-12-10T17:00\",\"end\":\"2026-12-10T14:00\","
                + "\"host\":\"deventer\",\"capacity\":-1}");
    assertEquals(400, bad.status(), bad.body());
    for (String field : List.of("end", "host", "capacity")) {
      assertEquals(1, errorsOn(bad, field), field + " in " + bad.body());
    }
    assertFalse(api.get("api/circles/leerkring-wdw/meetings", coordinator).body().contains(title));
    Api.Answer noTitle =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            coordinator,
            "{\"start\":\"10 december\",\"end\":\"2026-12-10T14:00\",\"onlineUrl\":\"javascript:x\"}");
    assertEquals(400, noTitle.status(), noTitle.body());
    for (String field : List.of("title", "start", "onlineUrl")) {
      assertEquals(1, errorsOn(noTitle, field), field + " in " + noTitle.body());
    }
  }

  @Test
  void minutesAreCommentedByAttendeesWhileOpenAndEveryVersionStaysReadable() {
    String researcher = api.token("onderzoeker", Api.DEMO_PASSWORD);
    String duivenId = api.get("api/me", duiven).json().getString("id");
    Api.Answer planned =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            coordinator,
            meetingJson("Verslagdag", "2025-04-07T14:00", "2025-04-07T17:00", 10));
    String id = planned.json().getString("id");
    String m = "api/meetings/" + id;

    // The calendar file carries the meeting's Amsterdam time with its VTIMEZONE.
    String ics = api.get(m + "/calendar.ics", duiven).body();
    assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Amsterdam"), ics);
    assertTrue(ics.contains("DTSTART;TZID=Europe/Amsterdam:20250407T140000"), ics);

    // The agenda is reordered and shortened by a planner, and by nobody else.
    String first =
        api.post(m + "/agenda", coordinator, "{\"title\":\"Nieuws\",\"kind\":\"NEWS\"}")
            .json()
            .getString("id");
    String second =
        api.post(m + "/agenda", coordinator, "{\"title\":\"Bezoek\",\"kind\":\"VISIT\"}")
            .json()
            .getString("id");
    assertEquals(403, api.post(m + "/agenda/" + second + "/move", wijchen, "{\"by\":-1}").status());
    Api.Answer badMove = api.post(m + "/agenda/" + second + "/move", coordinator, "{\"by\":5}");
    assertEquals(1, errorsOn(badMove, "by"), badMove.body());
    Api.Answer moved = api.post(m + "/agenda/" + second + "/move", coordinator, "{\"by\":-1}");
    assertEquals(200, moved.status(), moved.body());
    assertEquals(second, moved.array().getJsonObject(0).getString("id"));
    assertEquals(200, api.send("DELETE", m + "/agenda/" + first, coordinator).status());
    assertEquals(404, api.send("DELETE", m + "/agenda/" + first, coordinator).status());
    assertEquals(1, api.get(m, duiven).json().getJsonArray("agenda").size());

    // Held with Duiven there; minutes v1; comments wait until they are opened.
    api.put(m + "/status", coordinator, "{\"status\":\"HELD\"}");
    api.post(m + "/attendance", coordinator, "{\"present\":[\"" + duivenId + "\"]}");
    api.put(m + "/minutes", coordinator, "{\"text\":\"Versie een\",\"version\":0}");
    String comment = "{\"text\":\"Punt 2 ontbreekt\"}";
    assertEquals(409, api.post(m + "/minutes/comments", duiven, comment).status());
    api.post(m + "/minutes/open", coordinator, "{\"days\":7}");
    assertEquals(403, api.post(m + "/minutes/comments", wijchen, comment).status(), "not there");
    assertEquals(403, api.post(m + "/minutes/comments", researcher, comment).status());
    assertEquals(404, api.post(m + "/minutes/comments", deventer, comment).status());
    Api.Answer empty = api.post(m + "/minutes/comments", duiven, "{\"text\":\" \"}");
    assertEquals(1, errorsOn(empty, "text"), empty.body());
    Api.Answer posted = api.post(m + "/minutes/comments", duiven, comment);
    assertEquals(201, posted.status(), posted.body());
    assertEquals(1, posted.json().getInt("version"));
    api.put(m + "/minutes", coordinator, "{\"text\":\"Versie twee\",\"version\":1}");

    JsonObject minutes = api.get(m, wijchen).json().getJsonObject("minutes");
    assertEquals(1, minutes.getJsonArray("comments").size(), minutes.toString());
    assertEquals(2, minutes.getJsonArray("versions").size(), minutes.toString());
    assertEquals(
        "Versie een", api.get(m + "/minutes/versions/1", wijchen).json().getString("text"));
    assertEquals(404, api.get(m + "/minutes/versions/3", wijchen).status());
    assertEquals(404, api.get(m + "/minutes/versions/1", researcher).status());
    assertEquals(404, api.get(m + "/minutes/versions/1", deventer).status());

    // Final: no more comments; the researcher reads the text but never the comments.
    api.post(m + "/minutes/final", coordinator, "");
    assertEquals(409, api.post(m + "/minutes/comments", duiven, comment).status());
    JsonObject forResearcher = api.get(m, researcher).json().getJsonObject("minutes");
    assertEquals("Versie twee", forResearcher.getString("text"));
    assertTrue(forResearcher.getJsonArray("comments").isEmpty(), forResearcher.toString());
  }

  @Test
  void aUseIsEditedAndDeletedByItsGemeenteOnlyAndDeletingWithdrawsIt() {
    String name = "Wijzigbaar " + UUID.randomUUID().toString().substring(0, 8);
    String id =
        api.post("api/methods", duiven, card(name, "praktijk", null, "[\"Open\"]", -1))
            .json()
            .getString("id");
    publish("api/methods/" + id, duiven);
    Api.Answer recorded =
        api.post(
            "api/koffer/" + id + "/uses",
            wijchen,
            "{\"wijk\":\"Wijchen-Oost\",\"from\":\"2025-03-01\",\"whatHappened\":\"Eerst\"}");
    assertEquals(201, recorded.status(), recorded.body());
    String useId = recorded.json().getString("id");
    long version = recorded.json().getJsonNumber("version").longValue();
    String edit =
        "{\"wijk\":\"Wijchen-Noord\",\"from\":\"2025-03-01\",\"until\":\"2025-06-30\","
            + "\"whatHappened\":\"Daarna\",\"rating\":4,\"version\":";

    Api.Answer edited = api.put("api/uses/" + useId, wijchen, edit + version + "}");
    assertEquals(200, edited.status(), edited.body());
    assertEquals("Wijchen-Noord", edited.json().getJsonObject("use").getString("wijk"));
    assertEquals(4, edited.json().getJsonObject("use").getInt("rating"));
    assertEquals(
        409, api.put("api/uses/" + useId, wijchen, edit + version + "}").status(), "stale");
    assertEquals(404, api.put("api/uses/" + useId, duiven, edit + version + "}").status());
    assertEquals(404, api.send("DELETE", "api/uses/" + useId, duiven).status());
    long current = edited.json().getJsonNumber("version").longValue();
    Api.Answer invalid =
        api.put(
            "api/uses/" + useId,
            wijchen,
            "{\"wijk\":\" \",\"from\":\"2025-03-01\",\"until\":\"2025-01-01\","
                + "\"whatHappened\":\"x\",\"rating\":9,\"version\":"
                + current
                + "}");
    assertEquals(400, invalid.status(), invalid.body());
    assertEquals(
        List.of("rating", "until", "wijk"),
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .sorted()
            .toList());

    publish("api/uses/" + useId, wijchen);
    assertEquals(1, api.get("api/koffer/" + id + "/uses", duiven).array().size());
    assertEquals(204, api.send("DELETE", "api/uses/" + useId, wijchen).status());
    assertEquals(404, api.get("api/uses/" + useId, wijchen).status());
    assertEquals(
        0,
        api.get("api/koffer/" + id + "/uses", duiven).array().size(),
        "withdrawn from the koffer with it");
    assertEquals(404, api.send("DELETE", "api/uses/" + useId, wijchen).status());
  }

  // --- F7: the learning agenda, its harvest and a phase synthesis ---

  @Test
  void aLearningQuestionGrowsItsHistoryForEachRoleThroughTheApi() {
    String researcher = api.token("onderzoeker", Api.DEMO_PASSWORD);
    String facilitator = api.token("han", Api.DEMO_PASSWORD);
    String marker = "leervraag" + UUID.randomUUID().toString().substring(0, 8);

    // Raised by a coordinator for Wijchen: 201 with its address.
    Api.Answer raised =
        api.post(
            "api/circles/leerkring-wdw/questions",
            coordinator,
            "{\"text\":\"Wat werkt in "
                + marker
                + "?\",\"phase\":\"REALISE\",\"owner\":\"wijchen\"}");
    assertEquals(201, raised.status(), raised.body());
    String id = raised.json().getString("id");
    assertTrue(raised.header("Location").endsWith("/api/questions/" + id));
    assertEquals("OPEN", raised.json().getString("status"));
    assertEquals("Wijchen", raised.json().getString("owner"));
    assertEquals(
        403,
        api.post(
                "api/circles/leerkring-wdw/questions",
                wijchen,
                "{\"text\":\"Mag ik?\",\"phase\":\"SPECIFY\"}")
            .status(),
        "a member harvests but does not manage questions");
    Api.Answer bad =
        api.post(
            "api/circles/leerkring-wdw/questions",
            coordinator,
            "{\"text\":\" \",\"phase\":\"LATER\",\"owner\":\"deventer\"}");
    assertEquals(400, bad.status(), bad.body());
    for (String field : List.of("text", "phase", "owner")) {
      assertEquals(1, errorsOn(bad, field), field + " in " + bad.body());
    }
    int questions = api.get("api/circles/leerkring-wdw/questions", wijchen).array().size();

    // Deventer, outside the circle, gets 404 on all of it.
    for (String path :
        List.of(
            "api/circles/leerkring-wdw/questions",
            "api/questions/" + id,
            "api/circles/leerkring-wdw/syntheses")) {
      assertEquals(404, api.get(path, deventer).status(), path);
    }
    assertEquals(
        404,
        api.post(
                "api/questions/" + id + "/harvest",
                deventer,
                "{\"kind\":\"INSIGHT\",\"text\":\"x\"}")
            .status());

    // Harvest by members of two gemeenten, at a held meeting and afterwards, citing the koffer;
    // a source the circle cannot read is refused by its place, and nothing is saved.
    String cardName = "Oogstmethode " + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer card =
        api.post("api/methods", duiven, card(cardName, "praktijk", null, "[\"Doen\"]", -1));
    String methodId = card.json().getString("id");
    publish("api/methods/" + methodId, duiven);
    String privateDocument = document(deventer, "Deventer eigen " + UUID.randomUUID());
    String meeting =
        api.post(
                "api/circles/leerkring-wdw/meetings",
                coordinator,
                meetingJson("Oogstbijeenkomst", "2025-04-10T14:00", "2025-04-10T17:00", 30))
            .json()
            .getString("id");
    String future =
        api.post(
                "api/circles/leerkring-wdw/meetings",
                coordinator,
                meetingJson("Later", "2031-04-10T14:00", "2031-04-10T17:00", 30))
            .json()
            .getString("id");
    Api.Answer refused =
        api.post(
            "api/questions/" + id + "/harvest",
            duiven,
            "{\"kind\":\"ANEKDOTE\",\"text\":\"\",\"meeting\":\""
                + future
                + "\",\"sources\":[\""
                + methodId
                + "\",\""
                + privateDocument
                + "\"]}");
    assertEquals(400, refused.status(), refused.body());
    for (String field : List.of("kind", "text", "meeting", "sources[1]")) {
      assertEquals(1, errorsOn(refused, field), field + " in " + refused.body());
    }
    assertEquals(0, api.get("api/questions/" + id, duiven).json().getJsonArray("harvest").size());
    Api.Answer insight =
        api.post(
            "api/questions/" + id + "/harvest",
            duiven,
            "{\"kind\":\"INSIGHT\",\"text\":\"Oogst "
                + marker
                + ": bewoners eerst.\",\"meeting\":\""
                + meeting
                + "\",\"sources\":[\""
                + methodId
                + "\"]}");
    assertEquals(201, insight.status(), insight.body());
    String harvestId = insight.json().getString("id");
    assertTrue(
        insight.header("Location").endsWith("/api/questions/" + id + "/harvest/" + harvestId));
    assertEquals(
        cardName, insight.json().getJsonArray("sources").getJsonObject(0).getString("title"));
    Api.Answer quote =
        api.post(
            "api/questions/" + id + "/harvest?refresh=true",
            wijchen,
            "{\"kind\":\"QUOTE\",\"text\":\"Je moet het samen doen.\"}");
    assertEquals(201, quote.status(), quote.body());
    assertEquals(
        403,
        api.post(
                "api/questions/" + id + "/harvest",
                researcher,
                "{\"kind\":\"QUOTE\",\"text\":\"x\"}")
            .status(),
        "researchers read, they do not harvest");

    // The question now counts the meeting (and is being explored); the researcher reads it all.
    JsonObject read = api.get("api/questions/" + id, researcher).json();
    assertEquals("EXPLORING", read.getString("status"), read.toString());
    assertEquals(meeting, read.getJsonArray("meetings").getJsonObject(0).getString("id"));
    assertEquals(2, read.getJsonArray("harvest").size());
    assertEquals(
        questions, api.get("api/circles/leerkring-wdw/questions", researcher).array().size());

    // Status: managers only, an answer explained, from the version read.
    long version = read.getJsonNumber("version").longValue();
    String answered =
        "{\"status\":\"ANSWERED\",\"explanation\":\"Zie het denkkader\",\"version\":"
            + version
            + "}";
    assertEquals(403, api.put("api/questions/" + id, wijchen, answered).status());
    assertEquals(404, api.put("api/questions/" + id, deventer, answered).status());
    Api.Answer unexplained =
        api.put(
            "api/questions/" + id,
            facilitator,
            "{\"status\":\"ANSWERED\",\"version\":" + version + "}");
    assertEquals(400, unexplained.status(), unexplained.body());
    assertEquals(1, errorsOn(unexplained, "explanation"), unexplained.body());
    Api.Answer done = api.put("api/questions/" + id, facilitator, answered);
    assertEquals(200, done.status(), done.body());
    assertEquals("ANSWERED", done.json().getString("status"));
    assertEquals(409, api.put("api/questions/" + id, facilitator, answered).status(), "stale");

    // The learning history: raised, the meeting, the harvest and the answer, in date order.
    JsonArray history = api.get("api/questions/" + id, wijchen).json().getJsonArray("history");
    List<String> kinds = history.stream().map(e -> e.asJsonObject().getString("kind")).toList();
    assertTrue(
        kinds.containsAll(List.of("RAISED", "MEETING", "HARVEST", "STATUS")), kinds.toString());
    for (int i = 1; i < history.size(); i++) {
      assertTrue(
          history
                  .getJsonObject(i - 1)
                  .getString("at")
                  .compareTo(history.getJsonObject(i).getString("at"))
              <= 0,
          history.toString());
    }
    assertEquals("ANSWERED", history.getJsonObject(history.size() - 1).getString("status"));

    // A denkkader citing the harvest: a draft for its writers, read by all once published.
    Api.Answer written =
        api.post(
            "api/circles/leerkring-wdw/syntheses",
            coordinator,
            "{\"phase\":\"REALISE\",\"title\":\"Denkkader "
                + marker
                + "\",\"text\":\"Eerst bewoners.\","
                + "\"citations\":[\""
                + harvestId
                + "\"]}");
    assertEquals(201, written.status(), written.body());
    String synthesis = written.json().getString("id");
    assertEquals(404, api.get("api/syntheses/" + synthesis, researcher).status(), "a draft");
    Api.Answer early =
        api.post(
            "api/circles/leerkring-wdw/syntheses",
            coordinator,
            "{\"phase\":\"SPECIFY\",\"title\":\"Ambities\",\"text\":\"x\",\"citations\":[\""
                + harvestId
                + "\",\"nope\"]}");
    assertEquals(400, early.status(), early.body());
    assertEquals(1, errorsOn(early, "citations[0]"), "a later phase: " + early.body());
    assertEquals(1, errorsOn(early, "citations[1]"), early.body());
    Api.Answer published =
        api.post(
            "api/syntheses/" + synthesis + "/publish?refresh=true",
            coordinator,
            "{\"version\":" + written.json().getJsonNumber("version") + "}");
    assertEquals(200, published.status(), published.body());
    JsonObject forResearcher = api.get("api/syntheses/" + synthesis, researcher).json();
    assertEquals(
        harvestId, forResearcher.getJsonArray("citations").getJsonObject(0).getString("id"));
    assertEquals(404, api.get("api/syntheses/" + synthesis, deventer).status());

    // Search: the circle and the researcher find the question, both harvest items (each is found
    // by its question's words too) and the synthesis; Deventer nothing.
    assertEquals(4, api.get("api/search?q=" + marker, researcher).json().getInt("total"));
    assertEquals(4, api.get("api/search?q=" + marker, wijchen).json().getInt("total"));
    assertEquals(0, api.get("api/search?q=" + marker, deventer).json().getInt("total"));
  }

  @Test
  void aPublishedSynthesisIsInTheCircleCatalogForItsReadersOnly() {
    String marker = "catalogus" + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer written =
        api.post(
            "api/circles/leerkring-wdw/syntheses",
            coordinator,
            "{\"phase\":\"REFLECT\",\"title\":\"Borgingsplan "
                + marker
                + "\",\"text\":\"Wat blijft na 2026.\"}");
    assertEquals(201, written.status(), written.body());
    String id = written.json().getString("id");
    String listing = "api/circles/leerkring-wdw/catalog?q=" + marker;
    assertEquals(0, api.get(listing, wijchen).array().size(), "a draft is not in the catalog");

    assertEquals(
        200,
        api.post(
                "api/syntheses/" + id + "/publish",
                coordinator,
                "{\"version\":" + written.json().getJsonNumber("version") + "}")
            .status());
    // Like any published item: found by its words and by its kind, owned by the circle.
    for (String path : List.of(listing, listing + "&kind=synthesis")) {
      JsonArray items = api.get(path, wijchen).array();
      assertEquals(1, items.size(), path + ": " + items);
      JsonObject row = items.getJsonObject(0);
      assertEquals(id, row.getString("id"));
      assertEquals("synthesis", row.getString("kind"));
      assertEquals("Borgingsplan " + marker, row.getString("title"));
      assertFalse(row.containsKey("ownerTenant") && !row.isNull("ownerTenant"), row.toString());
    }
    assertEquals(0, api.get(listing + "&kind=document", wijchen).array().size());
    String page = api.get("app/catalog.xhtml?circle=leerkring-wdw&q=" + marker, wijchen).body();
    assertTrue(page.contains("synthesis.xhtml?id=" + id), "the catalog page links its page");
    assertEquals(404, api.get(listing, deventer).status(), "outside the circle: no catalog");
  }

  @Test
  void harvestIsEditedAndRemovedByItsAuthorOrAPlannerAndTheHistoryKeepsThat() {
    String facilitator = token("han");
    String researcher = token("onderzoeker");
    String id =
        api.post(
                "api/circles/leerkring-wdw/questions",
                coordinator,
                "{\"text\":\"Wat houden we vast?\",\"phase\":\"REFLECT\"}")
            .json()
            .getString("id");
    String base = "api/questions/" + id + "/harvest/";
    JsonObject first =
        api.post(
                "api/questions/" + id + "/harvest",
                duiven,
                "{\"kind\":\"INSIGHT\",\"text\":\"Eerst\"}")
            .json();
    String mine = first.getString("id");
    long version = first.getJsonNumber("version").longValue();
    String cited =
        api.post(
                "api/questions/" + id + "/harvest",
                duiven,
                "{\"kind\":\"QUOTE\",\"text\":\"Blijft\"}")
            .json()
            .getString("id");
    String edit = "{\"kind\":\"STORY\",\"text\":\"Anders verteld\",\"version\":" + version + "}";

    // Another gemeente's member and the researcher may not; outside the circle it is not there.
    assertEquals(403, api.put(base + mine, wijchen, edit).status());
    assertEquals(403, api.send("DELETE", base + mine, researcher).status());
    assertEquals(404, api.put(base + mine, deventer, edit).status());
    assertEquals(404, api.send("DELETE", base + "onbekend", duiven).status());
    Api.Answer bad = api.put(base + mine, duiven, "{\"kind\":\"GEDICHT\",\"text\":\" \"}");
    assertEquals(400, bad.status(), bad.body());
    for (String field : List.of("kind", "text", "version")) {
      assertEquals(1, errorsOn(bad, field), field + " in " + bad.body());
    }

    // The author edits from the version read; a stale version is a 409.
    Api.Answer edited = api.put(base + mine, duiven, edit);
    assertEquals(200, edited.status(), edited.body());
    assertEquals("Anders verteld", edited.json().getString("text"));
    assertEquals(version + 1, edited.json().getJsonNumber("version").longValue());
    assertEquals(409, api.put(base + mine, duiven, edit).status(), "stale");

    // Cited by a synthesis it cannot be removed; a planner removes the other.
    assertEquals(
        201,
        api.post(
                "api/circles/leerkring-wdw/syntheses",
                coordinator,
                "{\"phase\":\"REFLECT\",\"title\":\"Borging\",\"text\":\"x\",\"citations\":[\""
                    + cited
                    + "\"]}")
            .status());
    assertEquals(409, api.send("DELETE", base + cited, duiven).status());
    assertEquals(204, api.send("DELETE", base + mine, facilitator).status());
    assertEquals(404, api.get(base + mine, duiven).status());

    // The history says what happened to the removed item, not what it said.
    JsonObject question = api.get("api/questions/" + id, researcher).json();
    List<String> kinds =
        question.getJsonArray("history").stream()
            .map(e -> e.asJsonObject().getString("kind"))
            .toList();
    assertTrue(kinds.containsAll(List.of("EDITED", "REMOVED")), kinds.toString());
    assertEquals(1, question.getJsonArray("harvest").size());
    assertFalse(question.toString().contains("Anders verteld"), question.toString());
  }

  @Test
  void whoMovesUpFromTheWaitingListIsToldAndAnsweringEndsTheToDo() {
    String title = "Wachtlijst " + UUID.randomUUID().toString().substring(0, 8);
    String id =
        api.post(
                "api/circles/leerkring-wdw/meetings",
                coordinator,
                meetingJson(title, "2031-05-10T14:00", "2031-05-10T17:00", 1))
            .json()
            .getString("id");
    String registration = "api/meetings/" + id + "/registration";
    assertEquals(200, api.put(registration, duiven, "{\"answer\":\"YES\"}").status());
    Api.Answer waiting = api.put(registration, wijchen, "{\"answer\":\"YES\"}");
    assertTrue(waiting.json().getBoolean("waitlisted"), waiting.body());

    assertEquals(200, api.put(registration, duiven, "{\"answer\":\"NO\"}").status());
    assertTrue(eventually(() -> inboxKinds(wijchen, title).contains("REGISTRATION_CONFIRMED")));
    assertTrue(todoKinds(wijchen, title).contains("REGISTRATION_CONFIRMED"));
    assertEquals(
        0, inboxKinds(duiven, title).stream().filter("REGISTRATION_CONFIRMED"::equals).count());
    assertEquals(
        0,
        inboxKinds(coordinator, title).stream().filter("REGISTRATION_CONFIRMED"::equals).count());

    // Confirming (or sending regrets) settles the to-do.
    assertEquals(200, api.put(registration, wijchen, "{\"answer\":\"YES\"}").status());
    assertTrue(eventually(() -> !todoKinds(wijchen, title).contains("REGISTRATION_CONFIRMED")));
  }

  /** Whether {@code done} holds within 40 s: signals reach inboxes after the change commits. */
  private static boolean eventually(java.util.function.BooleanSupplier done) {
    long until = System.nanoTime() + 40_000_000_000L;
    while (System.nanoTime() < until) {
      if (done.getAsBoolean()) {
        return true;
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    return false;
  }

  private List<String> inboxKinds(String token, String title) {
    return api
        .get("api/me/inbox", token)
        .json()
        .getJsonArray("items")
        .getValuesAs(JsonObject.class)
        .stream()
        .filter(i -> title.equals(i.getString("title", null)))
        .map(i -> i.getString("kind"))
        .toList();
  }

  private List<String> todoKinds(String token, String title) {
    return api.get("api/me/todos", token).array().getValuesAs(JsonObject.class).stream()
        .filter(t -> title.equals(t.getString("title", null)))
        .map(t -> t.getString("kind"))
        .toList();
  }

  @Test
  void aSharedProgrammeActionIsCitedOnlyByItsGemeenteAndAWithdrawnOneLosesItsText() {
    String researcher = token("onderzoeker");
    String title = "Buurtkamer " + UUID.randomUUID().toString().substring(0, 8);
    String[] duivens = api.programmeWithAction(duiven, title);
    String[] wijchens = api.programmeWithAction(wijchen, "Eigen actie van Wijchen");
    String shares = duivens[0] + "/actions/" + duivens[1] + "/shares";
    String unknown = duivens[0] + "/actions/" + UUID.randomUUID() + "/shares";

    // The gemeente's circles, none shared yet; another gemeente's action looks missing.
    JsonArray circles = api.get(shares, duiven).array();
    assertTrue(
        circles.stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                c -> c.getString("circle").equals("leerkring-wdw") && !c.getBoolean("shared")),
        circles.toString());
    Api.Answer othersAction = api.put(shares + "/leerkring-wdw", wijchen, "");
    Api.Answer noAction = api.put(unknown + "/leerkring-wdw", wijchen, "");
    assertEquals(404, othersAction.status());
    assertEquals(noAction.status(), othersAction.status());
    assertEquals(noAction.body(), othersAction.body(), "another gemeente's action is not there");
    assertEquals(404, api.put(shares + "/onbekend", duiven, "").status(), "not Duiven's circle");
    Api.Answer shared = api.put(shares + "/leerkring-wdw", duiven, "");
    assertEquals(200, shared.status(), shared.body());
    assertTrue(shared.json().getBoolean("shared"));

    // Duiven's members cite it; Wijchen cannot, nor its own unshared action: as an unknown id.
    String id =
        api.post(
                "api/circles/leerkring-wdw/questions",
                coordinator,
                "{\"text\":\"Wat doen de gemeenten zelf?\",\"phase\":\"REALISE\"}")
            .json()
            .getString("id");
    String harvest = "api/questions/" + id + "/harvest";
    Api.Answer cited =
        api.post(
            harvest,
            duiven,
            "{\"kind\":\"STORY\",\"text\":\"Zo ging het\",\"sources\":[\"" + duivens[1] + "\"]}");
    assertEquals(201, cited.status(), cited.body());
    for (String notCitable : List.of(duivens[1], wijchens[1], UUID.randomUUID().toString())) {
      Api.Answer refused =
          api.post(
              harvest,
              wijchen,
              "{\"kind\":\"INSIGHT\",\"text\":\"x\",\"sources\":[\"" + notCitable + "\"]}");
      assertEquals(400, refused.status(), refused.body());
      assertEquals(1, errorsOn(refused, "sources[0]"), refused.body());
      assertEquals(
          "LearningCode.SOURCE_UNREADABLE",
          refused.json().getJsonArray("errors").getJsonObject(0).getString("code"));
    }
    assertEquals(
        1, api.get("api/questions/" + id, coordinator).json().getJsonArray("harvest").size());

    // Every reader of the circle sees its title and status, nothing more; outsiders nothing.
    JsonObject source =
        api.get("api/questions/" + id, researcher)
            .json()
            .getJsonArray("harvest")
            .getJsonObject(0)
            .getJsonArray("sources")
            .getJsonObject(0);
    assertEquals("action", source.getString("kind"));
    assertEquals(title, source.getString("title"));
    assertEquals("started", source.getString("status"));
    assertEquals("Duiven", source.getString("owner"));
    assertFalse(source.getBoolean("withdrawn"));
    assertTrue(api.get("app/question.xhtml?id=" + id, wijchen).body().contains(title));
    assertEquals(404, api.get("api/questions/" + id, deventer).status());
    String page =
        api.get(
                "app/programme.xhtml?id=" + duivens[0].substring(15) + "&shareAction=" + duivens[1],
                duiven)
            .body();
    assertTrue(page.contains("id=\"sh-circles\"") && page.contains("checked"), "the share form");

    // Withdrawn: the citation stays, saying so, without the action's text; no new citations.
    assertEquals(204, api.send("DELETE", shares + "/leerkring-wdw", duiven).status());
    String read = api.get("api/questions/" + id, researcher).body();
    assertTrue(read.contains("\"withdrawn\":true"), read);
    assertFalse(read.contains(title), read);
    assertTrue(
        api.get("app/question.xhtml?id=" + id, wijchen).body().contains("niet meer gedeeld"));
    assertEquals(
        400,
        api.post(
                harvest,
                duiven,
                "{\"kind\":\"QUOTE\",\"text\":\"y\",\"sources\":[\"" + duivens[1] + "\"]}")
            .status());
  }

  @Test
  void everyVersionOfASynthesisIsReadByItsWritersAndThoseUpToThePublishedOneByItsReaders() {
    String researcher = token("onderzoeker");
    Api.Answer first =
        api.post(
            "api/circles/leerkring-wdw/syntheses",
            coordinator,
            "{\"phase\":\"REFLECT\",\"title\":\"Borgingsplan\",\"text\":\"Eerste tekst\"}");
    assertEquals(201, first.status(), first.body());
    String base = "api/syntheses/" + first.json().getString("id");
    assertEquals(404, api.get(base + "/versions/1", researcher).status(), "a draft");
    JsonObject second =
        api.put(
                base,
                coordinator,
                "{\"title\":\"Borgingsplan\",\"text\":\"Tweede tekst\",\"version\":"
                    + first.json().getJsonNumber("version")
                    + "}")
            .json();
    JsonObject published =
        api.post(
                base + "/publish",
                coordinator,
                "{\"version\":" + second.getJsonNumber("version") + "}")
            .json();
    Api.Answer third =
        api.put(
            base,
            coordinator,
            "{\"title\":\"Borgingsplan\",\"text\":\"Derde tekst\",\"version\":"
                + published.getJsonNumber("version")
                + "}");
    assertEquals(200, third.status(), third.body());

    assertEquals(3, api.get(base + "/versions", coordinator).array().size());
    assertEquals(
        List.of(1, 2),
        api.get(base + "/versions", researcher).array().stream()
            .map(v -> v.asJsonObject().getInt("number"))
            .toList());
    JsonObject old = api.get(base + "/versions/1", wijchen).json();
    assertEquals("Eerste tekst", old.getString("text"));
    assertFalse(old.getBoolean("published"));
    assertTrue(api.get(base + "/versions/2", researcher).json().getBoolean("published"));
    assertEquals(404, api.get(base + "/versions/3", researcher).status(), "the writers' next");
    assertEquals(
        "Derde tekst", api.get(base + "/versions/3", coordinator).json().getString("text"));
    assertEquals(404, api.get(base + "/versions/9", coordinator).status());
    assertEquals(404, api.get(base + "/versions", deventer).status());
    assertEquals(404, api.get(base + "/versions/1", deventer).status());
    String page =
        api.get("app/synthesis.xhtml?id=" + base.substring(14) + "&version=1", researcher).body();
    assertTrue(page.contains("Eerste tekst") && page.contains("open-version-2"), page);
    assertFalse(page.contains("open-version-3"), "the writers' next version is not listed");
  }

  @Test
  void theAttendanceFormListsEveryParticipantWhetherTheyAnsweredOrNot() {
    Api.Answer meeting =
        api.post(
            "api/circles/leerkring-wdw/meetings",
            coordinator,
            "{\"title\":\"Aanwezigheid\",\"start\":\"2025-03-03T14:00\","
                + "\"end\":\"2025-03-03T16:00\",\"host\":\"wijchen\"}");
    assertEquals(201, meeting.status(), meeting.body());
    String id = meeting.json().getString("id");
    assertEquals(
        200,
        api.put("api/meetings/" + id + "/registration", duiven, "{\"answer\":\"NO\"}").status());
    assertEquals(
        200,
        api.put("api/meetings/" + id + "/status", coordinator, "{\"status\":\"HELD\"}").status());

    String form = api.get("app/meeting.xhtml?id=" + id, coordinator).body();
    for (String who : List.of(duiven, wijchen, token("han"))) {
      String name = api.get("api/me", who).json().getString("displayName");
      String account = api.get("api/me", who).json().getString("id");
      assertTrue(form.contains("value=\"" + account + "\""), name + " can be ticked");
    }
    String outsider = api.get("api/me", deventer).json().getString("id");
    assertFalse(form.contains(outsider), "not of the circle");
    assertFalse(
        api.get("app/meeting.xhtml?id=" + id, wijchen).body().contains("attendance-form"),
        "planners only");
  }
}
