package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Case documents over HTTP in the deployed portal: upload with extraction, versions, annexes,
 * downloads, bad files, and the isolation of a tenant's documents from every other viewer.
 */
class DocumentsIT extends DeployedPortal {

  private String duiven;

  @BeforeEach
  void client() {
    duiven = token("duiven.lid");
  }

  private static String metadata(String title) {
    return "{\"title\":\""
        + title
        + "\",\"type\":\"nota-bw\",\"date\":\"2025-03-01\",\"number\":\"2025-229\","
        + "\"programme\":\"Blijfwijk\",\"themes\":[\"Gezondheid\",\"wonen\"],\"tags\":[\"leerkring\"],"
        + "\"wijken\":[\"Duiven-Zuid\"],\"summary\":\"<script>alert(1)</script> samenvatting\"}";
  }

  private Api.Answer upload(
      String token, String title, String fileName, String type, byte[] bytes) {
    return api.multipart(
        "POST",
        "api/documents",
        token,
        Api.Part.json("metadata", metadata(title)),
        Api.Part.file(fileName, type, bytes));
  }

  /** A small text document with this title and text; its id. */
  private String note(String token, String title, String text) {
    return upload(token, title, "nota.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8))
        .json()
        .getString("id");
  }

  /** A word no other test uses, to find this test's items among all the others. */
  private static String marker(String prefix) {
    return prefix + UUID.randomUUID().toString().replace("-", "");
  }

  private static byte[] sample() throws Exception {
    return Files.readAllBytes(
        Path.of(System.getProperty("samples.dir", "../proof/samples"), "blijfwijk-nota.txt"));
  }

  @Test
  void memberUploadsReadsVersionsAndAnnexes() throws Exception {
    String title = "Blijfwijk " + UUID.randomUUID();
    Api.Answer created = upload(duiven, title, "raadsvoorstel.txt", "text/plain", sample());
    assertEquals(201, created.status(), created.body());
    JsonObject doc = created.json();
    String id = doc.getString("id");
    assertTrue(created.header("Location").endsWith("/api/documents/" + id));
    assertEquals("PRIVATE", doc.getString("status"));
    assertEquals("nota-bw", doc.getString("type"));
    assertEquals(
        List.of("gezondheid", "wonen"),
        doc.getJsonArray("themes").getValuesAs(jakarta.json.JsonString.class).stream()
            .map(jakarta.json.JsonString::getString)
            .toList());
    assertTrue(doc.getJsonObject("file").getInt("characters") > 1000);

    Api.Answer text = api.get("api/documents/" + id + "/text", duiven);
    assertEquals(200, text.status());
    assertTrue(text.body().contains("Blijfwijk"), "extracted text");

    Api.Answer original = api.get("api/documents/" + id + "/file", duiven);
    assertEquals(200, original.status());
    assertTrue(original.header("Content-Disposition").startsWith("attachment"));
    assertEquals("nosniff", original.header("X-Content-Type-Options"));
    assertEquals(new String(sample(), StandardCharsets.UTF_8), original.body());

    Api.Answer version =
        api.multipart(
            "PUT",
            "api/documents/" + id + "/file",
            duiven,
            Api.Part.file(
                "raadsvoorstel-v2.txt",
                "text/plain",
                "Tweede versie van de nota.".getBytes(StandardCharsets.UTF_8)));
    assertEquals(200, version.status(), version.body());
    assertEquals(2, version.json().getInt("version"));
    assertEquals(1, version.json().getJsonArray("earlierVersions").size());
    String firstVersion =
        version.json().getJsonArray("earlierVersions").getJsonObject(0).getString("id");
    assertTrue(api.get("api/documents/" + id + "/text", duiven).body().contains("Tweede versie"));
    assertEquals(
        new String(sample(), StandardCharsets.UTF_8),
        api.get("api/documents/" + id + "/files/" + firstVersion, duiven).body(),
        "earlier versions stay downloadable");

    Api.Answer annex =
        api.multipart(
            "POST",
            "api/documents/" + id + "/annexes",
            duiven,
            new Api.Part("title", null, "text/plain", "Begroting".getBytes(StandardCharsets.UTF_8)),
            Api.Part.file(
                "begroting.html",
                "text/html",
                "<html><body><p>Begroting 2025</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, annex.status(), annex.body());
    JsonObject annexFile = annex.json().getJsonArray("annexes").getJsonObject(0);
    assertEquals("Begroting", annexFile.getString("title"));
    assertEquals(1, annexFile.getInt("annexNo"));
    Api.Answer html =
        api.get("api/documents/" + id + "/files/" + annexFile.getString("id"), duiven);
    assertTrue(
        html.header("Content-Disposition").startsWith("attachment"), "HTML is never served inline");
    assertTrue(html.header("Content-Security-Policy").contains("sandbox"));

    Api.Answer listed = api.get("api/documents?type=nota-bw&theme=gezondheid&year=2025", duiven);
    assertTrue(listed.body().contains(title), listed.body());
    assertFalse(api.get("api/documents?year=2019", duiven).body().contains(title));

    String audit = api.get("api/admin/audit?limit=20", token("admin")).body();
    assertTrue(audit.contains("document.uploaded") && audit.contains("document.annex-added"));
  }

  @Test
  void badFilesAndMetadataAreRefusedAndNothingIsStored() throws Exception {
    String title = "Fout " + UUID.randomUUID();
    assertEquals(
        400, upload(duiven, title, "leeg.txt", "text/plain", new byte[0]).status(), "empty");
    byte[] elf = new byte[2048];
    elf[0] = 0x7f;
    elf[1] = 'E';
    elf[2] = 'L';
    elf[3] = 'F';
    Api.Answer binary = upload(duiven, title, "programma.pdf", "application/pdf", elf);
    assertEquals(415, binary.status(), binary.body());
    Api.Answer mislabelled = upload(duiven, title, "nota.pdf", "application/pdf", sample());
    assertEquals(415, mislabelled.status(), mislabelled.body());
    assertTrue(mislabelled.contentType().startsWith("application/problem+json"));

    Api.Answer noFile =
        api.multipart("POST", "api/documents", duiven, Api.Part.json("metadata", metadata(title)));
    assertEquals(400, noFile.status());
    Api.Answer badMetadata =
        api.newDocument(
            duiven, "{\"title\": \"x\", \"type\": \"nota-bw\", \"date\": \"gisteren\"}");
    assertEquals(400, badMetadata.status(), badMetadata.body());
    Api.Answer badType = api.newDocument(duiven, "{\"title\": \"x\", \"type\": \"roman\"}");
    assertEquals(400, badType.status());
    for (String hostileName :
        List.of(
            "../etc/passwd.txt", "../../etc/passwd", "nota\u0007.txt", "rapport\u202etxt.exe")) {
      Api.Answer refusedName =
          upload(
              duiven,
              title + " pad",
              hostileName,
              "text/plain",
              "inhoud".getBytes(StandardCharsets.UTF_8));
      assertEquals(400, refusedName.status(), hostileName + ": " + refusedName.body());
      assertTrue(refusedName.body().contains("andere naam"), refusedName.body());
    }
    Api.Answer withFolders =
        upload(
            duiven,
            title + " mappen",
            "Documenten/Leerkring/nota.txt",
            "text/plain",
            "inhoud".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, withFolders.status(), withFolders.body());
    assertEquals("nota.txt", withFolders.json().getJsonObject("file").getString("fileName"));
    // A Dutch name with accents and a dash, sent as browsers send it (raw UTF-8), arrives whole.
    Api.Answer dutch =
        upload(
            duiven,
            title + " accenten",
            "Evaluatie één – wijk Oost.txt",
            "text/plain",
            "inhoud".getBytes(StandardCharsets.UTF_8));
    assertEquals(201, dutch.status(), dutch.body());
    assertEquals(
        "Evaluatie één – wijk Oost.txt", dutch.json().getJsonObject("file").getString("fileName"));

    String list = api.get("api/documents", duiven).body();
    assertFalse(list.contains("\"" + title + "\""), "no refused upload was stored");
    assertFalse(list.contains("\"" + title + " pad\""), "no upload with a hostile name was stored");
    assertEquals(404, api.get("api/documents/" + UUID.randomUUID(), duiven).status());
  }

  @Test
  void otherTenantsAndOutsidersCannotReachADocument() throws Exception {
    String marker = marker("geheim");
    Api.Answer created =
        upload(
            duiven,
            marker,
            marker + ".txt",
            "text/plain",
            (marker + " vertrouwelijk").getBytes(StandardCharsets.UTF_8));
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    String fileId = created.json().getJsonObject("file").getString("id");
    List<String> paths =
        List.of(
            "api/documents",
            "api/documents/" + id,
            "api/documents/" + id + "/file",
            "api/documents/" + id + "/text",
            "api/documents/" + id + "/files/" + fileId,
            "api/documents?q=" + marker);
    assertTrue(
        api.get("api/documents/" + id + "/text", duiven).body().contains(marker), "owner reads it");
    int probes = 0;
    for (String reader :
        List.of("wijchen.lid", "deventer.beheer", "han", "onderzoeker", "coordinator", "admin")) {
      String token = token(reader);
      for (String path : paths) {
        Api.Answer answer = api.get(path, token);
        probes++;
        assertFalse(answer.body().contains(marker), "leak to " + reader + " via " + path);
        assertTrue(
            answer.status() == 200 || answer.status() == 403 || answer.status() == 404,
            reader + " " + path + " answered " + answer.status());
        if (path.startsWith("api/documents/")) {
          assertEquals(404, answer.status(), reader + " " + path + " must look missing");
        }
      }
      Api.Answer write =
          api.multipart(
              "PUT",
              "api/documents/" + id + "/file",
              token,
              Api.Part.file(
                  "overname.txt", "text/plain", "overgenomen".getBytes(StandardCharsets.UTF_8)));
      assertTrue(
          write.status() == 404 || write.status() == 403,
          reader + " replaced a file: " + write.status());
    }
    assertEquals(36, probes);
    assertEquals(
        1, api.get("api/documents/" + id, duiven).json().getInt("version"), "nothing changed");
    assertEquals(401, api.get("api/documents/" + id, null).status());
  }

  @Test
  void submitModerateApprovePublishAndWithdraw() throws Exception {
    String marker = marker("Gedeeld");
    String id = note(duiven, marker, marker + " voor de leerkring");
    Api.Answer annex =
        api.multipart(
            "POST",
            "api/documents/" + id + "/annexes",
            duiven,
            Api.Part.file(
                "geheime-bijlage.txt",
                "text/plain",
                ("bijlage " + marker).getBytes(StandardCharsets.UTF_8)));
    String annexId = annex.json().getJsonArray("annexes").getJsonObject(0).getString("id");

    Api.Answer submitted =
        api.post(
            "api/documents/" + id + "/publications",
            duiven,
            "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\",\"excludeAnnexes\":[\""
                + annexId
                + "\"]}");
    assertEquals(201, submitted.status(), submitted.body());
    String pub = submitted.json().getString("id");
    assertEquals("SUBMITTED", submitted.json().getString("status"));
    assertEquals("SUBMITTED", api.get("api/documents/" + id, duiven).json().getString("status"));
    assertEquals(
        409,
        api.post(
                "api/documents/" + id + "/publications",
                duiven,
                "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}")
            .status(),
        "one open submission per circle");

    String wijchen = token("wijchen.lid");
    String coordinator = token("coordinator");
    assertEquals(404, api.get("api/catalog/" + pub, wijchen).status(), "not published yet");
    assertFalse(api.get("api/circles/leerkring-wdw/catalog", wijchen).body().contains(marker));
    assertTrue(
        api.get("api/circles/leerkring-wdw/moderation", coordinator).body().contains(marker));
    assertEquals(403, api.get("api/circles/leerkring-wdw/moderation", wijchen).status());
    assertEquals(
        200,
        api.get("api/catalog/" + pub, coordinator).status(),
        "the coordinator opens the submission");

    assertEquals(
        403,
        api.post("api/publications/" + pub + "/approve", duiven, "").status(),
        "no self-approval");
    assertEquals(404, api.post("api/publications/" + pub + "/approve", wijchen, "").status());
    Api.Answer approved = api.post("api/publications/" + pub + "/approve", coordinator, "");
    assertEquals(200, approved.status(), approved.body());
    assertEquals("PUBLISHED", approved.json().getString("status"));
    assertEquals(
        409,
        api.post("api/publications/" + pub + "/approve", coordinator, "").status(),
        "approving twice");
    assertEquals("PUBLISHED", api.get("api/documents/" + id, duiven).json().getString("status"));

    for (String reader :
        List.of("wijchen.lid", "han", "spectrum", "onderzoeker", "beuningen.beheer")) {
      String token = api.token(reader, Api.DEMO_PASSWORD);
      assertTrue(
          api.get("api/circles/leerkring-wdw/catalog", token).body().contains(marker), reader);
      Api.Answer file = api.get("api/catalog/" + pub + "/file", token);
      assertEquals(200, file.status(), reader);
      assertTrue(file.body().contains(marker));
      assertEquals(
          404,
          api.get("api/catalog/" + pub + "/annexes/1/file", token).status(),
          "excluded annex, " + reader);
    }
    String deventer = token("deventer.lid");
    assertEquals(404, api.get("api/catalog/" + pub, deventer).status(), "outside the circle");
    assertEquals(404, api.get("api/catalog/" + pub + "/file", deventer).status());
    assertEquals(404, api.get("api/circles/leerkring-wdw/catalog", deventer).status());

    assertEquals(
        404,
        api.send("DELETE", "api/publications/" + pub, wijchen).status(),
        "only the owner withdraws");
    assertEquals(204, api.send("DELETE", "api/publications/" + pub, duiven).status());
    assertEquals(404, api.get("api/catalog/" + pub, wijchen).status(), "withdrawn");
    assertFalse(api.get("api/circles/leerkring-wdw/catalog", wijchen).body().contains(marker));
  }

  @Test
  void returnedWithAReasonAndRefusedOutsideTheCircle() throws Exception {
    String title = "Terug " + UUID.randomUUID();
    String id = note(duiven, title, "tekst");
    String pub = api.submit(duiven, "api/documents/" + id, "PUBLIC");
    String coordinator = token("coordinator");
    assertEquals(
        400,
        api.post("api/publications/" + pub + "/return", coordinator, "{\"reason\":\" \"}")
            .status());
    Api.Answer returned =
        api.post(
            "api/publications/" + pub + "/return",
            coordinator,
            "{\"reason\":\"Graag de bijlagen anonimiseren.\"}");
    assertEquals("RETURNED", returned.json().getString("status"));
    JsonObject document = api.get("api/documents/" + id, duiven).json();
    assertEquals("RETURNED", document.getString("status"));
    assertEquals(
        "Graag de bijlagen anonimiseren.",
        document.getJsonArray("publications").getJsonObject(0).getString("reason"));

    String deventer = token("deventer.lid");
    String theirs = note(deventer, title, "tekst");
    Api.Answer outside =
        api.post(
            "api/documents/" + theirs + "/publications",
            deventer,
            "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(403, outside.status(), outside.body());
    assertEquals(
        404,
        api.post(
                "api/documents/" + theirs + "/publications",
                deventer,
                "{\"scope\":\"CIRCLE\",\"circle\":\"bestaat-niet\"}")
            .status());
    assertEquals(
        400,
        api.post(
                "api/documents/" + theirs + "/publications",
                deventer,
                "{\"scope\":\"IEDEREEN\",\"circle\":\"leerkring-wdw\"}")
            .status());
  }

  @Test
  void readersReportCoordinatorsHideAndRestore() throws Exception {
    String marker = marker("Melding");
    String id = note(duiven, marker, marker);
    String pub = api.submit(duiven, "api/documents/" + id, "CIRCLE");
    String coordinator = token("coordinator");
    String wijchen = token("wijchen.lid");
    assertEquals(
        404,
        api.post("api/catalog/" + pub + "/reports", wijchen, "{\"reason\":\"te vroeg\"}").status(),
        "nothing to report before publication");
    api.post("api/publications/" + pub + "/approve", coordinator, "");

    assertEquals(
        400, api.post("api/catalog/" + pub + "/reports", wijchen, "{\"reason\":\"\"}").status());
    Api.Answer reported =
        api.post(
            "api/catalog/" + pub + "/reports",
            wijchen,
            "{\"reason\":\"Bevat namen van bewoners <b>!</b>\"}");
    assertEquals(201, reported.status(), reported.body());
    assertTrue(
        api.get("api/circles/leerkring-wdw/reports", coordinator)
            .body()
            .contains("namen van bewoners"));
    assertEquals(403, api.get("api/circles/leerkring-wdw/reports", wijchen).status());

    // A coordinator marks the report handled: it leaves the open list, stays under a filter.
    JsonObject open =
        api
            .get("api/circles/leerkring-wdw/reports?q=" + "namen%20van%20bewoners", coordinator)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("publicationId").equals(pub))
            .findFirst()
            .orElseThrow();
    assertEquals("OPEN", open.getString("state"));
    assertEquals("document", open.getString("kind"));
    String reportId = open.getString("id");
    String handled = "api/publications/" + pub + "/reports/" + reportId + "/handled";
    assertEquals(404, api.post(handled, wijchen, "").status(), "readers do not handle reports");
    assertEquals(
        404,
        api.post(
                "api/publications/" + pub + "/reports/" + UUID.randomUUID() + "/handled",
                coordinator,
                "")
            .status(),
        "an unknown report");
    assertEquals(204, api.post(handled, coordinator, "").status());
    assertEquals(204, api.post(handled, coordinator, "").status(), "handling twice is harmless");
    assertFalse(
        api.get("api/circles/leerkring-wdw/reports", coordinator).body().contains(reportId),
        "a handled report leaves the open list");
    JsonObject done =
        api
            .get("api/circles/leerkring-wdw/reports?state=handled", coordinator)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(r -> r.getString("id").equals(reportId))
            .findFirst()
            .orElseThrow();
    assertEquals("HANDLED", done.getString("state"));
    assertEquals("coordinator", done.getString("handledBy"));
    assertTrue(done.containsKey("handledAt"), done.toString());
    assertTrue(
        api.get("api/circles/leerkring-wdw/reports?state=all", coordinator)
            .body()
            .contains(reportId));
    Api.Answer badState = api.get("api/circles/leerkring-wdw/reports?state=weg", coordinator);
    assertEquals(400, badState.status(), badState.body());
    assertTrue(badState.body().contains("\"field\":\"state\""), badState.body());

    assertEquals(
        404,
        api.post("api/catalog/" + pub + "/hide", wijchen, "{\"reason\":\"x\"}").status(),
        "readers cannot hide");
    Api.Answer hidden =
        api.post(
            "api/catalog/" + pub + "/hide",
            coordinator,
            "{\"reason\":\"Namen van bewoners zichtbaar.\"}");
    assertEquals(200, hidden.status(), hidden.body());
    assertEquals(404, api.get("api/catalog/" + pub, wijchen).status(), "hidden from readers");
    assertFalse(api.get("api/circles/leerkring-wdw/catalog", wijchen).body().contains(marker));
    JsonObject document = api.get("api/documents/" + id, duiven).json();
    assertEquals("HIDDEN", document.getString("status"));
    assertEquals(
        "Namen van bewoners zichtbaar.",
        document.getJsonArray("publications").getJsonObject(0).getString("reason"),
        "the owner is told why");

    assertEquals(200, api.post("api/catalog/" + pub + "/restore", coordinator, "").status());
    assertEquals(
        409,
        api.post("api/catalog/" + pub + "/restore", coordinator, "").status(),
        "restoring twice");
    assertEquals(200, api.get("api/catalog/" + pub, wijchen).status(), "visible again");
  }

  @Test
  void theCatalogIsPagedFilteredAndSortedWithATotal() throws Exception {
    String wijchen = token("wijchen.lid");
    String coordinator = token("coordinator");
    String marker = marker("Catalogus");
    String id = note(duiven, marker, marker);
    String pub = api.submit(duiven, "api/documents/" + id, "CIRCLE");
    assertEquals(200, api.post("api/publications/" + pub + "/approve", coordinator, "").status());

    Api.Answer whole = api.get("api/circles/leerkring-wdw/catalog", wijchen);
    int total = whole.array().size();
    assertTrue(total > 5, "demo data and this item: " + total);
    assertEquals(String.valueOf(total), whole.header("X-Total-Count"), "no page asked: all");

    Api.Answer first = api.get("api/circles/leerkring-wdw/catalog?page=1&size=5", wijchen);
    assertEquals(200, first.status(), first.body());
    assertEquals(5, first.array().size());
    assertEquals(String.valueOf(total), first.header("X-Total-Count"));
    assertTrue(first.header("Link").contains("rel=\"next\""), first.header("Link"));
    assertFalse(first.header("Link").contains("rel=\"prev\""), first.header("Link"));
    Api.Answer last =
        api.get("api/circles/leerkring-wdw/catalog?size=5&page=" + ((total + 4) / 5), wijchen);
    assertEquals(total - 5 * ((total - 1) / 5), last.array().size());
    assertFalse(last.header("Link").contains("rel=\"next\""), last.header("Link"));

    JsonObject mine =
        api.get("api/circles/leerkring-wdw/catalog?q=" + marker, wijchen).array().getJsonObject(0);
    assertEquals(pub, mine.getString("id"));
    assertEquals("2025-03-01", mine.getString("itemDate"));
    assertEquals("nota-bw", mine.getString("type"));
    assertEquals("Leerkring Wijk- en Dorpgericht Werken", mine.getString("circleName"));

    var documents =
        api.get("api/circles/leerkring-wdw/catalog?kind=document&size=100", wijchen).array();
    assertTrue(documents.size() > 0);
    documents.forEach(d -> assertEquals("document", d.asJsonObject().getString("kind")));
    var themed =
        api.get("api/circles/leerkring-wdw/catalog?theme=gezondheid&type=nota-bw", wijchen).array();
    assertTrue(themed.toString().contains(marker), "theme and type match case-insensitively");

    java.text.Collator dutch =
        java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nl"));
    List<String> titles =
        api
            .get("api/circles/leerkring-wdw/catalog?sort=title&size=100", wijchen)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(o -> o.getString("title"))
            .toList();
    for (int i = 1; i < titles.size(); i++) {
      assertTrue(dutch.compare(titles.get(i - 1), titles.get(i)) <= 0, titles.toString());
    }
    List<String> dates =
        api
            .get("api/circles/leerkring-wdw/catalog?sort=date&size=100", wijchen)
            .array()
            .getValuesAs(JsonObject.class)
            .stream()
            .map(o -> o.getString("itemDate"))
            .toList();
    for (int i = 1; i < dates.size(); i++) {
      assertTrue(dates.get(i - 1).compareTo(dates.get(i)) >= 0, "newest first: " + dates);
    }

    for (String bad : List.of("size=101", "size=0", "page=0", "page=een", "sort=random")) {
      Api.Answer refused = api.get("api/circles/leerkring-wdw/catalog?" + bad, wijchen);
      assertEquals(400, refused.status(), bad + " " + refused.body());
      assertTrue(refused.contentType().startsWith("application/problem+json"), bad);
    }

    // What the viewer may not read is not counted: hidden, the item leaves readers' totals.
    api.post("api/catalog/" + pub + "/hide", coordinator, "{\"reason\":\"Voor de telling.\"}");
    Api.Answer after = api.get("api/circles/leerkring-wdw/catalog?page=1&size=5", wijchen);
    assertEquals(String.valueOf(total - 1), after.header("X-Total-Count"));
    assertEquals(
        "0",
        api.get("api/circles/leerkring-wdw/catalog?q=" + marker, wijchen).header("X-Total-Count"));
    Api.Answer hiddenList =
        api.get("api/circles/leerkring-wdw/moderation?page=1&size=1", coordinator);
    assertEquals(200, hiddenList.status(), hiddenList.body());
    assertTrue(hiddenList.array().size() <= 1);
    assertTrue(hiddenList.header("X-Total-Count") != null);
    assertEquals(403, api.get("api/circles/leerkring-wdw/moderation?page=1", wijchen).status());
  }

  @Test
  void publicItemsReachEveryoneSignedInAndANewVersionReplacesTheOld() throws Exception {
    String marker = marker("Openbaar");
    String id = note(duiven, marker, "versie een " + marker);
    String coordinator = token("coordinator");
    String first = api.submit(duiven, "api/documents/" + id, "PUBLIC");
    api.post("api/publications/" + first + "/approve", coordinator, "");
    String deventer = token("deventer.lid");
    assertTrue(
        api.get("api/catalog/" + first + "/file", deventer).body().contains("versie een"),
        "public: also outside the circle");
    assertTrue(
        api.get("api/catalog/" + first + "/file", token("onderzoeker"))
            .body()
            .contains("versie een"));
    assertEquals(401, api.get("api/catalog/" + first, null).status());

    api.multipart(
        "PUT",
        "api/documents/" + id + "/file",
        duiven,
        Api.Part.file(
            "nota-v2.txt",
            "text/plain",
            ("versie twee " + marker).getBytes(StandardCharsets.UTF_8)));
    String second = api.submit(duiven, "api/documents/" + id, "PUBLIC");
    assertTrue(
        api.get("api/catalog/" + first + "/file", deventer).body().contains("versie een"),
        "the old version stays until approval");
    api.post("api/publications/" + second + "/approve", coordinator, "");
    assertTrue(api.get("api/catalog/" + second + "/file", deventer).body().contains("versie twee"));
    assertEquals(404, api.get("api/catalog/" + first, deventer).status(), "superseded");
    assertEquals(
        "SUPERSEDED",
        api.get("api/publications/" + first, duiven).json().getString("status"),
        "the owner still sees its history");
  }

  /** An account that is a member of Duiven and a coordinator of its circle, made by the admin. */
  private String memberAndCoordinator() {
    String username = "lid-en-coordinator-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Answer created =
        api.post(
            "api/admin/members",
            token("admin"),
            "{\"username\":\""
                + username
                + "\",\"password\":\"vier-ogen-wachtwoord\",\"displayName\":\"Lid en coördinator\","
                + "\"tenant\":\"duiven\",\"roles\":[\"member\",\"coordinator\"],"
                + "\"coordinatorOf\":[\"leerkring-wdw\"]}");
    assertEquals(201, created.status(), created.body());
    return api.token(username, "vier-ogen-wachtwoord");
  }

  @Test
  void nobodyApprovesOrAcceptsWhatTheySubmittedThemselves() throws Exception {
    String both = memberAndCoordinator();
    String coordinator = token("coordinator");

    // A publication: refused to its submitter, approved by another coordinator.
    String marker = marker("Vierogen");
    String id = note(both, marker, marker);
    String pub = api.submit(both, "api/documents/" + id, "CIRCLE");
    assertTrue(
        api.get("api/circles/leerkring-wdw/moderation", both).body().contains(marker),
        "the submitter coordinates the circle and sees the queue");
    Api.Answer own = api.post("api/publications/" + pub + "/approve", both, "");
    assertEquals(403, own.status(), own.body());
    assertTrue(own.body().contains("vier ogen"), own.body());
    assertTrue(own.contentType().startsWith("application/problem+json"), own.contentType());
    assertEquals("SUBMITTED", api.get("api/documents/" + id, both).json().getString("status"));
    assertEquals(200, api.post("api/publications/" + pub + "/approve", coordinator, "").status());

    // Returning one's own only stops it: allowed.
    String other = note(both, marker + "b", "b");
    String otherPub = api.submit(both, "api/documents/" + other, "CIRCLE");
    assertEquals(
        200,
        api.post("api/publications/" + otherPub + "/return", both, "{\"reason\":\"Nog niet af\"}")
            .status());

    // A cofinancing statement: likewise.
    String programme =
        api.post(
                "api/programmes",
                both,
                "{\"name\":\"Vier ogen "
                    + marker
                    + "\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}")
            .json()
            .getJsonObject("programme")
            .getString("id");
    String ledger = "api/programmes/" + programme + "/ledger/";
    assertEquals(
        201, api.post(ledger + "versions", both, "{\"validFrom\":\"2025-01-01\"}").status());
    assertEquals(
        201,
        api.post(
                ledger + "lines",
                both,
                "{\"code\":\"uren\",\"description\":\"Uren\",\"amounts\":[{\"start\":\"2025-01-01\","
                    + "\"end\":\"2025-12-31\",\"planned\":\"1000.00\"}]}")
            .status());
    Api.Answer submitted =
        api.post(
            "api/programmes/" + programme + "/statements", both, "{\"circle\":\"leerkring-wdw\"}");
    assertEquals(201, submitted.status(), submitted.body());
    String statement = submitted.json().getString("id");
    Api.Answer accepted = api.post("api/statements/" + statement + "/accept", both, "");
    assertEquals(403, accepted.status(), accepted.body());
    assertTrue(accepted.body().contains("CofinancingCode.FOUR_EYES"), accepted.body());
    assertEquals(
        200, api.post("api/statements/" + statement + "/accept", coordinator, "").status());
  }

  @Test
  void uploadNamesThatClimbAreRefusedWithEitherSeparator() {
    byte[] text = "tekst".getBytes(StandardCharsets.UTF_8);
    for (String climbing : List.of("..\\x.txt", "../x.txt", "map\\..\\..\\x.txt")) {
      Api.Answer refused = upload(duiven, "Klimmer", climbing, "text/plain", text);
      assertEquals(400, refused.status(), climbing + " → " + refused.body());
      assertTrue(refused.body().contains("andere naam"), refused.body());
    }
    // A Windows path as old browsers send it keeps its last segment.
    Api.Answer windows = upload(duiven, "Pad", "C:\\Users\\x\\nota.txt", "text/plain", text);
    assertEquals(201, windows.status(), windows.body());
    assertEquals("nota.txt", windows.json().getJsonObject("file").getString("fileName"));
  }

  @Test
  void aVersionOfTwentyDigitsIsRefusedNamingTheField() {
    String name = "Twintig cijfers " + UUID.randomUUID().toString().substring(0, 8);
    String card =
        "{\"name\":\""
            + name
            + "\",\"summary\":\"Kort\",\"steps\":[\"Stap\"],\"evidence\":\"praktijk\"";
    Api.Answer created = api.post("api/methods", duiven, card + "}");
    assertEquals(201, created.status(), created.body());
    String id = created.json().getString("id");
    long version = created.json().getJsonNumber("version").longValue();
    // 2^64 + version: read as a long it wraps around to the current version.
    String wrapping =
        new java.math.BigInteger("18446744073709551616")
            .add(java.math.BigInteger.valueOf(version))
            .toString();
    Api.Answer refused =
        api.put("api/methods/" + id, duiven, card + ",\"version\":" + wrapping + "}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals(
        "version",
        refused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        refused.body());
    assertEquals(
        version,
        api.get("api/methods/" + id, duiven).json().getJsonNumber("version").longValue(),
        "nothing was saved");

    JsonObject programme =
        api.post(
                "api/programmes",
                duiven,
                "{\"name\":\""
                    + name
                    + "\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\"}")
            .json()
            .getJsonObject("programme");
    Api.Answer programmeRefused =
        api.put(
            "api/programmes/" + programme.getString("id"),
            duiven,
            "{\"name\":\"x\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2025-12-31\","
                + "\"version\":"
                + new java.math.BigInteger("18446744073709551616")
                    .add(java.math.BigInteger.valueOf(programme.getInt("version")))
                + "}");
    assertEquals(400, programmeRefused.status(), programmeRefused.body());
    assertEquals(
        "version",
        programmeRefused.json().getJsonArray("errors").getJsonObject(0).getString("field"),
        programmeRefused.body());
  }

  // --- F9: edit, prullenbak, restore ---

  private static String change(String title, String type, long version) {
    return "{\"title\":\""
        + title
        + "\",\"type\":\""
        + type
        + "\",\"date\":\"2025-04-01\",\"number\":\"2025-300\",\"programme\":\"Blijfwijk\","
        + "\"themes\":[\"wonen\"],\"tags\":[\"nieuw\"],\"wijken\":[\"Duiven-Zuid\"],"
        + "\"summary\":\"Bijgewerkt\",\"version\":"
        + version
        + "}";
  }

  /** Polls search for up to a second: whether {@code marker} is found (or gone) in time. */
  private boolean searchSays(String token, String marker, boolean found) throws Exception {
    long deadline = System.nanoTime() + 1_000_000_000L;
    do {
      Api.Answer hits = api.get("api/search?size=100&q=" + marker, token);
      assertEquals(200, hits.status(), hits.body());
      if (hits.body().contains(marker) == found) {
        return true;
      }
      Thread.sleep(50);
    } while (System.nanoTime() < deadline);
    return false;
  }

  private String uploaded(String title, String text) throws Exception {
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents?refresh=true",
            duiven,
            Api.Part.json("metadata", metadata(title)),
            Api.Part.file("nota.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
    return created.json().getString("id");
  }

  @Test
  void memberEditsTheDescriptionAndSearchFollowsWithinASecond() throws Exception {
    String old = marker("Oudtitel");
    String renamed = marker("Nieuwtitel");
    String id = uploaded(old, "Een nota over de wijk.");
    assertTrue(searchSays(duiven, old, true), "found under its first title");
    JsonObject before = api.get("api/documents/" + id, duiven).json();
    long version = before.getJsonNumber("version").longValue();

    Api.Answer edited =
        api.put("api/documents/" + id, duiven, change(renamed, "evaluatie", version));
    assertEquals(200, edited.status(), edited.body());
    JsonObject after = edited.json();
    assertEquals(renamed, after.getString("title"));
    assertEquals("evaluatie", after.getString("type"));
    assertEquals("2025-04-01", after.getString("date"));
    assertTrue(after.getJsonNumber("version").longValue() > version, "a new optimistic version");
    assertEquals(1, after.getInt("fileVersion"), "the file did not change");
    JsonObject event = after.getJsonArray("history").getJsonObject(0);
    assertEquals("EDITED", event.getString("what"));
    assertEquals("duiven.lid", event.getString("by"));
    assertTrue(event.getJsonArray("fields").toString().contains("\"title\""), event.toString());
    assertTrue(searchSays(duiven, renamed, true), "search finds the new title within 1 s");
    assertTrue(searchSays(duiven, old, false), "and no longer the old one");

    Api.Answer stale =
        api.put("api/documents/" + id, duiven, change("Nog anders", "overig", version));
    assertEquals(409, stale.status(), stale.body());
    assertEquals(renamed, api.get("api/documents/" + id, duiven).json().getString("title"));

    long current = after.getJsonNumber("version").longValue();
    Api.Answer invalid =
        api.put(
            "api/documents/" + id,
            duiven,
            "{\"title\":\" \",\"type\":\"roman\",\"date\":\"1850-01-01\",\"version\":"
                + current
                + "}");
    assertEquals(400, invalid.status(), invalid.body());
    String fields =
        invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
            .map(e -> e.getString("field"))
            .sorted()
            .toList()
            .toString();
    assertEquals("[date, title, type]", fields, "every wrong field at once");
    assertFalse(
        invalid.json().getString("detail").contains("DocumentCode."),
        "worded, not a key: " + invalid.body());
    assertTrue(invalid.json().getString("detail").contains("Vul dit veld in."), invalid.body());

    String wijchen = token("wijchen.lid");
    assertEquals(
        404,
        api.put("api/documents/" + id, wijchen, change("Overname", "overig", current)).status());
    assertEquals(404, api.send("DELETE", "api/documents/" + id, wijchen).status());
    assertEquals(renamed, api.get("api/documents/" + id, duiven).json().getString("title"));
  }

  @Test
  void aDeletedDocumentWaitsInTheTrashUntilRestored() throws Exception {
    String marker = marker("Prullenbak");
    String id = uploaded(marker, "Een nota die weg mag.");
    assertTrue(searchSays(duiven, marker, true));
    String wijchen = token("wijchen.lid");
    assertEquals(404, api.send("DELETE", "api/documents/" + id, wijchen).status(), "others: 404");

    assertEquals(204, api.send("DELETE", "api/documents/" + id, duiven).status());
    assertEquals(404, api.get("api/documents/" + id, duiven).status(), "gone for reading");
    assertEquals(404, api.get("api/documents/" + id + "/text", duiven).status());
    assertFalse(api.get("api/documents", duiven).body().contains(marker), "not in the list");
    assertTrue(searchSays(duiven, marker, false), "search drops it within 1 s");
    assertEquals(404, api.send("DELETE", "api/documents/" + id, duiven).status(), "deleting twice");

    Api.Answer trash = api.get("api/documents?trash=true", duiven);
    assertEquals(200, trash.status(), trash.body());
    JsonObject trashed =
        trash.array().getValuesAs(JsonObject.class).stream()
            .filter(d -> d.getString("id").equals(id))
            .findFirst()
            .orElseThrow();
    assertEquals("duiven.lid", trashed.getString("deletedBy"));
    java.time.Instant deletedAt = java.time.Instant.parse(trashed.getString("deletedAt"));
    assertEquals(
        deletedAt.plus(java.time.Duration.ofDays(30)),
        java.time.Instant.parse(trashed.getString("purgeAfter")));
    assertFalse(api.get("api/documents?trash=true", wijchen).body().contains(marker));

    assertEquals(404, api.post("api/documents/" + id + "/restore", wijchen, "").status());
    Api.Answer restored = api.post("api/documents/" + id + "/restore", duiven, "");
    assertEquals(200, restored.status(), restored.body());
    assertEquals(marker, restored.json().getString("title"));
    assertTrue(searchSays(duiven, marker, true), "found again within 1 s");
    assertEquals(
        409,
        api.post("api/documents/" + id + "/restore", duiven, "").status(),
        "not in the trash any more");
    assertEquals(
        404, api.post("api/documents/" + UUID.randomUUID() + "/restore", duiven, "").status());
    assertFalse(api.get("api/documents?trash=true", duiven).body().contains(marker));
    String audit = api.get("api/admin/audit?limit=50", token("admin")).body();
    assertTrue(audit.contains("document.trashed") && audit.contains("document.restored"));

    // the nightly purge, run on demand by a platform admin: within the 30 days it keeps the
    // document; with 0 days it removes it for good, with its files, from the real database
    String admin = api.token("admin", Api.ADMIN_PASSWORD);
    String fileId = restored.json().getJsonObject("file").getString("id");
    assertEquals(204, api.send("DELETE", "api/documents/" + id, duiven).status());
    assertEquals(403, api.post("api/admin/documents/purge?days=0", duiven, "").status());
    Api.Answer negative = api.post("api/admin/documents/purge?days=-1", admin, "");
    assertEquals(400, negative.status(), negative.body());
    assertTrue(negative.body().contains("\"field\":\"days\""), negative.body());
    assertEquals(200, api.post("api/admin/documents/purge", admin, "").status());
    assertTrue(api.get("api/documents?trash=true", duiven).body().contains(marker), "kept");
    Api.Answer purged = api.post("api/admin/documents/purge?days=0", admin, "");
    assertEquals(200, purged.status(), purged.body());
    assertTrue(purged.json().getInt("purged") >= 1, purged.body());
    assertFalse(api.get("api/documents?trash=true", duiven).body().contains(marker), "purged");
    assertEquals(404, api.post("api/documents/" + id + "/restore", duiven, "").status());
    assertEquals(404, api.get("api/documents/" + id + "/files/" + fileId, duiven).status());
    assertTrue(searchSays(duiven, marker, false), "and not found");
  }

  @Test
  void aSharedDocumentMustBeWithdrawnBeforeItIsDeleted() throws Exception {
    String marker = marker("Gedeeld");
    String id = uploaded(marker, "Een nota voor de leerkring.");
    Api.Answer submitted =
        api.post(
            "api/documents/" + id + "/publications",
            duiven,
            "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(201, submitted.status(), submitted.body());
    String listed =
        api.get("api/documents?q=" + marker, duiven).array().getJsonObject(0).getString("status");
    assertEquals("SUBMITTED", listed, "the list shows the real state, not privé");

    Api.Answer refused = api.send("DELETE", "api/documents/" + id, duiven);
    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.body().contains("eerst terug"), "says to withdraw first: " + refused.body());
    assertEquals(200, api.get("api/documents/" + id, duiven).status(), "still there");

    assertEquals(
        204,
        api.send("DELETE", "api/publications/" + submitted.json().getString("id"), duiven)
            .status());
    assertEquals(204, api.send("DELETE", "api/documents/" + id, duiven).status());
  }
}
