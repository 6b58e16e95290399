package nl.leerkring.bench.soak;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import nl.leerkring.bench.Machine;
import nl.leerkring.bench.search.Corpus;

/**
 * The helper of the soak benchmark (bench/soak.sh, issue F6):
 *
 * <ul>
 *   <li>{@code load}: brings the running portal to {@code --docs} derived documents through its
 *       upload API ({@code POST /api/documents}, multipart metadata and a text/plain file), as the
 *       demo member of each document's gemeente, in {@code --threads} threads; publishes a few to
 *       the circle (submitted by the owner, approved by the coordinator). Every document that got
 *       its 201 is written to the journal, so a later run loads only what is missing. Then waits
 *       until the search index holds them all.
 *   <li>{@code paths}: writes the request mix for wrk (one line per request: token number and path)
 *       and the tokens, and checks that every distinct request answers 200 for its user.
 * </ul>
 */
public final class Soak {

  static final String CIRCLE = "leerkring-wdw";

  private final Map<String, String> options;
  private final SoakHttp api;

  private String adminToken;

  private Soak(Map<String, String> options) {
    this.options = options;
    this.api = new SoakHttp(option("base"));
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      throw new IllegalArgumentException("usage: Soak load|paths --key=value …");
    }
    Map<String, String> options = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      int eq = a.indexOf('=');
      if (!a.startsWith("--") || eq < 0) {
        throw new IllegalArgumentException("not --key=value: " + a);
      }
      options.put(a.substring(2, eq), a.substring(eq + 1));
    }
    Soak soak = new Soak(options);
    int status =
        switch (args[0]) {
          case "load" -> soak.load();
          case "paths" -> soak.paths();
          default -> throw new IllegalArgumentException("unknown phase " + args[0]);
        };
    System.exit(status);
  }

  private String option(String key) {
    String v = options.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key + "=…");
    }
    return v;
  }

  private int number(String key) {
    return Integer.parseInt(option(key));
  }

  // --- load ---

  private record Loaded(int n, String tenant, String document, String publication) {}

  private int load() throws Exception {
    int docs = number("docs");
    int threads = number("threads");
    int publishPerMille = number("publish-per-mille");
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(number("max-minutes"));
    Path journal = Path.of(option("journal"));
    String password = option("password");

    Map<Integer, Loaded> done = readJournal(journal);
    List<Integer> todo = new ArrayList<>();
    for (int j = 0; j < docs; j++) {
      if (!done.containsKey(j)) {
        todo.add(j);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "load: %,d documents wanted, %,d already loaded (journal %s), %,d to upload in %d threads%n",
        docs,
        done.size(),
        journal,
        todo.size(),
        threads);
    long indexedBefore = indexedDocuments();
    if (todo.isEmpty()) {
      return awaitIndex(indexedBefore);
    }

    long t0 = System.nanoTime();
    List<Corpus.Law> laws = Corpus.read(Path.of(option("corpus")));
    System.out.printf(
        Locale.ROOT,
        "corpus: %,d documents read in %.1f s%n",
        laws.size(),
        (System.nanoTime() - t0) / 1e9);

    Map<String, String> tokens = new HashMap<>();
    for (Map.Entry<String, String> m : SoakDocs.MEMBERS.entrySet()) {
      tokens.put(m.getKey(), api.token(m.getValue(), password));
    }
    String coordinator = api.token("coordinator", password);

    AtomicInteger next = new AtomicInteger();
    AtomicInteger uploaded = new AtomicInteger();
    AtomicInteger published = new AtomicInteger();
    AtomicLong bytes = new AtomicLong();
    ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    long start = System.nanoTime();
    try (Writer out =
        Files.newBufferedWriter(
            journal,
            StandardCharsets.UTF_8,
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      for (int t = 0; t < threads; t++) {
        pool.submit(
            () -> {
              int i;
              while ((i = next.getAndIncrement()) < todo.size()
                  && System.nanoTime() < deadline
                  && failures.size() < 20) {
                SoakDocs.Doc doc = SoakDocs.derive(laws, todo.get(i), publishPerMille);
                try {
                  String token = tokens.get(doc.tenant());
                  byte[] file = doc.body().getBytes(StandardCharsets.UTF_8);
                  long u0 = System.nanoTime();
                  JsonObject created;
                  try {
                    created = upload(token, doc, file);
                  } catch (Refused415 e) {
                    // Tika's magic takes a text that begins with "Article" for message/news, and
                    // the
                    // portal refuses it as mislabelled; the same text after its title is accepted.
                    refused.add(doc.n() + " (" + e.getMessage() + ")");
                    file = (doc.title() + "\n\n" + doc.body()).getBytes(StandardCharsets.UTF_8);
                    created = upload(token, doc, file);
                  }
                  latencies.add(System.nanoTime() - u0);
                  bytes.addAndGet(file.length);
                  String id = created.getString("id");
                  String publication = "-";
                  if (doc.scope() != null) {
                    publication = publish(token, coordinator, id, doc.scope());
                    published.incrementAndGet();
                  }
                  synchronized (out) {
                    out.write(
                        doc.n() + "\t" + doc.tenant() + "\t" + id + "\t" + publication + "\n");
                    out.flush();
                  }
                  uploaded.incrementAndGet();
                } catch (Exception e) {
                  failures.add("document " + doc.n() + ": " + e.getMessage());
                }
              }
            });
      }
      pool.shutdown();
      long lastReport = System.nanoTime();
      int lastCount = 0;
      while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
        if (System.nanoTime() - lastReport > 30e9) {
          int count = uploaded.get();
          double elapsed = (System.nanoTime() - start) / 1e9;
          System.out.printf(
              Locale.ROOT,
              "  %,7d uploaded in %5.0f s: %.1f/s overall, %.1f/s in the last %.0f s; load avg %s%n",
              count,
              elapsed,
              count / elapsed,
              (count - lastCount) / ((System.nanoTime() - lastReport) / 1e9),
              (System.nanoTime() - lastReport) / 1e9,
              Machine.loadAverage("?"));
          lastReport = System.nanoTime();
          lastCount = count;
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    System.out.printf(
        Locale.ROOT,
        "load: %,d uploaded (%,d of them published to %s) in %.0f s: %.1f uploads/s, %.1f MB of text;"
            + " upload p50 %.0f ms, p99 %.0f ms; %d failed%n",
        uploaded.get(),
        published.get(),
        CIRCLE,
        seconds,
        uploaded.get() / seconds,
        bytes.get() / 1e6,
        percentile(sorted, 50) / 1e6,
        percentile(sorted, 99) / 1e6,
        failures.size());
    failures.stream().limit(10).forEach(f -> System.out.println("  FAILED " + f));
    if (!refused.isEmpty()) {
      System.out.printf(
          Locale.ROOT,
          "load: %d uploads refused with 415 and uploaded again with the title as the first line: %s%n",
          refused.size(),
          String.join("; ", refused));
    }
    int total = done.size() + uploaded.get();
    if (total < docs) {
      System.out.printf(
          Locale.ROOT,
          "load: stopped at %,d of %,d documents (time limit of %s min or failures)%n",
          total,
          docs,
          option("max-minutes"));
    }
    int indexed = awaitIndex(indexedBefore + uploaded.get() + published.get());
    return failures.isEmpty() ? indexed : 1;
  }

  private static long percentile(long[] sorted, int p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100.0 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** An upload refused as a kind of file the portal does not read. */
  private static final class Refused415 extends RuntimeException {
    Refused415(String message) {
      super(message);
    }
  }

  private JsonObject upload(String token, SoakDocs.Doc doc, byte[] file) throws Exception {
    String boundary = "----soak" + Long.toHexString(System.nanoTime()) + doc.n();
    ByteArrayOutputStream body = new ByteArrayOutputStream(file.length + 1024);
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json\r\n\r\n"
                + doc.metadata()
                + "\r\n--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"soak-"
                + doc.n()
                + ".txt\"\r\nContent-Type: text/plain\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.write(file);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request =
        HttpRequest.newBuilder(api.uri("/api/documents"))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(120))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build();
    HttpResponse<String> response = api.sendRetrying(request);
    if (response.statusCode() == 415) {
      String detail = SoakHttp.json(response.body()).asJsonObject().getString("detail", "");
      int is = detail.indexOf("(it is ");
      throw new Refused415(
          is < 0 ? "415" : "415, " + detail.substring(is + 1, detail.indexOf(')', is)));
    }
    if (response.statusCode() != 201) {
      throw new IllegalStateException(
          "upload answered HTTP " + response.statusCode() + ": " + response.body());
    }
    return SoakHttp.json(response.body()).asJsonObject();
  }

  private String publish(String owner, String coordinator, String document, String scope)
      throws Exception {
    HttpResponse<String> submitted =
        api.post(
            "/api/documents/" + document + "/publications",
            owner,
            "{\"scope\":\"" + scope + "\",\"circle\":\"" + CIRCLE + "\"}");
    if (submitted.statusCode() != 201) {
      throw new IllegalStateException(
          "submission answered HTTP " + submitted.statusCode() + ": " + submitted.body());
    }
    String id = SoakHttp.json(submitted.body()).asJsonObject().getString("id");
    HttpResponse<String> approved =
        api.post("/api/publications/" + id + "/approve", coordinator, "");
    if (approved.statusCode() != 200) {
      throw new IllegalStateException(
          "approval answered HTTP " + approved.statusCode() + ": " + approved.body());
    }
    return id;
  }

  /** Until the search index holds at least the expected number of entries (at most 15 min). */
  private int awaitIndex(long expected) throws Exception {
    long t0 = System.nanoTime();
    long indexed = indexedDocuments();
    while (indexed < expected && System.nanoTime() - t0 < TimeUnit.MINUTES.toNanos(15)) {
      Thread.sleep(2_000);
      indexed = indexedDocuments();
    }
    System.out.printf(
        Locale.ROOT,
        "index: %,d entries (documents, publications, method cards and uses; at least %,d expected),"
            + " waited %.0f s%n",
        indexed,
        expected,
        (System.nanoTime() - t0) / 1e9);
    return indexed >= expected ? 0 : 1;
  }

  /**
   * The number of entries in the live search index, as platform admins see it (health says only
   * up or down: the count moves with every gemeente's private documents).
   */
  private long indexedDocuments() throws Exception {
    if (adminToken == null) {
      adminToken = api.token("admin", option("admin-password"));
    }
    JsonObject status = api.getJson("/api/admin/search/rebuild", adminToken).asJsonObject();
    return status.getJsonNumber("documents").longValue();
  }

  private static Map<Integer, Loaded> readJournal(Path journal) throws IOException {
    Map<Integer, Loaded> done = new TreeMap<>();
    if (Files.exists(journal)) {
      for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 4) { // a line cut by a kill is left out (its document is loaded again)
          done.put(Integer.parseInt(f[0]), new Loaded(Integer.parseInt(f[0]), f[1], f[2], f[3]));
        }
      }
    }
    return done;
  }

  // --- paths ---

  private static final List<String> QUERIES =
      List.of(
          "wonen",
          "zorg",
          "mantelzorg",
          "jeugdzorg",
          "gemeente",
          "subsidie",
          "veiligheid",
          "onderwijs",
          "arbeid",
          "belasting",
          "\"sociale zekerheid\"",
          "milieu",
          "vergunning",
          "ruimtelijke ordening",
          "huurwoning",
          "energie",
          "water",
          "verkeer",
          "wijk",
          "bijstand",
          "kinderopvang",
          "pensioen",
          "gezondheid",
          "ziekenhuis",
          "beleid*",
          "title:wet",
          "zorg OR wonen",
          "bestuur -provincie",
          "europese unie",
          "inkomen",
          "werkgever",
          "school",
          "onderzoek",
          "cultuur",
          "natuur",
          "landbouw",
          "politie",
          "rechter",
          "besluit",
          "regeling");

  private record Request(String kind, int user, String path) {}

  private int paths() throws Exception {
    Path journal = Path.of(option("journal"));
    Path out = Path.of(option("out"));
    int entries = number("entries");
    String password = option("password");
    Random r = new Random(Long.parseLong(options.getOrDefault("seed", "20261124")));

    List<String> tenants = SoakDocs.TENANTS;
    List<String> tokens = new ArrayList<>();
    for (String tenant : tenants) {
      tokens.add(api.token(SoakDocs.MEMBERS.get(tenant), password));
    }
    int duiven = tenants.indexOf("duiven");

    Map<Integer, Loaded> loaded = readJournal(journal);
    Map<String, List<String>> documents = new HashMap<>();
    List<Loaded> publications = new ArrayList<>();
    for (Loaded l : loaded.values()) {
      documents.computeIfAbsent(l.tenant(), k -> new ArrayList<>()).add(l.document());
      if (!l.publication().equals("-")) {
        publications.add(l);
      }
    }
    if (loaded.isEmpty()) {
      throw new IllegalStateException("no loaded documents in " + journal);
    }

    String programme = null;
    for (JsonValue p : api.getJson("/api/programmes", tokens.get(duiven)).asJsonArray()) {
      if (p.asJsonObject().getString("name").contains("Blijfwijk")) {
        programme = p.asJsonObject().getString("id");
      }
    }
    if (programme == null) {
      throw new IllegalStateException("Duiven has no Blijfwijk programme (demo data missing?)");
    }

    // The mix, by weight: search 40, document 30, catalog 15, ledger 15 (per cent).
    List<Request> mix = new ArrayList<>(entries);
    List<Integer> circleMembers = new ArrayList<>();
    for (int i = 0; i < tenants.size(); i++) {
      if (!tenants.get(i).equals("deventer")) {
        circleMembers.add(i);
      }
    }
    for (int e = 0; e < entries; e++) {
      int w = r.nextInt(100);
      if (w < 40) {
        int user = r.nextInt(tenants.size());
        String q = QUERIES.get(r.nextInt(QUERIES.size()));
        String path = "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        int v = r.nextInt(20);
        if (v < 3) {
          path += "&theme=" + SoakDocs.THEMES.get(r.nextInt(SoakDocs.THEMES.size()));
        } else if (v < 5) {
          path += "&sort=date";
        } else if (v < 7) {
          path += "&page=2";
        } else if (v < 8) {
          path = "/api/search?q=&theme=" + SoakDocs.THEMES.get(r.nextInt(SoakDocs.THEMES.size()));
        }
        mix.add(new Request("search", user, path));
      } else if (w < 70) {
        int user = r.nextInt(tenants.size());
        List<String> own = documents.get(tenants.get(user));
        if (own == null) {
          e--;
          continue;
        }
        String id = own.get(r.nextInt(own.size()));
        mix.add(
            w < 55
                ? new Request("document", user, "/api/documents/" + id)
                : new Request("document-page", user, "/app/document.xhtml?id=" + id));
      } else if (w < 85) {
        int user = circleMembers.get(r.nextInt(circleMembers.size()));
        if (w < 78 || publications.isEmpty()) {
          mix.add(
              w < 74
                  ? new Request("catalog", user, "/api/circles/" + CIRCLE + "/catalog")
                  : new Request("catalog-page", user, "/app/catalog.xhtml?circle=" + CIRCLE));
        } else {
          String id = publications.get(r.nextInt(publications.size())).publication();
          mix.add(
              w < 82
                  ? new Request("catalog-item", user, "/api/catalog/" + id)
                  : new Request("catalog-item-page", user, "/app/item.xhtml?id=" + id));
        }
      } else {
        String path =
            w < 92
                ? "/api/programmes/" + programme + "/ledger"
                : w < 96
                    ? "/api/programmes/" + programme + "/ledger/checks"
                    : "/app/ledger.xhtml?id=" + programme;
        mix.add(new Request(w < 96 ? "ledger" : "ledger-page", duiven, path));
      }
    }

    Files.createDirectories(out);
    Files.write(out.resolve("tokens.txt"), tokens, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    for (Request q : mix) {
      lines.add((q.user() + 1) + " " + q.path());
    }
    Files.write(out.resolve("paths.txt"), lines, StandardCharsets.UTF_8);

    // Every distinct request once, as its user: it must answer 200.
    Map<String, int[]> perKind = new TreeMap<>(); // kind → {entries, distinct, bytes}
    Set<String> seen = new HashSet<>();
    Map<String, String> bad = new LinkedHashMap<>();
    for (Request q : mix) {
      int[] k = perKind.computeIfAbsent(q.kind(), x -> new int[3]);
      k[0]++;
      if (!seen.add(q.user() + " " + q.path())) {
        continue;
      }
      k[1]++;
      HttpResponse<String> response = api.get(q.path(), tokens.get(q.user()));
      k[2] += response.body().length();
      if (response.statusCode() != 200) {
        bad.put(
            SoakDocs.MEMBERS.get(tenants.get(q.user())) + " GET " + q.path(),
            "HTTP " + response.statusCode());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "mix: %d requests (%d distinct), %,d documents of %s to open, %d published items, Duiven's"
            + " programme %s%n",
        mix.size(),
        seen.size(),
        loaded.size(),
        String.join("/", tenants),
        publications.size(),
        programme);
    perKind.forEach(
        (kind, k) ->
            System.out.printf(
                Locale.ROOT,
                "  %-18s %5.1f %%  %4d distinct, checked once: %s characters on average%n",
                kind,
                100.0 * k[0] / mix.size(),
                k[1],
                String.format(Locale.ROOT, "%,d", k[2] / Math.max(1, k[1]))));
    if (!bad.isEmpty()) {
      System.out.println("check: " + bad.size() + " requests did not answer 200:");
      bad.entrySet().stream()
          .limit(20)
          .forEach(b -> System.out.println("  " + b.getKey() + " → " + b.getValue()));
      return 1;
    }
    System.out.println("check: every distinct request answered 200 for its user");
    return 0;
  }
}
