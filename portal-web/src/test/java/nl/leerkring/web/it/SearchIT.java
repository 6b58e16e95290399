package nl.leerkring.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search over HTTP in the deployed portal: Dutch matching, read-your-own-write, and above all that
 * hits, totals, facet counts, suggestions, "more like this" and exports never show another tenant's
 * private document; bad queries get a readable 400; the index is rebuilt while searches go on.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.portal();
  }

  @ArquillianResource URL base;

  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private String token(String user) {
    return api.token(user, user.equals("admin") ? Api.ADMIN_PASSWORD : Api.DEMO_PASSWORD);
  }

  private String upload(String token, String title, String theme, String wijk, String text) {
    String metadata =
        "{\"title\":\""
            + title
            + "\",\"type\":\"evaluatie\",\"date\":\"2025-05-14\",\"number\":\"2025-88\","
            + "\"themes\":[\""
            + theme
            + "\"],\"wijken\":[\""
            + wijk
            + "\"],\"summary\":\"Samenvatting\"}";
    Api.Answer created =
        api.multipart(
            "POST",
            "api/documents?refresh=true",
            token,
            Api.Part.json("metadata", metadata),
            Api.Part.file("tekst.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, created.status(), created.body());
    return created.json().getString("id");
  }

  private Api.Answer search(String token, Map<String, String> params) {
    StringBuilder query = new StringBuilder("api/search?");
    params.forEach(
        (k, v) ->
            query
                .append(k)
                .append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))
                .append('&'));
    return api.get(query.toString(), token);
  }

  private JsonObject found(String token, String q) {
    Api.Answer answer = search(token, Map.of("q", q));
    assertEquals(200, answer.status(), answer.body());
    return answer.json();
  }

  private static boolean facetHas(JsonObject result, String facet, String value) {
    JsonArray values = result.getJsonObject("facets").getJsonArray(facet);
    return values != null
        && values.stream().anyMatch(v -> v.asJsonObject().getString("value").equals(value));
  }

  @Test
  void aPrivateDocumentIsFoundByItsOwnersOnlyUntilPublished() {
    String duiven = token("duiven.lid");
    String wijchen = token("wijchen.lid");
    String deventer = token("deventer.lid");
    String researcher = token("onderzoeker");
    String coordinator = token("coordinator");
    String word = "zwaluw" + UUID.randomUUID().toString().substring(0, 6).replace("-", "x");
    String theme = "geheim-" + word;
    String wijk = "Wijk-" + word;
    String id =
        upload(
            duiven,
            "Evaluatie " + word,
            theme,
            wijk,
            "De wijkaanpak en de mantelzorg in " + word + " werkten goed samen.");

    // The owner finds it at once (refresh=true), with a highlight and a citation.
    JsonObject own = found(duiven, word);
    assertEquals(1, own.getInt("total"), own.toString());
    JsonObject hit = own.getJsonArray("hits").getJsonObject(0);
    assertEquals("document:" + id, hit.getString("id"));
    assertTrue(hit.getJsonArray("snippets").getString(0).contains("<mark>"), hit.toString());
    String citation = hit.getJsonObject("citation").getString("text");
    assertTrue(citation.contains("Gemeente Duiven (2025)"), citation);
    assertTrue(citation.contains("14 mei 2025"), citation);
    assertTrue(citation.contains("/app/document.xhtml?id=" + id), citation);
    assertTrue(facetHas(found(duiven, ""), "theme", theme), "the owner counts its own theme");
    assertTrue(
        api.get("api/search/suggest?prefix=" + word.substring(0, 8), duiven)
            .body()
            .contains(word.toLowerCase()),
        "the owner is suggested its own word");
    // Dutch: parts of compounds and inflections find it.
    assertTrue(found(duiven, "aanpak " + word).getInt("total") == 1, "aanpak finds wijkaanpak");
    assertTrue(found(duiven, "zorg " + word).getInt("total") == 1, "zorg finds mantelzorg");

    // Nobody else reads, counts, is suggested or exports it.
    for (String other : new String[] {wijchen, deventer, researcher, coordinator}) {
      JsonObject result = found(other, word);
      assertEquals(0, result.getInt("total"), result.toString());
      JsonObject everything = found(other, "");
      assertFalse(facetHas(everything, "theme", theme), everything.toString());
      assertFalse(facetHas(everything, "wijk", wijk), everything.toString());
      Api.Answer suggested = api.get("api/search/suggest?prefix=" + word.substring(0, 8), other);
      assertEquals(200, suggested.status());
      assertEquals("[]", suggested.body().replace(" ", ""), suggested.body());
      assertEquals(404, api.get("api/search/document:" + id + "/similar", other).status());
      Api.Answer export = api.get("api/search/export?format=csv&q=" + word, other);
      assertEquals(200, export.status());
      assertFalse(export.body().contains(word), export.body());
    }

    // Published to the circle: its members and readers find the published copy, Deventer does not.
    String publication =
        api.post(
                "api/documents/" + id + "/publications",
                duiven,
                "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}")
            .json()
            .getString("id");
    assertEquals(0, found(wijchen, word).getInt("total"), "a submission is not yet shared");
    assertEquals(
        200,
        api.post("api/publications/" + publication + "/approve?refresh=true", coordinator, "")
            .status());
    for (String reader : new String[] {wijchen, researcher, coordinator}) {
      JsonObject result = found(reader, word);
      assertEquals(1, result.getInt("total"), result.toString());
      JsonObject shared = result.getJsonArray("hits").getJsonObject(0);
      assertEquals("publication:" + publication, shared.getString("id"));
      assertTrue(
          shared.getString("link").endsWith("/app/item.xhtml?id=" + publication),
          shared.toString());
      assertTrue(facetHas(result, "circle", "leerkring-wdw"), result.toString());
    }
    assertEquals(0, found(deventer, word).getInt("total"));
    // The owner sees its own document once, not also its published copy.
    assertEquals(1, found(duiven, word).getInt("total"));
  }

  @Test
  void badQueriesGetAReadable400AndOddOnesASensibleAnswer() {
    String token = token("wijchen.lid");
    Map<String, String> expected =
        Map.of(
            "\"open aanhalingsteken",
            "quote",
            "(wijk OR buurt",
            "bracket",
            "*zorg",
            "wildcard",
            "wijk AND",
            "both sides",
            "x".repeat(10_000),
            "shorten");
    expected.forEach(
        (q, hint) -> {
          Api.Answer answer = search(token, Map.of("q", q));
          String shown = q.length() > 40 ? q.length() + " characters" : q;
          assertEquals(400, answer.status(), shown + " → " + answer.body());
          assertTrue(answer.body().contains(hint), shown + " → " + answer.body());
        });
    assertEquals(400, search(token, Map.of("size", "1000")).status());
    assertEquals(400, search(token, Map.of("page", "abc")).status());
    assertEquals(400, search(token, Map.of("sort", "random")).status());
    assertEquals(400, api.get("api/search/export?format=xml", token).status());

    JsonObject farBeyond = search(token, Map.of("q", "", "page", "99999")).json();
    assertEquals(0, farBeyond.getJsonArray("hits").size());
    JsonObject unknown = search(token, Map.of("type", "bestaat-niet")).json();
    assertEquals(0, unknown.getInt("total"));
    Api.Answer anonymous = api.get("api/search?q=wijk", null);
    assertEquals(401, anonymous.status());
  }

  @Test
  void anIndexRebuildsBesideTheLiveOneWhileSearchesGoOn() throws InterruptedException {
    String admin = token("admin");
    String duiven = token("duiven.lid");
    String word = "herbouw" + UUID.randomUUID().toString().substring(0, 6).replace("-", "x");
    upload(duiven, "Rapport " + word, "wonen", "Centrum", "Tekst over " + word + ".");
    assertEquals(403, api.post("api/admin/search/rebuild", duiven, "").status());
    Api.Answer started = api.post("api/admin/search/rebuild", admin, "");
    assertEquals(202, started.status(), started.body());
    String state = "running";
    for (int i = 0; i < 600 && !state.equals("done"); i++) {
      assertEquals(1, found(duiven, word).getInt("total"), "searches go on during the rebuild");
      JsonObject progress = api.get("api/admin/search/rebuild", admin).json();
      state = progress.getJsonObject("rebuild").getString("state");
      assertFalse(state.equals("failed"), progress.toString());
      Thread.sleep(100);
    }
    assertEquals("done", state);
    JsonObject progress = api.get("api/admin/search/rebuild", admin).json();
    assertTrue(progress.getBoolean("live"));
    JsonObject rebuild = progress.getJsonObject("rebuild");
    assertEquals(
        rebuild.getJsonNumber("total").longValue(), rebuild.getJsonNumber("done").longValue());
    assertEquals(1, found(duiven, word).getInt("total"), "found in the rebuilt index");

    Api.Answer ready = api.getJson("/health/ready");
    assertEquals(200, ready.status(), ready.body());
    assertTrue(
        ready.json().getJsonArray("checks").stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                c -> c.getString("name").equals("search") && c.getString("status").equals("UP")),
        ready.body());

    // Without refresh=true a new document becomes searchable by itself: the index polls the change
    // log every 250 ms. Measured and printed; the assertion allows for a loaded machine.
    String later = "vanzelf" + UUID.randomUUID().toString().substring(0, 6).replace("-", "x");
    long start = System.nanoTime();
    Api.Answer plain =
        api.multipart(
            "POST",
            "api/documents",
            duiven,
            Api.Part.json("metadata", "{\"title\":\"Notitie " + later + "\",\"type\":\"overig\"}"),
            Api.Part.file("n.txt", "text/plain", later.getBytes(StandardCharsets.UTF_8)));
    assertEquals(201, plain.status(), plain.body());
    long uploaded = System.nanoTime();
    int total = 0;
    while (total == 0 && System.nanoTime() - uploaded < 10_000_000_000L) {
      total = found(duiven, later).getInt("total");
    }
    System.out.printf(
        "searchable %d ms after the upload answered (upload took %d ms)%n",
        (System.nanoTime() - uploaded) / 1_000_000, (uploaded - start) / 1_000_000);
    assertEquals(1, total, "a new document becomes searchable without refresh=true");

    Api.Answer csv = api.get("api/search/export?format=csv&q=" + word, duiven);
    assertEquals(200, csv.status());
    assertTrue(csv.body().startsWith("id,title,gemeente"), csv.body());
    assertTrue(csv.body().contains("Rapport " + word), csv.body());
    Api.Answer json = api.get("api/search/export?format=json&q=" + word, duiven);
    assertEquals(1, json.array().size(), json.body());
  }

  /**
   * The short version of the soak (bench/soak.sh, issue F6): about 20 s ({@code -Dsoak.seconds}) of
   * mixed load by 50 concurrent clients over search, the catalog and an item, document pages and
   * the ledger, as signed-in members. Every answer must be 200, and the portal still ready after.
   */
  @Test
  void fiftyClientsOfMixedLoadGetOnlyAnswers200() throws Exception {
    String duiven = token("duiven.lid");
    String wijchen = token("wijchen.lid");
    String coordinator = token("coordinator");
    String word = "soak" + UUID.randomUUID().toString().substring(0, 6).replace("-", "x");
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      documents.add(
          upload(
              duiven,
              "Voortgang " + word + " " + i,
              "wonen",
              "Duiven-Zuid",
              "De wijkaanpak, de mantelzorg en het wonen in " + word + ", deel " + i + "."));
    }
    Api.Answer submitted =
        api.post(
            "api/documents/" + documents.get(0) + "/publications",
            duiven,
            "{\"scope\":\"CIRCLE\",\"circle\":\"leerkring-wdw\"}");
    assertEquals(201, submitted.status(), submitted.body());
    String item = submitted.json().getString("id");
    assertEquals(
        200,
        api.post("api/publications/" + item + "/approve?refresh=true", coordinator, "").status());
    String programme =
        api.get("api/programmes", duiven).array().stream()
            .map(JsonValue::asJsonObject)
            .filter(p -> p.getString("name").contains("Blijfwijk"))
            .map(p -> p.getString("id"))
            .findFirst()
            .orElseThrow();

    // The mix, about as in bench/soak.sh: search 40 %, document 30 %, catalog 15 %, ledger 15 %.
    List<String[]> mix = new ArrayList<>(); // {token, path}
    for (String q : new String[] {word, "wonen", "zorg", "wijkaanpak", "mantelzorg OR wonen"}) {
      String path = "api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
      mix.add(new String[] {duiven, path});
      mix.add(new String[] {wijchen, path});
      mix.add(new String[] {duiven, path + "&sort=date"});
      mix.add(new String[] {wijchen, path + "&theme=wonen"});
    }
    for (String id : documents) {
      for (int i = 0; i < 2; i++) {
        mix.add(new String[] {duiven, "api/documents/" + id});
        mix.add(new String[] {duiven, "app/document.xhtml?id=" + id});
      }
    }
    mix.add(new String[] {wijchen, "api/circles/leerkring-wdw/catalog"});
    mix.add(new String[] {wijchen, "app/catalog.xhtml?circle=leerkring-wdw"});
    mix.add(new String[] {wijchen, "api/catalog/" + item});
    mix.add(new String[] {wijchen, "app/item.xhtml?id=" + item});
    mix.add(new String[] {duiven, "api/circles/leerkring-wdw/catalog"});
    mix.add(new String[] {duiven, "api/programmes/" + programme + "/ledger"});
    mix.add(new String[] {duiven, "api/programmes/" + programme + "/ledger"});
    mix.add(new String[] {duiven, "api/programmes/" + programme + "/ledger/checks"});
    mix.add(new String[] {duiven, "api/programmes/" + programme + "/ledger/checks"});
    mix.add(new String[] {duiven, "app/ledger.xhtml?id=" + programme});
    for (String[] request : mix) { // each once first: a path that does not answer 200 is no load
      Api.Answer answer = api.get(request[1], request[0]);
      assertEquals(200, answer.status(), request[1] + " → " + answer.body());
    }

    int clients = 50;
    long seconds = Long.getLong("soak.seconds", 20);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    for (int c = 0; c < clients; c++) {
      int offset = c * 7;
      pool.submit(
          () -> {
            for (int i = offset; System.nanoTime() < end; i++) {
              String[] request = mix.get(i % mix.size());
              long t0 = System.nanoTime();
              try {
                Api.Answer answer = api.get(request[1], request[0]);
                latencies.add(System.nanoTime() - t0);
                if (answer.status() != 200) {
                  failures.add(request[1] + " → HTTP " + answer.status());
                }
              } catch (RuntimeException e) {
                failures.add(request[1] + " → " + e);
              }
            }
          });
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(seconds + 120, TimeUnit.SECONDS), "the clients did not end");
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "soak: %d clients for %.1f s: %d requests answered, %.1f/s, p50 %.1f ms, p99 %.1f ms,"
            + " max %.1f ms; %d failed (not 200 or no answer)%n",
        clients,
        elapsed,
        sorted.length,
        sorted.length / elapsed,
        rank(sorted, 0.50) / 1e6,
        rank(sorted, 0.99) / 1e6,
        sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        failures.size());
    assertTrue(
        failures.isEmpty(),
        failures.size() + " requests failed, the first: " + failures.stream().limit(5).toList());
    assertTrue(sorted.length >= clients, "only " + sorted.length + " requests were answered");
    Api.Answer ready = api.getJson("/health/ready");
    assertEquals(200, ready.status(), "ready after the load: " + ready.body());
  }

  /** The nearest-rank percentile of sorted values. */
  private static long rank(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
  }
}
