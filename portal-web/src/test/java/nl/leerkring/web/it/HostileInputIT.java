package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import nl.leerkring.portal.documents.HostileFiles;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input over HTTP (F6, suite 3): a corpus of bad files made here (the generator of the
 * extraction tests), malformed JSON sent to every write endpoint of the OpenAPI document, SQL and
 * Lucene syntax in every query parameter and in path ids, and invalid money and dates. Each must
 * get a readable 4xx ({@code application/problem+json} with a detail and no stack trace), nothing
 * may be stored, and the server must stay ready. Script in text fields is {@code BrowserIT}'s part:
 * it has to be checked rendered in Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class HostileInputIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    // At the root context, as in production, so that /metrics is the portal's to guard.
    return Deployments.atRoot();
  }

  @ArquillianResource URL base;

  private Api api;
  private String duiven;
  private String wijchen;

  @BeforeEach
  void signIn() {
    api = new Api(base);
    duiven = api.signIn("duiven.lid");
    wijchen = api.signIn("wijchen.lid");
  }

  /** What a refusal must look like, and the server still up after it. */
  private void refusedReadably(Api.Answer answer, String what, int... statuses) {
    int status = answer.status();
    assertTrue(
        Arrays.stream(statuses).anyMatch(s -> s == status),
        what + ": expected " + Arrays.toString(statuses) + ", got " + status + " " + answer.body());
    assertTrue(
        answer.contentType() != null && answer.contentType().startsWith("application/problem+json"),
        what + ": " + answer.contentType() + " " + answer.body());
    String detail = answer.json().getString("detail", "");
    assertTrue(detail.length() > 10, what + ": no readable detail: " + answer.body());
    noInternals(answer, what);
    assertEquals(200, api.get("/health/ready", null).status(), what + ": server not ready after");
  }

  private static void noInternals(Api.Answer answer, String what) {
    for (String leak :
        List.of(
            "Exception", "\tat ", "org.eclipse", "nl.leerkring.", "org.apache", "yasson", "SQL")) {
      assertTrue(
          !answer.body().contains(leak), what + ": the answer shows " + leak + ": " + answer);
    }
  }

  // --- files ---

  record BadFile(String label, Path file, String declaredType, int status, String says) {}

  @Test
  void hostileFilesAreRefusedByEveryUploadRouteAndNothingIsStored() throws Exception {
    Path dir = Files.createTempDirectory("hostile-files");
    HostileFiles make = new HostileFiles(dir);
    String docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    byte[] tooBig = new byte[50 * 1024 * 1024 + 1];
    Arrays.fill(tooBig, (byte) 'a');
    List<BadFile> corpus =
        List.of(
            new BadFile("0 bytes", make.bytes("leeg.txt", new byte[0]), "text/plain", 400, ""),
            new BadFile(
                "over the size limit", make.bytes("groot.txt", tooBig), "text/plain", 413, ""),
            new BadFile(
                "zip bomb DOCX", make.zipBombDocx("bom.docx", 32), docx, 400, "pakt uit tot"),
            new BadFile(
                "zip bomb inside a DOCX",
                make.docxWithEmbeddedZipBomb("bijlage.docx", 32),
                docx,
                400,
                "pakt uit tot"),
            new BadFile(
                "content-types bomb",
                make.contentTypesBombDocx("typen.docx", 32),
                docx,
                400,
                "pakt uit tot"),
            new BadFile(
                "deeply nested archive",
                make.nestedDocx("matroesjka.docx", 12),
                docx,
                400,
                "dieper dan"),
            new BadFile(
                "archive with 205 documents",
                make.crowdedDocx("stapel.docx", 205),
                docx,
                400,
                "ingesloten documenten"),
            new BadFile(
                "deeply nested HTML", make.deepHtml("diep.html", 200), "text/html", 400, "genest"),
            new BadFile(
                "encrypted PDF",
                make.encryptedPdf("begroting.pdf"),
                "application/pdf",
                400,
                "wachtwoord"),
            new BadFile(
                "encrypted DOCX", make.encryptedDocx("geheim.docx"), docx, 400, "wachtwoord"),
            new BadFile(
                "truncated PDF",
                make.truncatedPdf("half.pdf"),
                "application/pdf",
                400,
                "beschadigd"),
            new BadFile("broken DOCX", make.brokenZip("kapot.docx"), docx, 400, "beschadigd"),
            new BadFile(
                "executable named .pdf",
                make.executable("factuur.pdf"),
                "application/pdf",
                415,
                "geen soort document"),
            new BadFile(
                "polyglot HTML/PDF",
                make.htmlPdfPolyglot("nota.pdf"),
                "application/pdf",
                415,
                "maar het is HTML"),
            new BadFile(
                "path in the name",
                make.text("pad.txt", "inhoud"),
                "text/plain",
                400,
                "andere naam"),
            new BadFile(
                "control character in the name",
                make.text("bel.txt", "inhoud"),
                "text/plain",
                400,
                "andere naam"));
    Map<String, String> names = new LinkedHashMap<>();
    names.put("path in the name", "../../etc/passwd");
    names.put("control character in the name", "nota\u0007\u202etxt.exe");

    String anchorTitle = "Anker " + UUID.randomUUID();
    Api.Answer anchor =
        api.multipart(
            "POST",
            "api/documents",
            duiven,
            Api.Part.json("metadata", "{\"title\":\"" + anchorTitle + "\",\"type\":\"overig\"}"),
            Api.Part.file("anker.txt", "text/plain", "anker".getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, anchor.status(), anchor.body());
    String anchorId = anchor.json().getString("id");
    String anchorBefore = api.get("api/documents/" + anchorId, duiven).body();
    String listBefore = api.get("api/documents", duiven).body();
    long blobsBefore = blobFiles();

    String title = "Vijandig " + UUID.randomUUID();
    int refusals = 0;
    for (BadFile bad : corpus) {
      byte[] content = Files.readAllBytes(bad.file());
      String name = names.getOrDefault(bad.label(), bad.file().getFileName().toString());
      Api.Part file = Api.Part.file(name, bad.declaredType(), content);
      List<Api.Answer> answers =
          List.of(
              api.multipart(
                  "POST",
                  "api/documents",
                  duiven,
                  Api.Part.json("metadata", "{\"title\":\"" + title + "\",\"type\":\"overig\"}"),
                  file),
              api.multipart("POST", "api/documents/" + anchorId + "/annexes", duiven, file),
              api.multipart("PUT", "api/documents/" + anchorId + "/file", duiven, file));
      for (int route = 0; route < answers.size(); route++) {
        Api.Answer answer = answers.get(route);
        String what = bad.label() + " via " + List.of("upload", "annex", "new version").get(route);
        refusedReadably(answer, what, bad.status());
        assertTrue(
            answer.json().getString("detail").contains(bad.says()),
            what + ": " + answer.json().getString("detail"));
        refusals++;
      }
    }
    System.out.println(
        "hostile files: " + corpus.size() + " kinds × 3 routes = " + refusals + " refusals");
    assertEquals(listBefore, api.get("api/documents", duiven).body(), "no document was stored");
    assertEquals(
        anchorBefore,
        api.get("api/documents/" + anchorId, duiven).body(),
        "no version or annex was added");
    assertEquals(blobsBefore, blobFiles(), "no blob was left behind");
    try (Stream<Path> files = Files.list(dir)) {
      files.forEach(f -> f.toFile().delete());
    }
  }

  /** Files in the portal's blob store (the data directory the tests gave it). */
  private static long blobFiles() throws IOException {
    Path blobs = Path.of(System.getProperty("it.data.dir", "target/it-data"), "blobs");
    assertTrue(Files.isDirectory(blobs), "blob store at " + blobs);
    try (Stream<Path> walk = Files.walk(blobs)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  // --- malformed JSON ---

  @Test
  void malformedJsonToEveryWriteEndpointIsA400AndChangesNothing() {
    Map<String, String> tokens = RoleMatrixIT.signInEveryRole(api);
    String programmeId = demoProgramme();
    Map<String, String> before = snapshot(tokens, programmeId);

    // Not JSON at all: 400 wherever it is sent, before anything else is looked at.
    List<byte[]> broken =
        Stream.of("{", "{\"name\": }", "{\"name\": \"open", "[1, 2", "[".repeat(100_000), "{]")
            .map(b -> b.getBytes(StandardCharsets.UTF_8))
            .toList();
    // JSON of the wrong shape: 400, or 404 where the path names nothing (the path is looked up
    // before the fields are checked), or 401 for a sign-in without a username; never 2xx or 5xx.
    List<byte[]> misshapen =
        new ArrayList<>(
            Stream.of(
                    "",
                    "[]",
                    "\"tekst\"",
                    "42",
                    "null",
                    "{\"name\": {\"$ne\": null}, \"reason\": [1], \"body\": {}}",
                    "{\"amounts\": \"veel\", \"periodStart\": 20250101, \"steps\": {}}",
                    "{\"a\":" + "1".repeat(400) + "e99999}")
                .map(b -> b.getBytes(StandardCharsets.UTF_8))
                .toList());
    misshapen.add(new byte[] {'{', '"', 'n', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'});

    int probes = 0;
    List<String> wrong = new ArrayList<>();
    for (String endpoint : jsonWriteEndpoints()) {
      String method = endpoint.substring(0, endpoint.indexOf(' '));
      String template = endpoint.substring(endpoint.indexOf(' ') + 1);
      Set<String> allowed = RoleMatrixIT.RULES.get(endpoint);
      assertTrue(allowed != null, "no rule for " + endpoint);
      String role =
          Stream.of("owner", "coordinator", "ownerAdmin", "admin", "member")
              .filter(allowed::contains)
              .findFirst()
              .orElse(allowed.contains("*") ? "anonymous" : null);
      assertTrue(role != null, "nobody may call " + endpoint);
      String path =
          template
              .replace("{slug}", template.contains("/circles") ? "leerkring-wdw" : "duiven")
              .replace(
                  "{id}", template.startsWith("/api/programmes/") ? programmeId : "onbekend-id")
              .replaceAll("\\{[a-zA-Z]+}", "onbekend")
              .substring(1);
      for (byte[] body : broken) {
        probes +=
            check(
                method, path, tokens.get(role), body, endpoint + " as " + role, Set.of(400), wrong);
      }
      Set<Integer> allowedStatuses =
          template.equals("/api/auth/token")
              ? Set.of(400, 401)
              : path.contains("onbekend") ? Set.of(400, 404) : Set.of(400);
      for (byte[] body : misshapen) {
        probes +=
            check(
                method,
                path,
                tokens.get(role),
                body,
                endpoint + " as " + role,
                allowedStatuses,
                wrong);
      }
      // Well-formed JSON sent as something else.
      Api.Answer plain =
          api.raw(
              method,
              path,
              tokens.get(role),
              "text/plain",
              "{\"reason\":\"x\"}".getBytes(StandardCharsets.UTF_8));
      probes++;
      if (plain.status() != 415) {
        wrong.add(endpoint + " as text/plain → " + plain.status() + " " + plain.body());
      }
    }
    assertEquals(200, api.get("/health/ready", null).status());
    System.out.println("malformed JSON: " + probes + " requests, " + wrong.size() + " wrong");
    assertTrue(wrong.isEmpty(), "not a clean 400/415:\n" + String.join("\n", wrong));
    assertTrue(probes > 400, "probes: " + probes);
    assertEquals(before, snapshot(tokens, programmeId), "malformed requests changed nothing");
  }

  /** One malformed request; a wrong answer is added to {@code wrong}. Returns 1 (one probe). */
  private int check(
      String method,
      String path,
      String token,
      byte[] body,
      String who,
      Set<Integer> statuses,
      List<String> wrong) {
    Api.Answer answer = api.raw(method, path, token, "application/json", body);
    String what = who + " with " + abbreviated(new String(body, StandardCharsets.UTF_8), 40);
    if (!statuses.contains(answer.status())
        || answer.contentType() == null
        || !answer.contentType().startsWith("application/problem+json")) {
      wrong.add(what + " → " + answer.status() + " " + abbreviated(answer.body()));
    } else {
      noInternals(answer, what);
    }
    return 1;
  }

  private static String abbreviated(String text, int max) {
    return text.length() > max ? text.substring(0, max) + "…" : text;
  }

  private static String abbreviated(String body) {
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }

  private String demoProgramme() {
    return api.get("api/programmes", duiven).array().stream()
        .map(p -> p.asJsonObject())
        .filter(p -> p.getString("name").equals("Blijfwijk Duiven-Zuid"))
        .findFirst()
        .orElseThrow()
        .getString("id");
  }

  /** What the write endpoints could have changed, read back. */
  private Map<String, String> snapshot(Map<String, String> tokens, String programmeId) {
    Map<String, String> out = new LinkedHashMap<>();
    String owner = tokens.get("owner");
    for (String path :
        List.of(
            "api/documents",
            "api/methods",
            "api/programmes",
            "api/programmes/" + programmeId,
            "api/programmes/" + programmeId + "/ledger",
            "api/programmes/" + programmeId + "/statements",
            "api/tenants/duiven/members",
            "api/tenants/duiven/settings",
            "api/koffer/uses/mine")) {
      out.put(path, api.get(path, owner).body());
    }
    out.put("tenants", api.get("api/admin/tenants", tokens.get("admin")).body());
    out.put("accounts", api.get("api/admin/accounts", tokens.get("admin")).body());
    out.put("circles", api.get("api/circles", owner).body());
    out.put("vocabulary", api.get("api/circles/leerkring-wdw/vocabulary", owner).body());
    out.put(
        "moderation",
        api.get("api/circles/leerkring-wdw/moderation", tokens.get("coordinator")).body());
    return out;
  }

  /** "METHOD /api/…" of every operation whose request body is JSON. */
  private List<String> jsonWriteEndpoints() {
    JsonObject paths = openApiPaths();
    List<String> out = new ArrayList<>();
    for (String raw : paths.keySet()) {
      String path = raw.substring(raw.indexOf("/api/"));
      JsonObject operations = paths.getJsonObject(raw);
      for (String method : operations.keySet()) {
        JsonObject body = operations.getJsonObject(method).getJsonObject("requestBody");
        if (body != null && body.getJsonObject("content").containsKey("application/json")) {
          out.add(method.toUpperCase() + " " + path);
        }
      }
    }
    assertTrue(out.size() >= 40, "JSON write endpoints: " + out);
    return out;
  }

  private JsonObject openApiPaths() {
    Api.Answer doc = api.getJson("/openapi?format=JSON");
    assertEquals(200, doc.status(), doc.body());
    try (var reader = Json.createReader(new StringReader(doc.body()))) {
      return reader.readObject().getJsonObject("paths");
    }
  }

  // --- SQL and Lucene syntax ---

  static final List<String> HOSTILE_QUERIES =
      List.of(
          "' OR '1'='1",
          "'; DROP TABLE case_document; --",
          "\" OR 1=1 --",
          "1) UNION SELECT username, password_hash FROM account --",
          "*:*",
          "*",
          "?",
          "tenant:duiven",
          "scope:private OR *:*",
          "title:*",
          "(",
          ")))",
          "\"open",
          "a AND",
          "OR",
          "NOT",
          "zorg~",
          "zorg~99",
          "/.*/",
          "/[a-z/",
          "zorg^999999999999",
          "{!lucene}x",
          "[* TO *]",
          "${jndi:ldap://x/a}",
          "<script>alert(1)</script>",
          "\\",
          "%00",
          "\u0000",
          "(".repeat(2000) + "zorg",
          "zorg ".repeat(3000));

  @Test
  void sqlAndLuceneSyntaxGetAResultOrAReadable400AndLeakNothing() throws Exception {
    // Duiven's private document: whatever Wijchen's member sends, it is never in an answer.
    String marker = "qxhostiel" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    Api.Answer secret =
        api.multipart(
            "POST",
            "api/documents?refresh=true",
            duiven,
            Api.Part.json(
                "metadata", "{\"title\":\"Geheim " + marker + "\",\"type\":\"evaluatie\"}"),
            Api.Part.file(
                "geheim.txt",
                "text/plain",
                ("Vertrouwelijk " + marker).getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, secret.status(), secret.body());
    String secretId = secret.json().getString("id");

    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put("member", wijchen);
    tokens.put("owner", duiven);
    tokens.put("coordinator", api.signIn("coordinator"));
    tokens.put("admin", api.token("admin", Api.ADMIN_PASSWORD));

    // Every query parameter the OpenAPI document names, plus the search parameters that the
    // search resource reads itself.
    List<String[]> targets = new ArrayList<>();
    JsonObject paths = openApiPaths();
    for (String raw : paths.keySet()) {
      String template = raw.substring(raw.indexOf("/api/"));
      JsonObject get = paths.getJsonObject(raw).getJsonObject("get");
      if (get == null || template.contains("/file") || !get.containsKey("parameters")) {
        continue;
      }
      for (var p : get.getJsonArray("parameters")) {
        JsonObject parameter = p.asJsonObject();
        if (parameter.getString("in").equals("query")) {
          targets.add(new String[] {template, parameter.getString("name")});
        }
      }
    }
    for (String name :
        List.of("q", "type", "gemeente", "year", "theme", "wijk", "circle", "sort")) {
      targets.add(new String[] {"/api/search", name});
    }
    targets.add(new String[] {"/api/search/export", "q"});
    assertTrue(targets.size() > 25, "query parameters: " + targets.size());

    String programmeId = demoProgramme();
    int probes = 0;
    List<String> wrong = new ArrayList<>();
    for (String[] target : targets) {
      String template = target[0];
      String role =
          template.startsWith("/api/circles/{slug}/rollup")
                  || template.startsWith("/api/circles/{slug}/statements")
                  || template.startsWith("/api/circles/{slug}/moderation")
                  || template.startsWith("/api/circles/{slug}/reports")
              ? "coordinator"
              : template.startsWith("/api/admin")
                  ? "admin"
                  : template.startsWith("/api/search/{id}")
                          || template.startsWith("/api/programmes")
                          || template.startsWith("/api/tenants/{slug}") // F9: members?q=
                      ? "owner"
                      : "member";
      String path =
          template
              .replace("{slug}", template.startsWith("/api/tenants/") ? "duiven" : "leerkring-wdw")
              .replace(
                  "{id}",
                  template.startsWith("/api/programmes") ? programmeId : "document:" + secretId)
              .substring(1);
      for (String value : HOSTILE_QUERIES) {
        String url =
            path
                + (path.contains("?") ? "&" : "?")
                + target[1]
                + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8);
        Api.Answer answer = api.get(url, tokens.get(role));
        probes++;
        String what = template + "?" + target[1] + "=" + abbreviated(value) + " as " + role;
        int status = answer.status();
        if (status == 200) {
          if (role.equals("member") && answer.body().contains(marker)
              || role.equals("member") && answer.body().contains(secretId)) {
            wrong.add(what + ": LEAK of Duiven's private document");
          }
        } else if (status == 400) {
          if (!answer.contentType().startsWith("application/problem+json")) {
            wrong.add(what + " → 400 without a problem: " + answer.contentType());
          } else {
            noInternals(answer, what);
          }
        } else {
          wrong.add(what + " → " + status + " " + abbreviated(answer.body()));
        }
      }
    }
    // Hostile path ids: 404 (or 400), never an error of the server.
    for (String template :
        List.of(
            "api/documents/%s",
            "api/catalog/%s",
            "api/koffer/%s",
            "api/programmes/%s",
            "api/statements/%s",
            "api/search/%s/similar")) {
      for (String value :
          List.of("' OR 1=1 --", "..%2F..%2Fetc%2Fpasswd", "*:*", "%00", "x".repeat(5000))) {
        Api.Answer answer =
            api.get(
                String.format(
                    template,
                    value.contains("%") ? value : URLEncoder.encode(value, StandardCharsets.UTF_8)),
                wijchen);
        probes++;
        if (answer.status() != 404 && answer.status() != 400) {
          wrong.add(template + " with " + abbreviated(value) + " → " + answer.status());
        } else if (answer.body().contains(marker)) {
          wrong.add(template + " with " + abbreviated(value) + ": LEAK");
        }
      }
    }
    // Wijchen's member never finds the secret by its own word, however asked.
    for (String q : List.of(marker, marker + " OR *:*", "title:" + marker, marker + "*")) {
      Api.Answer answer =
          api.get("api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), wijchen);
      probes++;
      assertTrue(!answer.body().contains(secretId), "leak for " + q + ": " + answer.body());
    }
    // A NUL character, which PostgreSQL refuses in text: 400 in the address, a JSON body and the
    // document metadata, on either database.
    Api.Answer nulNote =
        api.post(
            "api/programmes/" + programmeId + "/notes", duiven, "{\"body\":\"voor\\u0000na\"}");
    refusedReadably(nulNote, "NUL in a JSON body", 400);
    Api.Answer nulTitle = api.newDocument(duiven, "{\"title\":\"a\\u0000b\",\"type\":\"overig\"}");
    refusedReadably(nulTitle, "NUL in document metadata", 400);
    Api.Answer nulPage = api.get("app/search.xhtml?q=%00", duiven);
    assertEquals(400, nulPage.status(), "NUL in a page address: " + nulPage.body());
    probes += 3;
    // …while its owners do (the check above is not vacuous).
    Api.Answer own = api.get("api/search?q=" + marker, duiven);
    assertEquals(200, own.status());
    assertTrue(own.body().contains(secretId), own.body());
    assertEquals(200, api.get("/health/ready", null).status());
    System.out.println("hostile queries: " + probes + " requests, " + wrong.size() + " wrong");
    assertTrue(wrong.isEmpty(), "hostile queries:\n" + String.join("\n", wrong));
    assertTrue(probes > 800, "probes: " + probes);
  }

  // --- money and dates ---

  @Test
  void invalidMoneyAndDatesAreRefusedByFieldAndNothingIsSaved() {
    Api.Answer made =
        api.post(
            "api/programmes",
            duiven,
            "{\"name\":\"Vijandige bedragen "
                + UUID.randomUUID()
                + "\",\"periodStart\":\"2025-01-01\",\"periodEnd\":\"2026-12-31\"}");
    assertEquals(201, made.status(), made.body());
    String id = made.json().getJsonObject("programme").getString("id");
    String base = "api/programmes/" + id;
    String ledger = base + "/ledger/";
    assertEquals(
        201, api.post(ledger + "versions", duiven, "{\"validFrom\":\"2025-01-01\"}").status());
    String theme =
        api.post(base + "/themes", duiven, "{\"name\":\"Thema\"}").idWhere("name", "Thema");
    String goal =
        api.post(base + "/goals", duiven, "{\"theme\":\"" + theme + "\",\"title\":\"Doel\"}")
            .idWhere("title", "Doel");
    String programmeBefore = api.get(base, duiven).body();
    String ledgerBefore = api.get(base + "/ledger", duiven).body();

    List<String> badMoney =
        List.of(
            "1.000,50",
            "€ 100",
            "NaN",
            "Infinity",
            "-Infinity",
            "1e3",
            "0x10",
            "-5.00",
            "0.001",
            "12.345",
            "99999999999999999999999",
            "",
            " ",
            "tien euro",
            "1,5",
            "+-1",
            "1 000");
    List<String> badDates =
        List.of(
            "2025-02-30",
            "2025-13-01",
            "2025-00-10",
            "24-01-2025",
            "2025/01/01",
            "99999-01-01",
            "-0001-01-01",
            "2025-02-29",
            "gisteren",
            "",
            "2025-1-1",
            "2025-01-01T00:00:00Z");

    List<String[]> cases = new ArrayList<>();
    for (String money : badMoney) {
      String m = Json.createValue(money).toString();
      cases.add(
          new String[] {
            ledger + "lines",
            "{\"description\":\"Regel\",\"amounts\":[{\"start\":\"2025-01-01\",\"end\":"
                + "\"2025-12-31\",\"planned\":"
                + m
                + "}]}"
          });
      cases.add(
          new String[] {
            ledger + "contributions", "{\"partner\":\"Kerk\",\"form\":\"cash\",\"cash\":" + m + "}"
          });
      cases.add(
          new String[] {
            ledger + "contributions",
            "{\"partner\":\"Vrijwilligers\",\"form\":\"in_kind\",\"hours\":"
                + m
                + ",\"hourlyRate\":"
                + m
                + ",\"rateValidFrom\":\"2025-01-01\"}"
          });
      cases.add(
          new String[] {
            ledger + "sources",
            "{\"name\":\"Fonds\",\"kind\":\"other_subsidy\",\"awarded\":"
                + m
                + ",\"eligibleFrom\":\"2025-01-01\",\"eligibleUntil\":\"2025-12-31\",\"rate\":\"50\"}"
          });
      if (!money.isBlank()) { // a partner's yearly contribution is optional: blank is none
        cases.add(
            new String[] {
              base + "/partners", "{\"organisation\":\"Partner\",\"yearlyContribution\":" + m + "}"
            });
      }
    }
    for (String date : badDates) {
      String d = Json.createValue(date).toString();
      cases.add(
          new String[] {
            ledger + "lines",
            "{\"description\":\"Regel\",\"amounts\":[{\"start\":"
                + d
                + ",\"end\":\"2025-12-31\",\"planned\":\"10.00\"}]}"
          });
      cases.add(
          new String[] {ledger + "versions", "{\"kind\":\"revised\",\"validFrom\":" + d + "}"});
      cases.add(
          new String[] {base + "/milestones", "{\"title\":\"Mijlpaal\",\"dueDate\":" + d + "}"});
      cases.add(
          new String[] {
            "api/programmes",
            "{\"name\":\"Datum\",\"periodStart\":" + d + ",\"periodEnd\":\"2026-12-31\"}"
          });
    }
    for (String quarter : List.of("2025-Q5", "2025-Q0", "Q2-2025", "2025-Q", "2025-q2x")) {
      cases.add(
          new String[] {
            base + "/actions",
            "{\"goal\":\"" + goal + "\",\"title\":\"Actie\",\"quarter\":\"" + quarter + "\"}"
          });
    }
    cases.add(
        new String[] {
          "api/programmes",
          "{\"name\":\"Omgekeerd\",\"periodStart\":\"2026-01-01\",\"periodEnd\":\"2025-01-01\"}"
        });

    String programmesBefore = api.get("api/programmes", duiven).body();
    List<String> wrong = new ArrayList<>();
    for (String[] c : cases) {
      Api.Answer answer = api.post(c[0], duiven, c[1]);
      if (answer.status() != 400
          || !answer.contentType().startsWith("application/problem+json")
          || answer.json().getString("detail", "").length() < 10) {
        wrong.add(c[0] + " " + c[1] + " → " + answer.status() + " " + abbreviated(answer.body()));
      } else {
        noInternals(answer, c[1]);
      }
    }
    System.out.println(
        "invalid money and dates: " + cases.size() + " requests, " + wrong.size() + " wrong");
    assertTrue(wrong.isEmpty(), "not refused:\n" + String.join("\n", wrong));
    assertEquals(programmeBefore, api.get(base, duiven).body(), "the programme is unchanged");
    assertEquals(ledgerBefore, api.get(base + "/ledger", duiven).body(), "the ledger is unchanged");
    assertEquals(programmesBefore, api.get("api/programmes", duiven).body(), "no programme made");

    // A document's date and a use's dates: the same.
    for (String date : badDates) {
      Api.Answer doc =
          api.multipart(
              "POST",
              "api/documents",
              duiven,
              Api.Part.json(
                  "metadata",
                  "{\"title\":\"Datum\",\"type\":\"overig\",\"date\":"
                      + Json.createValue(date)
                      + "}"),
              Api.Part.file("a.txt", "text/plain", "tekst".getBytes(StandardCharsets.UTF_8)));
      if (!date.isEmpty()) {
        refusedReadably(doc, "document date " + date, 400);
      }
    }
  }

  // --- F10: requests from other sites, headers, anonymous internals ---

  private static String document(String title) {
    return "{\"title\":\"" + title + "\",\"type\":\"overig\"}";
  }

  private boolean listed(String title) {
    return api.get("api/documents", duiven).body().contains(title);
  }

  /**
   * What an attacker's page does: the victim signed in through the login form, and a form on
   * another site posts a document upload to the API; the browser adds the session cookie and names
   * the other site in Origin (or only in Referer, or, with some privacy settings, in neither).
   */
  @Test
  void aStateChangeWithTheSessionCookieFromAnotherSiteIsRefusedAndChangesNothing() {
    Api browser =
        new Api(base, new FuzzHttp(base).session("duiven.lid", Api.DEMO_PASSWORD).session());
    String forged = "csrf-" + UUID.randomUUID();

    Map<String, Api> attacks =
        Map.of(
            "Origin of another site", browser.with("Origin", "https://evil.example"),
            "Referer of another site", browser.with("Referer", "https://evil.example/prijs.html"),
            "no Origin and no Referer", browser,
            "Origin null (sandboxed frame)", browser.with("Origin", "null"));
    attacks.forEach(
        (how, attacker) -> {
          Api.Answer answer = attacker.newDocument(null, document(forged));
          assertEquals(403, answer.status(), how + ": " + answer.body());
          assertTrue(answer.contentType().startsWith("application/problem+json"), how);
          assertEquals("Geen toegang", answer.json().getString("title"), how);
          assertTrue(answer.json().getString("detail").contains("Origin"), how);
        });
    assertTrue(!listed(forged), "a forged upload was stored");

    String own = "eigen-" + UUID.randomUUID();
    Api.Answer fromThePortal =
        browser.with("Origin", browser.origin()).newDocument(null, document(own));
    assertEquals(201, fromThePortal.status(), "the portal's own page: " + fromThePortal.body());
    String ownByReferer = "eigen-ref-" + UUID.randomUUID();
    Api.Answer byReferer =
        browser
            .with("Referer", browser.origin() + "/app/documents.xhtml")
            .newDocument(null, document(ownByReferer));
    assertEquals(201, byReferer.status(), "the portal's page, Referer only: " + byReferer.body());
    String byToken = "token-" + UUID.randomUUID();
    Api.Answer program = api.newDocument(duiven, document(byToken));
    assertEquals(201, program.status(), "a bearer token without Origin: " + program.body());
    assertTrue(listed(own) && listed(ownByReferer) && listed(byToken));

    // Reading is not a change: a link from another site still opens the API.
    assertEquals(200, browser.with("Origin", "https://evil.example").get("api/me", null).status());
  }

  @Test
  void theSessionCookieIsSameSiteLaxAndSecureBehindATlsProxy() {
    String plain = api.get("login.xhtml", null).header("Set-Cookie");
    assertTrue(plain != null && plain.startsWith("JSESSIONID="), "no session cookie: " + plain);
    assertTrue(plain.toLowerCase().contains("samesite=lax"), plain);
    assertTrue(plain.toLowerCase().contains("httponly"), plain);
    assertTrue(!plain.toLowerCase().contains("secure;") && !plain.endsWith("Secure"), plain);
    String proxied =
        api.with("X-Forwarded-Proto", "https").get("login.xhtml", null).header("Set-Cookie");
    assertTrue(proxied.toLowerCase().contains("samesite=lax"), proxied);
    assertTrue(proxied.contains("; Secure"), "over https (proxy): " + proxied);
  }

  @Test
  void everyAnswerCarriesTheProtectiveHeadersAndNoServerBanner() {
    Map<String, Api.Answer> answers = new LinkedHashMap<>();
    answers.put("login page", api.get("login.xhtml", null));
    answers.put("signed-in page", api.get("app/dashboard.xhtml", duiven));
    answers.put("API answer", api.get("api/me", duiven));
    answers.put("API problem", api.get("api/documents/" + UUID.randomUUID(), duiven));
    answers.forEach(
        (what, a) -> {
          String csp = a.header("Content-Security-Policy");
          assertTrue(csp != null, what + ": no CSP");
          for (String directive :
              List.of(
                  "script-src 'self'",
                  "style-src 'self'",
                  "frame-ancestors 'none'",
                  "object-src 'none'")) {
            assertTrue(csp.contains(directive), what + ": " + csp);
          }
          assertTrue(!csp.contains("unsafe"), what + ": " + csp);
          assertEquals("nosniff", a.header("X-Content-Type-Options"), what);
          assertEquals("strict-origin-when-cross-origin", a.header("Referrer-Policy"), what);
          assertEquals("no-store", a.header("Cache-Control"), what);
          assertEquals(null, a.header("Server"), what);
          assertEquals(null, a.header("X-Powered-By"), what);
        });
    Api.Answer style = api.get("resources/css/portal.css", null);
    assertEquals(200, style.status());
    assertEquals("nosniff", style.header("X-Content-Type-Options"));
  }

  @Test
  void anonymousCallersLearnNothingAboutTheInternals() {
    // Health: UP or DOWN per check, no figures that move when a gemeente adds a private document.
    for (String path : List.of("/health", "/health/ready", "/health/live")) {
      Api.Answer health = api.getJson(path);
      assertEquals(200, health.status(), path);
      for (JsonObject check : health.json().getJsonArray("checks").getValuesAs(JsonObject.class)) {
        assertTrue(
            !check.containsKey("data") || check.getJsonObject("data").isEmpty(),
            path + " shows data: " + health.body());
      }
    }
    Api.Answer wadl = api.get("api/application.wadl", null);
    assertEquals(404, wadl.status(), "WADL: " + wadl.body());
    Api.Answer options = api.send("OPTIONS", "api/documents", null);
    assertEquals(401, options.status(), "anonymous OPTIONS: " + options.body());
    assertEquals(null, options.header("Allow"), "anonymous OPTIONS lists the methods");
    assertTrue(!options.body().contains("wadl"), options.body());
    Api.Answer signedIn = api.send("OPTIONS", "api/documents", duiven);
    assertTrue(!signedIn.body().contains("wadl"), "WADL in OPTIONS: " + signedIn.body());
  }

  @Test
  void aNulCharacterInTheAddressIsA400() {
    // In the query the portal answers with a problem document (tested above). In the path
    // Payara's HTTP layer refuses the request before any application code runs ("400 Invalid
    // URI", no body): still a refusal, and nothing reaches the portal.
    for (String path : List.of("api/documents/%00", "app/%00", "api/search?q=%00")) {
      assertEquals(400, api.get(path, duiven).status(), path);
    }
    assertEquals(200, api.get("/health/ready", null).status());
  }

  @Test
  void metricsAreForPlatformAdminsAndTheConfiguredScraperOnly() {
    assertEquals("/", base.getPath(), "this class deploys the portal at the root context");
    String admin = api.token("admin", Api.ADMIN_PASSWORD);
    String member = api.signIn("duiven.lid");

    Api.Answer anonymous = api.get("metrics", null);
    assertEquals(401, anonymous.status(), anonymous.body());
    assertTrue(!anonymous.body().contains("uptime"), anonymous.body());
    Api.Answer ofMember = api.get("metrics", member);
    assertEquals(403, ofMember.status(), ofMember.body());
    assertTrue(!ofMember.body().contains("uptime"), ofMember.body());
    Api.Answer wrongSecret =
        api.with("Authorization", basic("metrics", "not-the-secret")).get("metrics", null);
    assertEquals(401, wrongSecret.status(), wrongSecret.body());

    Api.Answer ofAdmin = api.get("metrics", admin);
    assertEquals(200, ofAdmin.status(), ofAdmin.body());
    assertTrue(ofAdmin.body().contains("uptime"), ofAdmin.body());
    Api.Answer scraper =
        api.with("Authorization", basic("metrics", "it-metrics-secret")).get("metrics", null);
    assertEquals(200, scraper.status(), scraper.body());
    assertTrue(scraper.body().contains("uptime"), scraper.body());

    // The long-run figures a soak follows (F14): the database's sessions and the index's reader.
    assertTrue(figure(scraper.body(), "leerkring_db_sessions") >= 1, scraper.body());
    assertTrue(figure(scraper.body(), "leerkring_index_segments") >= 1, scraper.body());
    // Searches holding the reader right now (a background reconciliation may be one): never −1.
    assertTrue(figure(scraper.body(), "leerkring_index_readers") >= 0, scraper.body());
  }

  /**
   * F14: a client with a token keeps no cookie, so each page it fetched used to leave an HTTP
   * session (with Faces' view state) behind for an hour. Twenty page calls now leave none, while a
   * browser's sign-in still holds its one session.
   */
  @Test
  void pagesFetchedWithATokenLeaveNoSessionBehind() {
    String member = api.signIn("duiven.lid");
    Api scraper = api.with("Authorization", basic("metrics", "it-metrics-secret"));
    double before = figure(scraper.get("metrics", null).body(), "leerkring_http_sessions");
    for (int i = 0; i < 20; i++) {
      Api.Answer page = api.get("app/circle.xhtml?circle=leerkring-wdw", member);
      assertEquals(200, page.status(), page.body());
    }
    double after = figure(scraper.get("metrics", null).body(), "leerkring_http_sessions");
    assertTrue(after <= before, "sessions before " + before + ", after 20 pages: " + after);

    Api browser =
        new Api(base, new FuzzHttp(base).session("duiven.lid", Api.DEMO_PASSWORD).session());
    for (int i = 0; i < 3; i++) {
      assertEquals(200, browser.get("app/circle.xhtml?circle=leerkring-wdw", null).status());
    }
    double signedIn = figure(scraper.get("metrics", null).body(), "leerkring_http_sessions");
    assertTrue(signedIn >= after + 1, "a browser's sign-in keeps its session: " + signedIn);
  }

  /** A gauge's value in the Prometheus text, whatever scope prefix or labels Payara writes. */
  private static double figure(String metrics, String name) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "(?m)^(?:application_)?" + name + "(?:\\{[^}]*\\})? ([-0-9.eE]+)$")
            .matcher(metrics);
    assertTrue(m.find(), name + " is not in /metrics");
    return Double.parseDouble(m.group(1));
  }

  private static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
