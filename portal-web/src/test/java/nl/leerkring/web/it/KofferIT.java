package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The koffer over HTTP: a card drafted, versioned and published through F2's moderation, used in
 * another gemeente, ranked by "which method fits?", commented and moderated; and the isolation of
 * drafts, uses and comments from every viewer who may not see them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KofferIT {

  private static final String CIRCLE = "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  private Api api;
  private String duiven;
  private String wijchen;
  private String deventer;
  private String coordinator;

  @BeforeEach
  void client() {
    api = new Api(base);
    duiven = api.token("duiven.lid", Api.DEMO_PASSWORD);
    wijchen = api.token("wijchen.lid", Api.DEMO_PASSWORD);
    deventer = api.token("deventer.lid", Api.DEMO_PASSWORD);
    coordinator = api.token("coordinator", Api.DEMO_PASSWORD);
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
    String admin = api.token("admin", Api.ADMIN_PASSWORD);
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
    assertTrue(elsewhere.body().contains("not published"), elsewhere.body());
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
}
