import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The Java half of proof/crash.sh (issue F6, suite 4: crash recovery). JDK 17 only; the JDBC drivers
 * (H2 from the Payara Micro jar, PostgreSQL from the WAR) come on the class path for {@code dbcheck}.
 *
 * <pre>
 *   load     bulk upload (and maybe an index rebuild) until the portal dies; journals every attempt
 *   dbcheck  with the portal dead: the database and the blob directory against the journal
 *   verify   with the portal up again: the API and the search index against the journal and dbcheck
 * </pre>
 *
 * Arguments are {@code --key=value}; see crash.sh for the values it passes. Problems are printed as
 * lines starting with {@code LOSS} or {@code INCONSISTENT}; the exit code is 1 when there is one.
 */
public final class Crash {

  private Crash() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0) {
      System.err.println("usage: Crash load|dbcheck|verify --key=value …");
      System.exit(2);
    }
    Map<String, String> opts = options(args);
    int problems =
        switch (args[0]) {
          case "load" -> new Load(opts).run();
          case "dbcheck" -> new DbCheck(opts).run();
          case "verify" -> new Verify(opts).run();
          default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
    System.exit(problems == 0 ? 0 : 1);
  }

  static Map<String, String> options(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 1; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || !a.contains("=")) {
        throw new IllegalArgumentException("expected --key=value, got " + a);
      }
      opts.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
    }
    return opts;
  }

  static String need(Map<String, String> opts, String key) {
    String v = opts.get(key);
    if (v == null) {
      throw new IllegalArgumentException("missing --" + key + "=…");
    }
    return v;
  }

  // ---------------------------------------------------------------------------------------------
  // The journal: one tab-separated line per event, appended by `load`, read by the other two.
  //   ACCOUNT  account tenantId
  //   SENT     attempt cycle account kind sha256 size marker title fileName refresh
  //   OK       attempt documentId millis epochMs   (the portal answered 201; how long it took, when)
  //   FAIL     attempt status body                 (any other answer: not stored, not a loss)
  //   DOUBT    attempt error                       (no answer: the portal died with it in flight)
  //   NOCONN   attempt error                       (refused before sending: the portal was dead)
  //   REBUILD  cycle event detail
  //   KILL     cycle epochMs                       (written by crash.sh just before kill -9)
  // ---------------------------------------------------------------------------------------------

  static final class Journal {
    private final PrintWriter out;

    Journal(Path file) throws IOException {
      out =
          new PrintWriter(
              Files.newBufferedWriter(
                  file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND));
    }

    synchronized void write(Object... fields) {
      StringBuilder line = new StringBuilder();
      for (Object f : fields) {
        if (line.length() > 0) {
          line.append('\t');
        }
        line.append(String.valueOf(f).replaceAll("[\\t\\r\\n]+", " "));
      }
      out.println(line);
      out.flush();
    }
  }

  /** One upload attempt as the journal tells it. */
  static final class Attempt {
    String id;
    int cycle;
    String account;
    String kind;
    String sha256;
    long size;
    String marker;
    String title;
    String fileName;
    String outcome = "SENT"; // SENT (no outcome written), OK, FAIL, DOUBT, NOCONN
    String documentId;
    String detail;
    long acknowledgedAt;
  }

  static final class JournalView {
    final Map<String, Attempt> attempts = new LinkedHashMap<>();
    final Map<String, String> tenantOf = new LinkedHashMap<>(); // account -> tenant id
    final List<String[]> rebuilds = new ArrayList<>();
    final Map<Integer, Long> killedAt = new HashMap<>();

    static JournalView read(Path file) throws IOException {
      JournalView j = new JournalView();
      if (!Files.exists(file)) {
        return j;
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "ACCOUNT" -> j.tenantOf.put(f[1], f[2]);
          case "SENT" -> {
            Attempt a = new Attempt();
            a.id = f[1];
            a.cycle = Integer.parseInt(f[2]);
            a.account = f[3];
            a.kind = f[4];
            a.sha256 = f[5];
            a.size = Long.parseLong(f[6]);
            a.marker = f[7];
            a.title = f[8];
            a.fileName = f[9];
            j.attempts.put(a.id, a);
          }
          case "OK", "FAIL", "DOUBT", "NOCONN" -> {
            Attempt a = j.attempts.get(f[1]);
            if (a != null) {
              a.outcome = f[0];
              if (f[0].equals("OK")) {
                a.documentId = f[2];
                a.acknowledgedAt = f.length > 4 ? Long.parseLong(f[4]) : 0;
              } else {
                a.detail = f.length > 3 ? f[2] + " " + f[3] : f[2];
              }
            }
          }
          case "REBUILD" -> j.rebuilds.add(f);
          case "KILL" -> j.killedAt.put(Integer.parseInt(f[1]), Long.parseLong(f[2]));
          default -> {
            // ignore
          }
        }
      }
      return j;
    }

    /** "acknowledged 312 ms before the kill of cycle 3", when known. */
    String when(Attempt a) {
      Long kill = killedAt.get(a.cycle);
      if (kill == null || a.acknowledgedAt == 0) {
        return "";
      }
      return ", acknowledged " + (kill - a.acknowledgedAt) + " ms before the kill";
    }

    List<Attempt> acknowledged() {
      return attempts.values().stream().filter(a -> a.outcome.equals("OK")).toList();
    }

    /** Sent, but the answer never came: the row may or may not exist, both are fine. */
    List<Attempt> inDoubt() {
      return attempts.values().stream()
          .filter(a -> a.outcome.equals("DOUBT") || a.outcome.equals("SENT"))
          .toList();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP
  // ---------------------------------------------------------------------------------------------

  static final class Api {
    final String base;
    final HttpClient http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    final Map<String, String> tokens = new ConcurrentHashMap<>();
    final Map<String, String> passwords = new ConcurrentHashMap<>();

    Api(String base) {
      this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    String token(String account) throws IOException, InterruptedException {
      String t = tokens.get(account);
      if (t != null) {
        return t;
      }
      String body =
          "{\"username\":\"" + account + "\",\"password\":\"" + passwords.get(account) + "\"}";
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/api/auth/token"))
                  .timeout(Duration.ofSeconds(60))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IOException("sign-in of " + account + ": " + r.statusCode() + " " + r.body());
      }
      t = (String) ((Map<?, ?>) Json.parse(r.body())).get("token");
      tokens.put(account, t);
      return t;
    }

    HttpResponse<String> get(String account, String path) throws IOException, InterruptedException {
      return http.send(
          request(account, path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> getBytes(String account, String path)
        throws IOException, InterruptedException {
      return http.send(
          request(account, path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String account, String path, HttpRequest.BodyPublisher body, String type)
        throws IOException, InterruptedException {
      HttpRequest.Builder b = request(account, path).POST(body);
      if (type != null) {
        b.header("Content-Type", type);
      }
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    Object json(String account, String path) throws IOException, InterruptedException {
      HttpResponse<String> r = get(account, path);
      if (r.statusCode() != 200) {
        throw new IOException("GET " + path + " as " + account + ": " + r.statusCode() + " " + r.body());
      }
      return Json.parse(r.body());
    }

    private HttpRequest.Builder request(String account, String path)
        throws IOException, InterruptedException {
      return HttpRequest.newBuilder(URI.create(base + path))
          .timeout(Duration.ofSeconds(180))
          .header("Authorization", "Bearer " + token(account));
    }
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] buf = new byte[1 << 16];
      int n;
      while ((n = in.read(buf)) > 0) {
        md.update(buf, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof HttpConnectTimeoutException) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // load: the bulk upload and the rebuild, until the portal is killed
  // ---------------------------------------------------------------------------------------------

  static final class Load {
    final Api api;
    final Journal journal;
    final int cycle;
    final long seed;
    final int threads;
    final long deadline;
    final List<String> accounts;
    final List<Path> samples;
    final String adminPassword;
    final long rebuildAtMillis;
    final Path started;
    final AtomicBoolean dead = new AtomicBoolean();
    final AtomicInteger sent = new AtomicInteger();
    final AtomicInteger ok = new AtomicInteger();
    final AtomicInteger failed = new AtomicInteger();
    final AtomicInteger doubt = new AtomicInteger();
    final AtomicInteger bytes = new AtomicInteger();

    Load(Map<String, String> o) throws IOException {
      api = new Api(need(o, "base"));
      journal = new Journal(Path.of(need(o, "journal")));
      cycle = Integer.parseInt(need(o, "cycle"));
      seed = Long.parseLong(need(o, "seed"));
      threads = Integer.parseInt(o.getOrDefault("threads", "2"));
      deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(Long.parseLong(o.getOrDefault("max-seconds", "300")));
      accounts = List.of(need(o, "accounts").split(","));
      String password = need(o, "password");
      accounts.forEach(a -> api.passwords.put(a, password));
      adminPassword = need(o, "admin-password");
      api.passwords.put("admin", adminPassword);
      rebuildAtMillis = Long.parseLong(o.getOrDefault("rebuild-at-ms", "-1"));
      started = o.containsKey("started") ? Path.of(o.get("started")) : null;
      try (Stream<Path> s = Files.list(Path.of(need(o, "samples")))) {
        samples = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
      }
    }

    int run() throws Exception {
      // Sign in first (the admin too, for the rebuild); crash.sh starts the clock for the kill when
      // the started file appears, so the delay is time spent uploading.
      try {
        for (String account : accounts) {
          Map<?, ?> me = (Map<?, ?>) api.json(account, "/api/me");
          journal.write("ACCOUNT", account, ((Map<?, ?>) me.get("tenant")).get("id"));
        }
        api.token("admin");
      } catch (IOException e) {
        System.out.println("load: the portal went away before the upload started: " + e);
        return 0;
      }
      if (started != null) {
        Files.writeString(started, "started\n");
      }
      long startedAt = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int no = t;
        workers.add(new Thread(() -> uploads(no)));
      }
      if (rebuildAtMillis >= 0) {
        workers.add(new Thread(this::rebuild));
      }
      workers.forEach(Thread::start);
      for (Thread w : workers) {
        w.join();
      }
      double secs = (System.nanoTime() - startedAt) / 1e9;
      System.out.printf(
          "load: %d sent, %d acknowledged (201), %d refused, %d in doubt, %.1f MB in %.1f s%n",
          sent.get(), ok.get(), failed.get(), doubt.get(), bytes.get() / 1e6, secs);
      return 0;
    }

    void uploads(int thread) {
      Random rnd = new Random(seed * 1_000_003L + cycle * 7919L + thread);
      int consecutiveFailures = 0;
      for (int n = 1; !dead.get() && System.nanoTime() < deadline; n++) {
        String attempt = "c" + cycle + "-t" + thread + "-" + n;
        String account = accounts.get((n + thread) % accounts.size());
        Content c = Content.make(rnd, attempt, samples);
        boolean refresh = rnd.nextInt(4) == 0;
        journal.write(
            "SENT", attempt, cycle, account, c.kind, sha256(c.bytes), c.bytes.length, c.marker,
            c.title, c.fileName, refresh);
        sent.incrementAndGet();
        long t0 = System.nanoTime();
        try {
          String boundary = "crash" + Long.toHexString(rnd.nextLong());
          HttpResponse<String> r =
              api.post(
                  account,
                  "/api/documents" + (refresh ? "?refresh=true" : ""),
                  HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, c)),
                  "multipart/form-data; boundary=" + boundary);
          long ms = (System.nanoTime() - t0) / 1_000_000;
          if (r.statusCode() == 201) {
            String id = (String) ((Map<?, ?>) Json.parse(r.body())).get("id");
            journal.write("OK", attempt, id, ms, System.currentTimeMillis());
            ok.incrementAndGet();
            bytes.addAndGet(c.bytes.length);
            consecutiveFailures = 0;
          } else {
            journal.write("FAIL", attempt, r.statusCode(), r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
            failed.incrementAndGet();
            if (++consecutiveFailures >= 20) {
              System.err.println("load: 20 refusals in a row; stopping thread " + thread);
              return;
            }
          }
        } catch (IOException e) {
          if (refused(e)) {
            journal.write("NOCONN", attempt, e.toString());
            dead.set(true);
            return;
          }
          journal.write("DOUBT", attempt, e.toString());
          doubt.incrementAndGet();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }

    void rebuild() {
      try {
        long wait = rebuildAtMillis;
        while (wait > 0 && !dead.get()) {
          Thread.sleep(Math.min(wait, 100));
          wait -= 100;
        }
        if (dead.get()) {
          return;
        }
        HttpResponse<String> r =
            api.post("admin", "/api/admin/search/rebuild", HttpRequest.BodyPublishers.noBody(), null);
        journal.write("REBUILD", cycle, "asked", r.statusCode());
        String last = "";
        while (!dead.get() && System.nanoTime() < deadline) {
          Map<?, ?> s = (Map<?, ?>) api.json("admin", "/api/admin/search/rebuild");
          Map<?, ?> p = (Map<?, ?>) s.get("rebuild");
          String state = p.get("state") + " " + p.get("done") + "/" + p.get("total");
          if (!state.equals(last)) {
            journal.write("REBUILD", cycle, "state", state);
            last = state;
          }
          Thread.sleep(200);
        }
      } catch (IOException e) {
        journal.write("REBUILD", cycle, "ended", refused(e) ? "portal gone" : e.toString());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    static byte[] multipart(String boundary, Content c) {
      String metadata =
          "{\"title\":\"" + c.title + "\",\"type\":\"" + c.type + "\",\"date\":\"2026-0"
              + (1 + Math.abs(c.marker.hashCode()) % 9) + "-15\",\"themes\":[\"wonen\"],"
              + "\"tags\":[\"crashproef\"],\"wijken\":[\"Proefwijk\"],\"summary\":\"Upload "
              + c.title + " van de crashproef (F6).\"}";
      String head =
          "--" + boundary + "\r\n"
              + "Content-Disposition: form-data; name=\"metadata\"\r\n"
              + "Content-Type: application/json\r\n\r\n"
              + metadata + "\r\n"
              + "--" + boundary + "\r\n"
              + "Content-Disposition: form-data; name=\"file\"; filename=\"" + c.fileName + "\"\r\n"
              + "Content-Type: " + c.contentType + "\r\n\r\n";
      byte[] h = head.getBytes(StandardCharsets.UTF_8);
      byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
      byte[] all = new byte[h.length + c.bytes.length + t.length];
      System.arraycopy(h, 0, all, 0, h.length);
      System.arraycopy(c.bytes, 0, all, h.length, c.bytes.length);
      System.arraycopy(t, 0, all, h.length + c.bytes.length, t.length);
      return all;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What is uploaded: generated Dutch text, generated PDF, a sample with the marker appended, or a
  // sample unchanged (its blob is shared with earlier uploads; the marker is then in the title).
  // ---------------------------------------------------------------------------------------------

  static final class Content {
    String kind;
    String marker;
    String title;
    String fileName;
    String contentType;
    String type;
    byte[] bytes;

    private static final String[] WORDS = {
      "wijk", "dorp", "bewoners", "gemeente", "leerkring", "gezondheid", "leefbaarheid",
      "energietransitie", "buurtteam", "mantelzorg", "ontmoeting", "wijkaanpak", "samenwerking",
      "partners", "welzijn", "jongeren", "ouderen", "buurthuis", "vrijwilligers", "veiligheid",
      "woningcorporatie", "huisarts", "wijkagent", "school", "sportvereniging", "programma",
      "evaluatie", "voortgang", "kerngroep", "opgave", "preventie", "armoede", "eenzaamheid",
      "groen", "speelplek", "verduurzaming", "isolatie", "dorpsraad", "signalen", "netwerk"
    };
    private static final String[] TYPES = {
      "nota-bw", "raadsmededeling", "evaluatie", "voortgangsrapportage", "plan-van-aanpak",
      "interview", "overig"
    };
    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";

    static Content make(Random rnd, String attempt, List<Path> samples) {
      Content c = new Content();
      StringBuilder m = new StringBuilder("qx");
      for (int i = 0; i < 12; i++) {
        m.append(CONSONANTS.charAt(rnd.nextInt(CONSONANTS.length())));
      }
      c.marker = m.toString();
      c.title = "Crashproef " + attempt;
      c.type = TYPES[rnd.nextInt(TYPES.length)];
      int roll = rnd.nextInt(100);
      if (roll < 35) {
        c.kind = "txt";
        c.bytes = text(rnd, 20 + rnd.nextInt(400), c.marker).getBytes(StandardCharsets.UTF_8);
        c.fileName = "crash-" + attempt + ".txt";
        c.contentType = "text/plain";
      } else if (roll < 65) {
        c.kind = "pdf";
        c.bytes = pdf(rnd, c.marker, attempt);
        c.fileName = "crash-" + attempt + ".pdf";
        c.contentType = "application/pdf";
      } else if (roll < 85 && !samples.isEmpty()) {
        c.kind = "sample";
        Path s = samples.get(rnd.nextInt(samples.size()));
        c.bytes =
            (read(s) + "\n\nKenmerk van deze proef: " + c.marker + "\n")
                .getBytes(StandardCharsets.UTF_8);
        c.fileName = s.getFileName().toString();
        c.contentType = "text/plain";
      } else if (roll < 95 && !samples.isEmpty()) {
        c.kind = "dup";
        Path s = samples.get(rnd.nextInt(samples.size()));
        c.bytes = read(s).getBytes(StandardCharsets.UTF_8);
        c.title = c.title + " " + c.marker;
        c.fileName = s.getFileName().toString();
        c.contentType = "text/plain";
      } else {
        c.kind = "big";
        // 2-4 MB of text: a longer window for the kill between the blob write and the commit.
        c.bytes = text(rnd, 250_000 + rnd.nextInt(250_000), c.marker).getBytes(StandardCharsets.UTF_8);
        c.fileName = "crash-" + attempt + "-groot.txt";
        c.contentType = "text/plain";
      }
      return c;
    }

    static String read(Path p) {
      try {
        return Files.readString(p, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** Sentences of words from the domain; the marker somewhere in the middle. */
    static String text(Random rnd, int words, String marker) {
      StringBuilder sb = new StringBuilder("Crashproef: tekst over wijkgericht werken.\n\n");
      // Within the first 2,000,000 characters, the most the portal extracts from a file.
      int markerAt = Math.min(words / 2, 600 + rnd.nextInt(400));
      for (int i = 0; i < words; i++) {
        String w = i == markerAt ? marker : WORDS[rnd.nextInt(WORDS.length)];
        boolean first = i % 12 == 0;
        sb.append(first ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        sb.append(i % 12 == 11 ? ".\n" : " ");
      }
      return sb.append(".\n").toString();
    }

    /** A one-page PDF 1.4 with Helvetica text lines, byte offsets computed for the xref table. */
    static byte[] pdf(Random rnd, String marker, String attempt) {
      List<String> lines = new ArrayList<>();
      lines.add("Crashproef " + attempt + ": verslag over wijkgericht werken");
      int count = 10 + rnd.nextInt(35);
      int markerAt = rnd.nextInt(count);
      for (int i = 0; i < count; i++) {
        StringBuilder l = new StringBuilder();
        for (int w = 0; w < 9; w++) {
          l.append(i == markerAt && w == 4 ? marker : WORDS[rnd.nextInt(WORDS.length)]).append(' ');
        }
        lines.add(l.toString().strip());
      }
      StringBuilder content = new StringBuilder("BT\n/F1 11 Tf\n14 TL\n56 790 Td\n");
      for (String l : lines) {
        content.append('(').append(l.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)"))
            .append(") Tj T*\n");
      }
      content.append("ET\n");
      byte[] stream = content.toString().getBytes(StandardCharsets.US_ASCII);
      List<String> objects = new ArrayList<>();
      objects.add("<< /Type /Catalog /Pages 2 0 R >>");
      objects.add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
      objects.add(
          "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >>"
              + " /Contents 5 0 R >>");
      objects.add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
      objects.add(
          "<< /Length " + stream.length + " >>\nstream\n"
              + new String(stream, StandardCharsets.US_ASCII) + "endstream");
      StringBuilder pdf = new StringBuilder("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n");
      // Offsets in bytes: everything is ASCII except the binary comment of 4 chars (ISO-8859-1).
      List<Integer> offsets = new ArrayList<>();
      for (int i = 0; i < objects.size(); i++) {
        offsets.add(pdf.length());
        pdf.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
      }
      int xref = pdf.length();
      pdf.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
      for (int off : offsets) {
        pdf.append(String.format("%010d 00000 n \n", off));
      }
      pdf.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\n")
          .append("startxref\n").append(xref).append("\n%%EOF\n");
      return pdf.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // dbcheck: the portal is dead; the database and the blob directory against the journal
  // ---------------------------------------------------------------------------------------------

  static final class DbCheck {
    final String url;
    final String user;
    final String password;
    final Path blobs;
    final Path journalFile;
    final Path stateFile;
    final int cycle;
    final List<String> problems = new ArrayList<>();

    DbCheck(Map<String, String> o) {
      url = need(o, "db-url");
      user = o.getOrDefault("db-user", "");
      password = o.getOrDefault("db-password", "");
      blobs = Path.of(need(o, "data-dir")).resolve("blobs");
      journalFile = Path.of(need(o, "journal"));
      stateFile = Path.of(need(o, "state"));
      cycle = Integer.parseInt(o.getOrDefault("cycle", "0"));
    }

    void problem(String kind, String what) {
      problems.add(kind + " " + what);
      System.out.println(kind + " (db, cycle " + cycle + "): " + what);
    }

    int run() throws Exception {
      JournalView journal = JournalView.read(journalFile);
      try (Connection db = DriverManager.getConnection(url, user, password)) {
        if (url.startsWith("jdbc:postgresql:")) {
          awaitOtherSessionsGone(db);
        }
        return check(db, journal);
      }
    }

    /**
     * After kill -9 the server may still be finishing a COMMIT the JVM sent just before it died;
     * wait until every other session of this database has ended, so what we read is final.
     */
    static void awaitOtherSessionsGone(Connection db) throws Exception {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (true) {
        try (Statement st = db.createStatement();
            ResultSet rs =
                st.executeQuery(
                    "select count(*) from pg_stat_activity where datname = current_database()"
                        + " and pid <> pg_backend_pid()")) {
          rs.next();
          if (rs.getInt(1) == 0) {
            return;
          }
        }
        if (System.nanoTime() > until) {
          throw new IllegalStateException("other sessions of the database did not end in 60 s");
        }
        Thread.sleep(200);
      }
    }

    record Doc(String id, String tenant, String title, int currentVersion) {}

    record FileRow(String id, String document, String kind, int version, String blob, String text, long size) {}

    int check(Connection db, JournalView journal) throws Exception {
      Map<String, Doc> docs = new LinkedHashMap<>();
      Map<String, Doc> byTitle = new HashMap<>();
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("select id, tenant_id, title, current_version from case_document")) {
        while (rs.next()) {
          Doc d = new Doc(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
          docs.put(d.id(), d);
          byTitle.put(d.title(), d);
        }
      }
      Map<String, List<FileRow>> files = new HashMap<>();
      int fileRows = 0;
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select id, document_id, kind, file_version, blob_sha256, text_sha256, size_bytes"
                      + " from document_file")) {
        while (rs.next()) {
          FileRow f =
              new FileRow(
                  rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                  rs.getString(6), rs.getLong(7));
          files.computeIfAbsent(f.document(), k -> new ArrayList<>()).add(f);
          fileRows++;
        }
      }
      // Blobs named by rows: every file row (original and text) and every publication snapshot.
      Map<String, Long> referenced = new HashMap<>(); // sha -> expected size, -1 when unknown
      files.values().forEach(
          l -> l.forEach(f -> {
            referenced.put(f.blob(), f.size());
            referenced.putIfAbsent(f.text(), -1L);
          }));
      long published = 0;
      int publications = 0;
      Pattern sha = Pattern.compile("\\b[0-9a-f]{64}\\b");
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("select status, snapshot from publication")) {
        while (rs.next()) {
          publications++;
          if ("PUBLISHED".equals(rs.getString(1))) {
            published++;
          }
          Matcher m = sha.matcher(rs.getString(2));
          while (m.find()) {
            referenced.putIfAbsent(m.group(), -1L);
          }
        }
      }
      // The circle's own items are indexed as well: meetings, learning questions, harvest,
      // published syntheses and threads (the counts each search contributor gives for a rebuild;
      // a thread about an item that left its circle is not indexed, and the crash loop makes none).
      long circleItems = 0;
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select (select count(*) from meeting) + (select count(*) from learning_question)"
                      + " + (select count(*) from harvest_item) + (select count(*) from"
                      + " learning_synthesis where published_number is not null)"
                      + " + (select count(*) from conversation)")) {
        rs.next();
        circleItems = rs.getLong(1);
      }
      long maxSeq;
      try (Statement st = db.createStatement();
          ResultSet rs = st.executeQuery("select coalesce(max(seq), 0) from change_log")) {
        rs.next();
        maxSeq = rs.getLong(1);
      }
      Set<String> withoutChange = new TreeSet<>();
      try (Statement st = db.createStatement();
          ResultSet rs =
              st.executeQuery(
                  "select d.id from case_document d where not exists (select 1 from change_log c"
                      + " where c.entity = 'document' and c.entity_id = d.id)")) {
        while (rs.next()) {
          withoutChange.add(rs.getString(1));
        }
      }
      for (String id : withoutChange) {
        problem("INCONSISTENT", "document " + id + " has no change-log entry (the index never hears of it)");
      }

      // Rows: every document has its originals 1..current_version, nothing more.
      for (Doc d : docs.values()) {
        List<FileRow> fs = files.getOrDefault(d.id(), List.of());
        Set<Integer> versions = new TreeSet<>();
        fs.stream().filter(f -> f.kind().equals("ORIGINAL")).forEach(f -> versions.add(f.version()));
        Set<Integer> expected = new TreeSet<>();
        for (int v = 1; v <= d.currentVersion(); v++) {
          expected.add(v);
        }
        if (!versions.equals(expected)) {
          problem("INCONSISTENT", "document " + d.id() + " (" + d.title() + ") has current version "
              + d.currentVersion() + " but original file rows " + versions);
        }
      }

      // Blobs: present, and their content is what their name says (no torn or empty file).
      int missing = 0;
      int corrupt = 0;
      for (Map.Entry<String, Long> e : referenced.entrySet()) {
        Path p = blobs.resolve(e.getKey().substring(0, 2)).resolve(e.getKey().substring(2));
        if (!Files.isRegularFile(p)) {
          missing++;
          problem("LOSS", "blob " + e.getKey() + " is named by a row but missing at " + p);
          continue;
        }
        if (e.getValue() >= 0 && Files.size(p) != e.getValue()) {
          corrupt++;
          problem("LOSS", "blob " + e.getKey() + " has " + Files.size(p) + " bytes, the row says " + e.getValue());
        } else if (!sha256(p).equals(e.getKey())) {
          corrupt++;
          problem("LOSS", "blob " + e.getKey() + " does not hash to its name");
        }
      }
      int onDisk = 0;
      int incoming = 0;
      if (Files.isDirectory(blobs)) {
        try (Stream<Path> all = Files.walk(blobs, 2)) {
          for (Path p : all.filter(Files::isRegularFile).toList()) {
            if (p.getParent().getFileName().toString().equals("incoming")) {
              incoming++;
            } else {
              onDisk++;
            }
          }
        }
      }
      int orphans = onDisk - (referenced.size() - missing);

      // The journal: every 201 is there with the bytes that were sent.
      int acknowledged = 0;
      for (Attempt a : journal.acknowledged()) {
        acknowledged++;
        Doc d = docs.get(a.documentId);
        if (d == null) {
          problem("LOSS", "upload " + a.id + " (cycle " + a.cycle + ", " + a.kind + ", " + a.account
              + journal.when(a) + ") got 201 as document " + a.documentId + " but the database has no such row");
          continue;
        }
        if (!d.title().equals(a.title)) {
          problem("INCONSISTENT", "document " + d.id() + " is titled '" + d.title() + "', upload " + a.id + " sent '" + a.title + "'");
        }
        if (journal.tenantOf.containsKey(a.account) && !journal.tenantOf.get(a.account).equals(d.tenant())) {
          problem("INCONSISTENT", "document " + d.id() + " belongs to tenant " + d.tenant() + ", not to " + a.account + "'s");
        }
        FileRow original = originalV1(files.get(d.id()));
        if (original == null || !original.blob().equals(a.sha256) || original.size() != a.size) {
          problem("LOSS", "upload " + a.id + ": document " + d.id() + "'s original is "
              + (original == null ? "missing" : original.blob() + " (" + original.size() + " bytes)")
              + ", sent " + a.sha256 + " (" + a.size + " bytes)");
        }
      }
      int doubtCommitted = 0;
      int doubtAbsent = 0;
      List<String> doubtLines = new ArrayList<>();
      for (Attempt a : journal.inDoubt()) {
        Doc d = byTitle.get(a.title);
        if (d == null) {
          doubtAbsent++;
          continue;
        }
        doubtCommitted++;
        doubtLines.add("doubt\t" + a.id + "\t" + d.id());
        FileRow original = originalV1(files.get(d.id()));
        if (original == null || !original.blob().equals(a.sha256) || original.size() != a.size) {
          problem("INCONSISTENT", "in-doubt upload " + a.id + " was committed as " + d.id()
              + " but its original is not the bytes sent");
        }
      }
      // Uploads the portal refused must not have left a row.
      for (Attempt a : journal.attempts.values()) {
        if (a.outcome.equals("FAIL") || a.outcome.equals("NOCONN")) {
          Doc d = byTitle.get(a.title);
          if (d != null) {
            problem("INCONSISTENT", "upload " + a.id + " was answered " + a.outcome + " (" + a.detail
                + ") but document " + d.id() + " exists");
          }
        }
      }

      // State for verify: what the index must hold once it has caught up.
      List<String> state = new ArrayList<>();
      state.add("maxSeq\t" + maxSeq);
      state.add("indexExpected\t" + (docs.size() + published + circleItems));
      state.add("documents\t" + docs.size());
      for (Doc d : docs.values()) {
        FileRow current = originalCurrent(files.get(d.id()), d.currentVersion());
        state.add("doc\t" + d.tenant() + "\t" + d.id() + "\t" + (current == null ? "" : current.blob()));
      }
      state.addAll(doubtLines);
      Files.write(stateFile, state, StandardCharsets.UTF_8);

      System.out.printf(
          "db: %d documents, %d file rows, %d publications (%d published), change log at %d;"
              + " %d blobs named, %d missing, %d corrupt; %d unreferenced blobs, %d temporary files;"
              + " %d acknowledged uploads checked; in doubt: %d committed, %d absent%n",
          docs.size(), fileRows, publications, published, maxSeq, referenced.size(), missing, corrupt,
          orphans, incoming, acknowledged, doubtCommitted, doubtAbsent);
      return problems.size();
    }

    static FileRow originalV1(List<FileRow> fs) {
      return fs == null ? null : fs.stream()
          .filter(f -> f.kind().equals("ORIGINAL") && f.version() == 1).findFirst().orElse(null);
    }

    static FileRow originalCurrent(List<FileRow> fs, int version) {
      return fs == null ? null : fs.stream()
          .filter(f -> f.kind().equals("ORIGINAL") && f.version() == version).findFirst().orElse(null);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // verify: the portal is up again; the API and the index against the journal and dbcheck's state
  // ---------------------------------------------------------------------------------------------

  static final class Verify {
    final Api api;
    final JournalView journal;
    final Path stateFile;
    final String scope; // "all" or a cycle number: whose 201s get the full API check
    final boolean finalRebuild;
    final int cycle;
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    long maxSeq;
    long indexExpected;
    final Map<String, Set<String>> docsByTenant = new HashMap<>();
    final Map<String, String> currentBlobOf = new HashMap<>();
    final Map<String, String> doubtCommitted = new LinkedHashMap<>(); // attempt -> doc id

    Verify(Map<String, String> o) throws IOException {
      api = new Api(need(o, "base"));
      journal = JournalView.read(Path.of(need(o, "journal")));
      stateFile = Path.of(need(o, "state"));
      scope = o.getOrDefault("check", "all");
      finalRebuild = Boolean.parseBoolean(o.getOrDefault("final-rebuild", "false"));
      cycle = Integer.parseInt(o.getOrDefault("cycle", "0"));
      String password = need(o, "password");
      journal.tenantOf.keySet().forEach(a -> api.passwords.put(a, password));
      api.passwords.put("admin", need(o, "admin-password"));
    }

    void problem(String kind, String what) {
      problems.add(kind + " " + what);
      System.out.println(kind + " (api, cycle " + cycle + "): " + what);
    }

    int run() throws Exception {
      long t0 = System.nanoTime();
      for (String line : Files.readAllLines(stateFile, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
          case "maxSeq" -> maxSeq = Long.parseLong(f[1]);
          case "indexExpected" -> indexExpected = Long.parseLong(f[1]);
          case "doc" -> {
            docsByTenant.computeIfAbsent(f[1], k -> new TreeSet<>()).add(f[2]);
            currentBlobOf.put(f[2], f[3]);
          }
          case "doubt" -> doubtCommitted.put(f[1], f[2]);
          default -> {
            // ignore
          }
        }
      }
      Map<?, ?> status = awaitCaughtUp();
      compareIndex("after restart");

      // Full check of the acknowledged uploads in scope, and of in-doubt ones that were committed.
      List<Attempt> full = new ArrayList<>();
      for (Attempt a : journal.acknowledged()) {
        if (scope.equals("all") || Integer.toString(a.cycle).equals(scope)) {
          full.add(a);
        }
      }
      List<Attempt> doubts = new ArrayList<>();
      for (Map.Entry<String, String> e : doubtCommitted.entrySet()) {
        Attempt a = journal.attempts.get(e.getKey());
        if (a != null && (scope.equals("all") || Integer.toString(a.cycle).equals(scope))) {
          a.documentId = e.getValue();
          doubts.add(a);
        }
      }
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> work = new ArrayList<>();
      for (Attempt a : full) {
        work.add(pool.submit(() -> checkUpload(a, "acknowledged")));
      }
      for (Attempt a : doubts) {
        work.add(pool.submit(() -> checkUpload(a, "in-doubt, committed")));
      }
      // No row of the uploaders' tenants points at a missing file: every document's current file
      // downloads (the API answers 500 when the blob is gone) with the bytes the row names.
      int downloads = 0;
      Set<String> checkedIds = new LinkedHashSet<>();
      full.forEach(a -> checkedIds.add(a.documentId));
      doubts.forEach(a -> checkedIds.add(a.documentId));
      if (scope.equals("all")) {
        for (Map.Entry<String, String> acc : journal.tenantOf.entrySet()) {
          for (String id : docsByTenant.getOrDefault(acc.getValue(), Set.of())) {
            if (checkedIds.add(id)) {
              downloads++;
              String account = acc.getKey();
              work.add(pool.submit(() -> checkDownload(account, id)));
            }
          }
        }
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();

      if (finalRebuild) {
        rebuildAndCompare();
      }
      System.out.printf(
          "api: index live at change %s (database %d), %s items (expected %d), %s awaited;"
              + " %d acknowledged and %d in-doubt uploads checked in full, %d other downloads; %d problems; %.1f s%n",
          status.get("position"), maxSeq, status.get("documents"), indexExpected, status.get("awaited"),
          full.size(), doubts.size(), downloads, problems.size(), (System.nanoTime() - t0) / 1e9);
      return problems.size();
    }

    Map<?, ?> adminStatus() throws IOException, InterruptedException {
      return (Map<?, ?>) api.json("admin", "/api/admin/search/rebuild");
    }

    /** The index is live and has read the change log up to where the database ends. */
    Map<?, ?> awaitCaughtUp() throws Exception {
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
      Map<?, ?> s;
      while (true) {
        s = adminStatus();
        boolean live = Boolean.TRUE.equals(s.get("live"));
        long position = ((Number) s.get("position")).longValue();
        if (live && position >= maxSeq && ((Number) s.get("documents")).longValue() == indexExpected) {
          break;
        }
        if (System.nanoTime() > until) {
          problem("INCONSISTENT", "the index did not catch up in 180 s: " + s + " (database: change log at "
              + maxSeq + ", " + indexExpected + " items to index)");
          break;
        }
        Thread.sleep(250);
      }
      if (s.get("failure") != null) {
        problem("INCONSISTENT", "the index reports a failure: " + s.get("failure"));
      }
      return s;
    }

    /** Per uploading account: the documents search finds in its workspace are exactly the rows. */
    void compareIndex(String when) throws Exception {
      for (Map.Entry<String, String> acc : journal.tenantOf.entrySet()) {
        Set<String> expected = docsByTenant.getOrDefault(acc.getValue(), Set.of());
        Set<String> found = null;
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
          found = new TreeSet<>();
          List<?> hits = (List<?>) api.json(acc.getKey(), "/api/search/export?format=json");
          for (Object h : hits) {
            Map<?, ?> hit = (Map<?, ?>) h;
            if ("document".equals(hit.get("kind"))) {
              String id = (String) hit.get("id");
              found.add(id.startsWith("document:") ? id.substring("document:".length()) : id);
            }
          }
          if (found.equals(expected) || System.nanoTime() > until) {
            break;
          }
          Thread.sleep(500);
        }
        if (!found.equals(expected)) {
          Set<String> notIndexed = new TreeSet<>(expected);
          notIndexed.removeAll(found);
          Set<String> ghosts = new TreeSet<>(found);
          ghosts.removeAll(expected);
          problem("INCONSISTENT", when + ": " + acc.getKey() + "'s workspace has " + expected.size()
              + " documents, search finds " + found.size() + "; not in the index: " + notIndexed
              + "; in the index but not in the database: " + ghosts);
        }
      }
      Map<?, ?> s = adminStatus();
      if (((Number) s.get("documents")).longValue() != indexExpected) {
        problem("INCONSISTENT", when + ": the index holds " + s.get("documents") + " items, the database "
            + indexExpected + " (documents, published items and the circle's meetings, learning agenda and threads)");
      }
    }

    void checkUpload(Attempt a, String what) {
      try {
        String label = what + " upload " + a.id + " (cycle " + a.cycle + ", " + a.kind + ", " + a.account
            + ", document " + a.documentId + journal.when(a) + ")";
        HttpResponse<String> doc = api.get(a.account, "/api/documents/" + a.documentId);
        if (doc.statusCode() != 200) {
          problem("LOSS", label + ": GET /api/documents/{id} answered " + doc.statusCode());
          return;
        }
        Map<?, ?> view = (Map<?, ?>) Json.parse(doc.body());
        if (!a.title.equals(view.get("title"))) {
          problem("INCONSISTENT", label + ": title '" + view.get("title") + "'");
        }
        HttpResponse<byte[]> file = api.getBytes(a.account, "/api/documents/" + a.documentId + "/file");
        if (file.statusCode() != 200) {
          problem("LOSS", label + ": its file answered " + file.statusCode());
        } else if (!sha256(file.body()).equals(a.sha256)) {
          problem("LOSS", label + ": its file (" + file.body().length + " bytes) differs from what was sent ("
              + a.size + " bytes)");
        }
        // Searchable by the marker, as that account: exactly this document.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        Map<?, ?> result;
        while (true) {
          result = (Map<?, ?>) api.json(a.account, "/api/search?q=" + enc(a.marker) + "&size=5");
          if (((Number) result.get("total")).longValue() == 1 || System.nanoTime() > until) {
            break;
          }
          Thread.sleep(500);
        }
        List<?> hits = (List<?>) result.get("hits");
        if (((Number) result.get("total")).longValue() != 1
            || !("document:" + a.documentId).equals(((Map<?, ?>) hits.get(0)).get("id"))) {
          problem("INCONSISTENT", label + ": searching its marker " + a.marker + " finds "
              + result.get("total") + " hits " + hits.stream().map(h -> ((Map<?, ?>) h).get("id")).toList());
        }
      } catch (Exception e) {
        problem("INCONSISTENT", "checking upload " + a.id + " failed: " + e);
      }
    }

    void checkDownload(String account, String id) {
      try {
        HttpResponse<byte[]> file = api.getBytes(account, "/api/documents/" + id + "/file");
        if (file.statusCode() != 200) {
          problem("LOSS", "document " + id + " of " + account + "'s gemeente: its file answered " + file.statusCode());
        } else if (!sha256(file.body()).equals(currentBlobOf.get(id))) {
          problem("LOSS", "document " + id + ": its file does not hash to the blob its row names");
        }
      } catch (Exception e) {
        problem("INCONSISTENT", "downloading document " + id + " failed: " + e);
      }
    }

    /** A rebuild from the database must give the index that following the change log gave. */
    void rebuildAndCompare() throws Exception {
      Map<?, ?> before = adminStatus();
      HttpResponse<String> r =
          api.post("admin", "/api/admin/search/rebuild", HttpRequest.BodyPublishers.noBody(), null);
      if (r.statusCode() != 202) {
        problem("INCONSISTENT", "asking for a rebuild answered " + r.statusCode() + " " + r.body());
        return;
      }
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
      Map<?, ?> s;
      while (true) {
        Thread.sleep(500);
        s = adminStatus();
        Map<?, ?> p = (Map<?, ?>) s.get("rebuild");
        if (!"running".equals(p.get("state")) && p.get("finishedAt") != null
            && !p.get("finishedAt").equals(((Map<?, ?>) before.get("rebuild")).get("finishedAt"))) {
          if (!"done".equals(p.get("state"))) {
            problem("INCONSISTENT", "the final rebuild ended " + p);
          }
          break;
        }
        if (System.nanoTime() > until) {
          problem("INCONSISTENT", "the final rebuild did not finish in 300 s: " + s);
          return;
        }
      }
      System.out.printf("api: final rebuild done: %s items before, %s after (expected %d)%n",
          before.get("documents"), s.get("documents"), indexExpected);
      compareIndex("after a full rebuild");
    }
  }

  // ---------------------------------------------------------------------------------------------
  // A small JSON reader: objects as LinkedHashMap, arrays as ArrayList, numbers as Long/Double.
  // ---------------------------------------------------------------------------------------------

  static final class Json {
    private final String s;
    private int i;

    private Json(String s) {
      this.s = s;
    }

    static Object parse(String text) {
      Json j = new Json(text);
      Object v = j.value();
      j.ws();
      if (j.i != j.s.length()) {
        throw new IllegalArgumentException("trailing characters in JSON at " + j.i);
      }
      return v;
    }

    private void ws() {
      while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
    }

    private Object value() {
      ws();
      char c = s.charAt(i);
      switch (c) {
        case '{': {
          i++;
          Map<String, Object> m = new LinkedHashMap<>();
          ws();
          if (s.charAt(i) == '}') {
            i++;
            return m;
          }
          while (true) {
            ws();
            String k = string();
            ws();
            expect(':');
            m.put(k, value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect('}');
              return m;
            }
          }
        }
        case '[': {
          i++;
          List<Object> l = new ArrayList<>();
          ws();
          if (s.charAt(i) == ']') {
            i++;
            return l;
          }
          while (true) {
            l.add(value());
            ws();
            if (s.charAt(i) == ',') {
              i++;
            } else {
              expect(']');
              return l;
            }
          }
        }
        case '"':
          return string();
        case 't':
          i += 4;
          return Boolean.TRUE;
        case 'f':
          i += 5;
          return Boolean.FALSE;
        case 'n':
          i += 4;
          return null;
        default: {
          int start = i;
          while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
            i++;
          }
          String n = s.substring(start, i);
          if (n.isEmpty()) {
            throw new IllegalArgumentException("unexpected '" + c + "' in JSON at " + start);
          }
          return n.contains(".") || n.contains("e") || n.contains("E") ? (Object) Double.valueOf(n) : (Object) Long.valueOf(n);
        }
      }
    }

    private void expect(char c) {
      if (s.charAt(i) != c) {
        throw new IllegalArgumentException("expected '" + c + "' in JSON at " + i);
      }
      i++;
    }

    private String string() {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = s.charAt(i++);
        if (c == '"') {
          return sb.toString();
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = s.charAt(i++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'b' -> sb.append('\b');
          case 'f' -> sb.append('\f');
          case 'u' -> {
            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
            i += 4;
          }
          default -> sb.append(e);
        }
      }
    }
  }
}
