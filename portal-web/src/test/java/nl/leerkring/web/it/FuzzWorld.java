package nl.leerkring.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import nl.leerkring.web.it.FuzzOracle.Conv;
import nl.leerkring.web.it.FuzzOracle.Doc;
import nl.leerkring.web.it.FuzzOracle.DocFile;
import nl.leerkring.web.it.FuzzOracle.Grant;
import nl.leerkring.web.it.FuzzOracle.Item;
import nl.leerkring.web.it.FuzzOracle.Line;
import nl.leerkring.web.it.FuzzOracle.Method;
import nl.leerkring.web.it.FuzzOracle.Programme;
import nl.leerkring.web.it.FuzzOracle.Pub;
import nl.leerkring.web.it.FuzzOracle.Scope;
import nl.leerkring.web.it.FuzzOracle.Statement;
import nl.leerkring.web.it.FuzzOracle.StatementStatus;
import nl.leerkring.web.it.FuzzOracle.Status;
import nl.leerkring.web.it.FuzzOracle.Tenant;
import nl.leerkring.web.it.FuzzOracle.Use;
import nl.leerkring.web.it.FuzzOracle.Viewer;

/**
 * The generator: sets up a circle of its own (two new gemeenten, a coordinator, a facilitator and a
 * researcher) beside the demo leerkring, then, as members of six gemeenten in, outside and across
 * the circles, creates and moves random content over HTTP — documents (versions, annexes kept or
 * left out), method cards (versions), uses, programmes with ledger rows and statements — through
 * submission, approval, return, withdrawal, report, hiding and restoring. Every step that succeeds
 * is recorded in the {@link FuzzOracle}; every choice comes from one seeded {@link Random}, so a
 * seed replays the same world (ids and the run's letters differ, the shape does not).
 */
final class FuzzWorld {

  static final String WDW = "leerkring-wdw";
  private static final String[] TYPES = {"nota-bw", "evaluatie", "overig", "voortgangsrapportage"};

  final Api api;
  final FuzzOracle o;
  final Random r;
  final String nonce;
  final String c2;
  final String password;

  /** Tokens of the accounts that write: the gemeenten's members, the coordinators, the admin. */
  final Map<String, String> tokens = new ConcurrentHashMap<>();

  /** What went wrong while generating: an answer the oracle did not expect. */
  final List<String> failures = Collections.synchronizedList(new ArrayList<>());

  Tenant duiven;
  Tenant wijchen;
  Tenant beuningen;
  Tenant deventer;
  Tenant a2;
  Tenant b2;
  final List<Tenant> writers = new ArrayList<>();
  final Map<Tenant, Viewer> writerOf = new LinkedHashMap<>();
  final Map<String, String> coordinatorOf = new LinkedHashMap<>();

  /** How many steps of each kind were taken, for the report. */
  final Map<String, Integer> steps = new java.util.TreeMap<>();

  /** A finished export of fuzz gemeente A (F11): only the platform admin may follow it. */
  String exportA;

  private int docNo;
  private int methodNo;
  private int useNo;
  private int programmeNo;
  private int threadNo;

  FuzzWorld(Api api, FuzzOracle o, Random r, String nonce) {
    this.api = api;
    this.o = o;
    this.r = r;
    this.nonce = nonce;
    this.c2 = "fz" + nonce + "-kring";
    this.password = "fuzz-wachtwoord-" + nonce;
  }

  // --- set-up ---

  /** The run's own gemeenten, circle and people (made in parallel: each costs a slow hash). */
  void setUp(ExecutorService pool) throws Exception {
    String admin = api.token("admin", Api.ADMIN_PASSWORD);
    tokens.put("admin", admin);
    String slugA = "fz" + nonce + "-a";
    String slugB = "fz" + nonce + "-b";
    tenant(admin, slugA, "Fuzzgemeente " + nonce.toUpperCase() + " A");
    tenant(admin, slugB, "Fuzzgemeente " + nonce.toUpperCase() + " B");
    Api.Answer circle =
        api.post(
            "api/admin/circles",
            admin,
            Json.createObjectBuilder()
                .add("slug", c2)
                .add("name", "Fuzzkring " + nonce)
                .add("members", Json.createArrayBuilder().add(slugA).add(slugB))
                .build()
                .toString());
    require(circle, 201, "create circle " + c2);
    List<Future<?>> accounts = new ArrayList<>();
    accounts.add(
        pool.submit(() -> account(admin, "fz" + nonce + "a.lid", slugA, "member", null, null)));
    accounts.add(
        pool.submit(() -> account(admin, "fz" + nonce + "b.lid", slugB, "member", null, null)));
    accounts.add(
        pool.submit(
            () ->
                account(admin, "fz" + nonce + ".coord", null, "coordinator", "coordinatorOf", c2)));
    accounts.add(
        pool.submit(
            () -> account(admin, "fz" + nonce + ".fac", null, "facilitator", "facilitatorOf", c2)));
    accounts.add(
        pool.submit(
            () -> account(admin, "fz" + nonce + ".res", null, "researcher", "researcherOf", c2)));
    for (Future<?> f : accounts) {
      f.get();
    }

    Map<String, String> names = new LinkedHashMap<>();
    for (JsonValue t : api.get("api/tenants", admin).array()) {
      names.put(t.asJsonObject().getString("slug"), t.asJsonObject().getString("name"));
    }
    duiven = new Tenant("duiven", names.get("duiven"), WDW);
    wijchen = new Tenant("wijchen", names.get("wijchen"), WDW);
    beuningen = new Tenant("beuningen", names.get("beuningen"), WDW);
    deventer = new Tenant("deventer", names.get("deventer"));
    a2 = new Tenant(slugA, names.get(slugA), c2);
    b2 = new Tenant(slugB, names.get(slugB), c2);
    o.tenants.addAll(List.of(duiven, wijchen, beuningen, deventer, a2, b2));
    o.circles.addAll(List.of(WDW, c2));
    writers.addAll(o.tenants);
    coordinatorOf.put(WDW, "coordinator");
    coordinatorOf.put(c2, "fz" + nonce + ".coord");

    String demo = Api.DEMO_PASSWORD;
    // Members of each gemeente (the writers, by token; a tenant admin and a second Wijchen
    // viewer by the login form), the circles' people, the platform admin and nobody.
    for (Tenant t : writers) {
      boolean own = t == a2 || t == b2;
      String user = own ? "fz" + nonce + (t == a2 ? "a" : "b") + ".lid" : t.slug + ".lid";
      writerOf.put(t, viewer(user, user, own ? password : demo, t, Map.of(), false));
    }
    viewer("duiven.beheer", "duiven.beheer", demo, duiven, Map.of(), true);
    viewer("wijchen.lid/form", "wijchen.lid", demo, wijchen, Map.of(), true);
    viewer("coordinator", "coordinator", demo, null, Map.of(WDW, Grant.COORDINATOR), false);
    viewer("coordinator/form", "coordinator", demo, null, Map.of(WDW, Grant.COORDINATOR), true);
    viewer("han", "han", demo, null, Map.of(WDW, Grant.FACILITATOR), true);
    viewer("onderzoeker", "onderzoeker", demo, null, Map.of(WDW, Grant.RESEARCHER), true);
    viewer(
        "fz.coord", "fz" + nonce + ".coord", password, null, Map.of(c2, Grant.COORDINATOR), false);
    viewer("fz.fac", "fz" + nonce + ".fac", password, null, Map.of(c2, Grant.FACILITATOR), true);
    viewer("fz.res", "fz" + nonce + ".res", password, null, Map.of(c2, Grant.RESEARCHER), true);
    o.viewers.add(new Viewer("admin", "admin", Api.ADMIN_PASSWORD, null, Map.of(), true, false));
    o.viewers.add(new Viewer("anonymous", null, null, null, Map.of(), false, false));
    exportA = PortalIT.finishedExport(api, admin, slugA);
  }

  private Viewer viewer(
      String label,
      String user,
      String pass,
      Tenant tenant,
      Map<String, Grant> grants,
      boolean session) {
    Viewer v = new Viewer(label, user, pass, tenant, grants, false, session);
    o.viewers.add(v);
    return v;
  }

  private void tenant(String admin, String slug, String name) {
    Random codes = new Random(); // not the seed's: a CBS code only has to be free
    for (int attempt = 0; attempt < 50; attempt++) {
      Api.Answer a =
          api.post(
              "api/admin/tenants",
              admin,
              Json.createObjectBuilder()
                  .add("slug", slug)
                  .add("name", name)
                  .add("cbsCode", "GM" + (1000 + codes.nextInt(9000)))
                  .build()
                  .toString());
      if (a.status() == 201) {
        return;
      }
      if (a.status() != 409) {
        require(a, 201, "create tenant " + slug);
      }
    }
    throw new AssertionError("no free CBS code for " + slug);
  }

  private void account(
      String admin, String user, String tenant, String role, String grantKey, String circle) {
    var b =
        Json.createObjectBuilder()
            .add("username", user)
            .add("password", password)
            .add("displayName", "Fuzz " + user)
            .add("roles", Json.createArrayBuilder().add(role));
    if (tenant != null) {
      b.add("tenant", tenant);
    }
    if (grantKey != null) {
      b.add(grantKey, Json.createArrayBuilder().add(circle));
    }
    require(api.post("api/admin/members", admin, b.build().toString()), 201, "create " + user);
  }

  String tokenOf(Tenant t) {
    return tokens.get(writerOf.get(t).username());
  }

  // --- rounds ---

  /** Round 0 creates the world; every later round moves part of it on and adds a little. */
  void round(int round, int scale) {
    if (round == 0) {
      savedSearches();
      for (int i = 0; i < 10 * scale; i++) {
        Doc d = newDoc(pick(writers));
        for (int s = 1 + r.nextInt(4); s > 0; s--) {
          stepDoc(d);
        }
      }
      for (int i = 0; i < 6 * scale; i++) {
        Method m = newMethod(pick(writers));
        for (int s = 2 + r.nextInt(3); s > 0; s--) {
          stepMethod(m);
        }
      }
      for (int i = 0; i < 5 * scale; i++) {
        newUse();
      }
      for (int i = 0; i < 4 * scale; i++) {
        Programme p = newProgramme(pick(writers));
        for (int s = 1 + r.nextInt(3); s > 0; s--) {
          stepProgramme(p);
        }
      }
      for (Use u : o.uses) {
        for (int s = 1 + r.nextInt(3); s > 0; s--) {
          stepUse(u);
        }
      }
      for (int i = 0; i < 3 * scale; i++) {
        newThread();
      }
      return;
    }
    for (Doc d : List.copyOf(o.docs)) {
      for (int s = r.nextBoolean() ? 1 + r.nextInt(2) : 0; s > 0; s--) {
        stepDoc(d);
      }
    }
    for (Method m : List.copyOf(o.methods)) {
      for (int s = r.nextBoolean() ? 1 + r.nextInt(2) : 0; s > 0; s--) {
        stepMethod(m);
      }
    }
    for (Use u : List.copyOf(o.uses)) {
      if (r.nextBoolean()) {
        stepUse(u);
      }
    }
    for (Programme p : List.copyOf(o.programmes)) {
      if (r.nextBoolean()) {
        stepProgramme(p);
      }
    }
    stepDoc(newDoc(pick(writers)));
    if (r.nextBoolean()) {
      newUse();
    }
    newThread();
    if (!o.threads.isEmpty()) {
      reply(pick(o.threads));
    }
  }

  /**
   * Waits until search has applied every change so far: an upload with {@code refresh=true} answers
   * only once everything committed before it is searchable.
   */
  void barrier() {
    Api.Answer a =
        api.multipart(
            "POST",
            "api/documents?refresh=true",
            tokenOf(a2),
            Api.Part.json("metadata", "{\"title\":\"Fuzz peilmoment\",\"type\":\"overig\"}"),
            Api.Part.file("peil.txt", "text/plain", bytes("Peilmoment van de fuzztest.")));
    require(a, 201, "barrier upload");
  }

  /**
   * F8: every gemeente's writer saves a search that matches every fuzz document by its title, so
   * the saved-search job (every 10 s in the ITs) raises alerts all through the run; the inbox
   * probes then check that none names what its reader may not read.
   */
  private void savedSearches() {
    for (Tenant t : writers) {
      Api.Answer a =
          api.post(
              "api/me/saved-searches",
              tokenOf(t),
              "{\"name\":\"Fuzz\",\"query\":\"Fuzznotitie\",\"filters\":{}}");
      require(a, 201, "saved search of " + t.slug);
      o.savedSearches.add(new FuzzOracle.SavedSearch(writerOf.get(t), a.json().getString("id")));
    }
  }

  // --- threads (F8) ---

  /** A member of a gemeente in a circle asks the circle a question; sometimes someone answers. */
  private void newThread() {
    List<Tenant> inCircles = writers.stream().filter(t -> !t.circles.isEmpty()).toList();
    Tenant t = pick(inCircles);
    Conv c = new Conv(t, "T" + ++threadNo, pick(new ArrayList<>(t.circles)));
    c.title = o.marker(r, "title of " + c.no);
    String body = o.marker(r, "opening of " + c.no);
    Api.Answer a =
        api.post(
            "api/circles/" + c.circle + "/threads",
            tokenOf(t),
            Json.createObjectBuilder()
                .add("title", "Fuzzgesprek " + c.title)
                .add("body", "Vraag " + body)
                .build()
                .toString());
    count("thread.start");
    if (!expect(a, 201, "start " + c.no + " in " + c.circle + " by " + t)) {
      return;
    }
    c.id = a.json().getString("id");
    c.posts.add(body);
    o.threads.add(c);
    if (r.nextBoolean()) {
      reply(c);
    }
  }

  private void reply(Conv c) {
    List<Tenant> readers = writers.stream().filter(t -> t.circles.contains(c.circle)).toList();
    String text = o.marker(r, "reply " + (c.posts.size() + 1) + " in " + c.no);
    Api.Answer a =
        api.post(
            "api/threads/" + c.id + "/replies",
            tokenOf(pick(readers)),
            Json.createObjectBuilder().add("body", "Antwoord " + text).build().toString());
    count("thread.reply");
    if (expect(a, 201, "reply in " + c.no)) {
      c.posts.add(text);
    }
  }

  // --- documents ---

  Doc newDoc(Tenant t) {
    Doc d = new Doc(t, "D" + ++docNo);
    d.title = o.marker(r, "title of " + d.no);
    d.theme = o.marker(r, "theme of " + d.no);
    String text = o.marker(r, "text of " + d.no + " version 1");
    String metadata =
        Json.createObjectBuilder()
            .add("title", "Fuzznotitie " + d.title)
            .add("type", TYPES[r.nextInt(TYPES.length)])
            .add(
                "date",
                "202" + (4 + r.nextInt(3)) + "-0" + (1 + r.nextInt(9)) + "-1" + r.nextInt(9))
            .add("number", "FZ-" + docNo)
            .add("themes", Json.createArrayBuilder().add(d.theme).add("wonen"))
            .add("wijken", Json.createArrayBuilder().add("Fuzzwijk"))
            .add("summary", "Notitie van de fuzztest")
            .build()
            .toString();
    Api.Answer a =
        api.multipart(
            "POST",
            "api/documents?refresh=true",
            tokenOf(t),
            Api.Part.json("metadata", metadata),
            Api.Part.file("notitie.txt", "text/plain", bytes(body(text))));
    count("document.upload");
    require(a, 201, "upload " + d.no);
    d.id = a.json().getString("id");
    d.originals.add(new DocFile(a.json().getJsonObject("file").getString("id"), 1, null, text));
    o.docs.add(d);
    return d;
  }

  private static String body(String marker) {
    return "Fuzztekst "
        + marker
        + ". De wijkaanpak en de mantelzorg werkten samen; bewoners namen het initiatief.";
  }

  void stepDoc(Doc d) {
    List<Runnable> options = new ArrayList<>();
    if (d.annexes.size() < 2) {
      options.add(() -> addAnnex(d));
    }
    if (d.originals.size() < 3) {
      options.add(() -> newVersion(d));
    }
    publicationSteps(d, options);
    if (!options.isEmpty()) {
      pick(options).run();
    }
  }

  private void addAnnex(Doc d) {
    String marker = o.marker(r, "annex " + (d.annexes.size() + 1) + " of " + d.no);
    Api.Answer a =
        api.multipart(
            "POST",
            "api/documents/" + d.id + "/annexes",
            tokenOf(d.owner),
            new Api.Part("title", null, "text/plain", bytes("Bijlage " + marker)),
            Api.Part.file(
                "bijlage.txt", "text/plain", bytes("Bijlage " + marker + " bij de nota.")));
    count("document.annex");
    if (!expect(a, 201, "annex to " + d)) {
      return;
    }
    JsonArray annexes = a.json().getJsonArray("annexes");
    JsonObject newest = null;
    for (JsonValue v : annexes) {
      if (newest == null || v.asJsonObject().getInt("annexNo") > newest.getInt("annexNo")) {
        newest = v.asJsonObject();
      }
    }
    d.annexes.add(new DocFile(newest.getString("id"), 0, newest.getInt("annexNo"), marker));
  }

  private void newVersion(Doc d) {
    int version = d.originals.size() + 1;
    String marker = o.marker(r, "text of " + d.no + " version " + version);
    Api.Answer a =
        api.multipart(
            "PUT",
            "api/documents/" + d.id + "/file?refresh=true",
            tokenOf(d.owner),
            Api.Part.file("notitie-v" + version + ".txt", "text/plain", bytes(body(marker))));
    count("document.version");
    if (expect(a, 200, "new version of " + d)) {
      d.originals.add(
          new DocFile(a.json().getJsonObject("file").getString("id"), version, null, marker));
    }
  }

  private Pub submitDoc(Doc d, String circle, Scope scope) {
    List<DocFile> kept = new ArrayList<>();
    JsonArrayBuilder excluded = Json.createArrayBuilder();
    for (DocFile annex : d.annexes) {
      if (r.nextBoolean()) {
        excluded.add(annex.id());
      } else {
        kept.add(annex);
      }
    }
    Api.Answer a =
        api.post(
            "api/documents/" + d.id + "/publications",
            tokenOf(d.owner),
            Json.createObjectBuilder()
                .add("scope", scope.name())
                .add("circle", circle)
                .add("excludeAnnexes", excluded)
                .build()
                .toString());
    count("document.submit");
    if (!expect(a, 201, "submit " + d + " " + scope + " to " + circle)) {
      return null;
    }
    Pub p = new Pub(d, circle, scope, o.nextSeq());
    p.id = a.json().getString("id");
    String original = d.current().marker();
    p.content.addAll(List.of(d.title, d.theme, original));
    p.title.add(d.title);
    p.indexed.addAll(List.of(d.title, d.theme, original));
    p.words.addAll(List.of(d.title, d.theme));
    p.original = original;
    for (DocFile annex : kept) {
      p.content.add(annex.marker());
      p.annexes.put(annex.annexNo(), annex.marker());
    }
    d.pubs.add(p);
    o.pubs.add(p);
    return p;
  }

  // --- method cards ---

  Method newMethod(Tenant t) {
    Method m = new Method(t, "M" + ++methodNo);
    m.name = o.marker(r, "name of " + m.no);
    m.body = o.marker(r, "text of " + m.no + " version 1");
    List<Doc> own = o.docs.stream().filter(d -> d.owner == t).toList();
    if (!own.isEmpty() && r.nextBoolean()) {
      m.material = pick(own);
    }
    Api.Answer a = api.post("api/methods", tokenOf(t), card(m, -1));
    count("method.create");
    require(a, 201, "create " + m.no);
    m.id = a.json().getString("id");
    m.version = a.json().getJsonNumber("version").longValue();
    o.methods.add(m);
    return m;
  }

  private static String card(Method m, long version) {
    var b =
        Json.createObjectBuilder()
            .add("name", "Fuzzmethode " + m.name)
            .add("summary", "Samenvatting " + m.body)
            .add("objective", "Doel " + m.body)
            .add("steps", Json.createArrayBuilder().add("Stap " + m.body).add("Afronden"))
            .add("evidence", "praktijk")
            .add("themes", Json.createArrayBuilder().add("gezondheid"))
            .add("wijktypes", Json.createArrayBuilder().add("dorp"))
            .add("vraagstukken", Json.createArrayBuilder().add("eenzaamheid"))
            .add(
                "materials",
                m.material == null
                    ? Json.createArrayBuilder()
                    : Json.createArrayBuilder().add(m.material.id));
    if (version >= 0) {
      b.add("version", version);
    }
    return b.build().toString();
  }

  void stepMethod(Method m) {
    List<Runnable> options = new ArrayList<>();
    options.add(() -> updateMethod(m));
    publicationSteps(m, options);
    pick(options).run();
  }

  private void updateMethod(Method m) {
    String body = o.marker(r, "text of " + m.no + " version " + (m.version + 1));
    String before = m.body;
    m.body = body;
    Api.Answer a = api.put("api/methods/" + m.id, tokenOf(m.owner), card(m, m.version));
    count("method.update");
    if (expect(a, 200, "update " + m)) {
      m.version = a.json().getJsonNumber("version").longValue();
    } else {
      m.body = before;
    }
  }

  private Pub submitItem(Item item, String path, String circle, Scope scope) {
    Api.Answer a =
        api.post(
            path + "/publications",
            tokenOf(item.owner),
            "{\"scope\":\"" + scope + "\",\"circle\":\"" + circle + "\"}");
    count(item.kind + ".submit");
    if (!expect(a, 201, "submit " + item + " " + scope + " to " + circle)) {
      return null;
    }
    Pub p = new Pub(item, circle, scope, o.nextSeq());
    p.id = a.json().getString("id");
    if (item instanceof Method m) {
      p.content.addAll(List.of(m.name, m.body));
      p.title.add(m.name);
      p.indexed.addAll(List.of(m.name, m.body));
      p.words.add(m.name);
    } else if (item instanceof Use u) {
      p.content.addAll(List.of(u.methodName, u.story));
      p.title.add(u.methodName);
      p.indexed.addAll(List.of(u.methodName, u.story));
      p.words.add(u.methodName);
    }
    item.pubs.add(p);
    o.pubs.add(p);
    return p;
  }

  // --- uses ---

  /** A use offered where its method is not published: refused, and nothing is shared. */
  private void refusedUse(Use u, String circle, Scope scope) {
    Api.Answer a =
        api.post(
            "api/uses/" + u.id + "/publications",
            tokenOf(u.owner),
            "{\"scope\":\"" + scope + "\",\"circle\":\"" + circle + "\"}");
    count("use.submit-refused");
    expect(a, 409, "submit " + u + " " + scope + " to " + circle + " (its method is not there)");
  }

  /** A member records a use of a method their gemeente can read in a koffer. */
  Use newUse() {
    List<Tenant> order = new ArrayList<>(writers);
    Collections.shuffle(order, r);
    for (Tenant t : order) {
      Viewer v = writerOf.get(t);
      List<Method> readable =
          o.methods.stream().filter(m -> FuzzOracle.currentCard(v, m) != null).toList();
      if (readable.isEmpty()) {
        continue;
      }
      Method m = pick(readable);
      Use u = new Use(t, "U" + ++useNo);
      u.method = m;
      u.methodName = m.name;
      u.story = o.marker(r, "story of " + u.no);
      Api.Answer a =
          api.post(
              "api/koffer/" + m.id + "/uses",
              tokenOf(t),
              Json.createObjectBuilder()
                  .add("wijk", "Fuzzwijk")
                  .add("from", "2025-02-01")
                  .add("whatHappened", "Verhaal " + u.story)
                  .add("whatWorked", "Het werkte in " + u.story)
                  .add("rating", 1 + r.nextInt(5))
                  .build()
                  .toString());
      count("use.record");
      if (!expect(a, 201, "record " + u.no + " of " + m + " by " + t)) {
        return null;
      }
      u.id = a.json().getString("id");
      o.uses.add(u);
      return u;
    }
    return null;
  }

  void stepUse(Use u) {
    List<Runnable> options = new ArrayList<>();
    publicationSteps(u, options);
    if (!options.isEmpty()) {
      pick(options).run();
    }
  }

  // --- publication steps, shared by documents, cards and uses ---

  private void publicationSteps(Item item, List<Runnable> options) {
    for (String circle : item.owner.circles) {
      boolean open =
          item.pubs.stream().anyMatch(p -> p.circle.equals(circle) && p.status == Status.SUBMITTED);
      if (!open) {
        Runnable submit =
            () -> {
              // A new version mostly goes to the audience of the one before, which it replaces.
              Scope before =
                  item.pubs.stream()
                      .filter(p -> p.circle.equals(circle))
                      .reduce((a, b) -> b)
                      .map(p -> p.scope)
                      .orElse(null);
              Scope scope =
                  before != null && r.nextInt(4) > 0
                      ? before
                      : r.nextInt(5) < 3 ? Scope.CIRCLE : Scope.PUBLIC;
              if (item instanceof Doc d) {
                submitDoc(d, circle, scope);
              } else if (item instanceof Use u && !FuzzOracle.mayShare(u, circle, scope)) {
                refusedUse(u, circle, scope);
              } else {
                submitItem(
                    item,
                    (item instanceof Method ? "api/methods/" : "api/uses/") + item.id,
                    circle,
                    scope);
              }
            };
        options.add(submit);
        options.add(submit);
      }
    }
    for (Pub p : item.pubs) {
      switch (p.status) {
        case SUBMITTED -> {
          options.add(() -> approve(p));
          options.add(() -> approve(p));
          options.add(() -> approve(p));
          options.add(() -> giveBack(p));
          options.add(() -> withdraw(p));
        }
        case PUBLISHED -> {
          options.add(() -> withdraw(p));
          options.add(() -> hide(p, true));
          options.add(() -> hide(p, false));
          if (!p.reported) {
            options.add(() -> report(p));
          }
        }
        case HIDDEN -> {
          options.add(() -> restore(p));
          options.add(() -> withdraw(p));
        }
        default -> {}
      }
    }
  }

  private String coordinator(String circle) {
    return tokens.get(coordinatorOf.get(circle));
  }

  /** Counts a step of a publication; true when the portal answered it with {@code status}. */
  private boolean stepDone(Pub p, String step, Api.Answer a, int status) {
    count(p.subject.kind + "." + step);
    return expect(a, status, step + " " + p);
  }

  private void approve(Pub p) {
    Api.Answer a =
        api.post("api/publications/" + p.id + "/approve?refresh=true", coordinator(p.circle), "");
    if (p.subject instanceof Use u && !FuzzOracle.mayShare(u, p.circle, p.scope)) {
      count("use.approve-refused");
      expect(a, 409, "approve " + p + " (its method is no longer there)");
      return;
    }
    if (stepDone(p, "approve", a, 200)) {
      for (Pub earlier : p.subject.pubs) {
        if (earlier != p
            && earlier.status == Status.PUBLISHED
            && earlier.circle.equals(p.circle)
            && earlier.scope == p.scope) {
          earlier.status = Status.SUPERSEDED;
        }
      }
      p.status = Status.PUBLISHED;
      p.everPublished = true;
    }
  }

  private void giveBack(Pub p) {
    Api.Answer a =
        api.post(
            "api/publications/" + p.id + "/return",
            coordinator(p.circle),
            "{\"reason\":\"Graag aanpassen (fuzztest)\"}");
    if (stepDone(p, "return", a, 200)) {
      p.status = Status.RETURNED;
    }
  }

  private void withdraw(Pub p) {
    Api.Answer a = api.send("DELETE", "api/publications/" + p.id, tokenOf(p.subject.owner));
    if (stepDone(p, "withdraw", a, 204)) {
      p.status = Status.WITHDRAWN;
    }
  }

  /** A reader who is not of the owner gemeente reports the item to the circle's coordinators. */
  private void report(Pub p) {
    List<Viewer> readers =
        writerOf.values().stream()
            .filter(v -> FuzzOracle.mayRead(v, p) && !v.member(p.subject.owner))
            .toList();
    String token = readers.isEmpty() ? coordinator(p.circle) : tokens.get(pick(readers).username());
    Api.Answer a =
        api.post(
            "api/catalog/" + p.id + "/reports", token, "{\"reason\":\"Melding van de fuzztest\"}");
    if (stepDone(p, "report", a, 201)) {
      p.reported = true;
    }
  }

  private void hide(Pub p, boolean reportFirst) {
    if (reportFirst && !p.reported) {
      report(p);
    }
    Api.Answer a =
        api.post(
            "api/catalog/" + p.id + "/hide",
            coordinator(p.circle),
            "{\"reason\":\"Verborgen door de fuzztest\"}");
    if (stepDone(p, "hide", a, 200)) {
      p.status = Status.HIDDEN;
    }
  }

  private void restore(Pub p) {
    Api.Answer a = api.post("api/catalog/" + p.id + "/restore", coordinator(p.circle), "");
    if (stepDone(p, "restore", a, 200)) {
      p.status = Status.PUBLISHED;
      p.everPublished = true;
    }
  }

  // --- programmes, ledgers and statements ---

  Programme newProgramme(Tenant t) {
    Programme p = new Programme(t, "P" + ++programmeNo);
    p.name = o.marker(r, "name of " + p.no);
    p.year = 2031 + r.nextInt(2);
    Api.Answer a =
        api.post(
            "api/programmes",
            tokenOf(t),
            "{\"name\":\"Fuzzprogramma "
                + p.name
                + "\",\"periodStart\":\""
                + p.year
                + "-01-01\",\"periodEnd\":\""
                + p.year
                + "-12-31\"}");
    count("programme.create");
    require(a, 201, "create " + p.no);
    p.id = a.json().getJsonObject("programme").getString("id");
    o.programmes.add(p);
    require(
        api.post(ledger(p) + "versions", tokenOf(t), "{\"validFrom\":\"" + p.year + "-01-01\"}"),
        201,
        "budget version of " + p);
    addLine(p);
    addContribution(p);
    addAction(p);
    return p;
  }

  /** A theme, a goal and an action: what the gemeente may share with its circles (F7). */
  private void addAction(Programme p) {
    p.actionId =
        api.addAction(tokenOf(p.owner), "api/programmes/" + p.id, "Fuzzactie", p.year + "-Q1");
    count("programme.action");
  }

  private static String ledger(Programme p) {
    return "api/programmes/" + p.id + "/ledger/";
  }

  private void addLine(Programme p) {
    String marker = o.marker(r, "ledger line " + (p.lines.size() + 1) + " of " + p.no);
    long cents = 100_00L + r.nextInt(9_000_00);
    Api.Answer a =
        api.post(
            ledger(p) + "lines",
            tokenOf(p.owner),
            "{\"description\":\"Regel "
                + marker
                + "\",\"amounts\":[{\"start\":\""
                + p.year
                + "-01-01\",\"end\":\""
                + p.year
                + "-12-31\",\"planned\":\""
                + amount(cents)
                + "\"}]}");
    count("ledger.line");
    if (expect(a, 201, "line of " + p)) {
      p.lines.add(new Line(marker, cents));
    }
  }

  private void addContribution(Programme p) {
    String marker = o.marker(r, "contribution " + (p.partners.size() + 1) + " of " + p.no);
    Api.Answer a =
        api.post(
            ledger(p) + "contributions",
            tokenOf(p.owner),
            "{\"partner\":\"Partner "
                + marker
                + "\",\"form\":\"cash\",\"cash\":\""
                + amount(1_000_00L + r.nextInt(50_000))
                + "\"}");
    count("ledger.contribution");
    if (expect(a, 201, "contribution of " + p)) {
      p.partners.add(marker);
    }
  }

  static String amount(long cents) {
    return cents / 100 + "." + String.format("%02d", cents % 100);
  }

  void stepProgramme(Programme p) {
    List<Runnable> options = new ArrayList<>();
    options.add(() -> addLine(p));
    options.add(() -> addContribution(p));
    for (String circle : p.owner.circles) {
      options.add(() -> submitStatement(p, circle));
      options.add(() -> submitStatement(p, circle));
    }
    for (Statement s : p.statements) {
      if (s.status == StatementStatus.SUBMITTED) {
        options.add(() -> decide(s, true));
        options.add(() -> decide(s, true));
        options.add(() -> decide(s, false));
      }
    }
    pick(options).run();
  }

  private void submitStatement(Programme p, String circle) {
    Api.Answer a =
        api.post(
            "api/programmes/" + p.id + "/statements",
            tokenOf(p.owner),
            "{\"circle\":\"" + circle + "\"}");
    count("statement.submit");
    if (!expect(a, 201, "statement of " + p + " to " + circle)) {
      return;
    }
    for (Statement earlier : p.statements) {
      if (earlier.circle.equals(circle) && earlier.status == StatementStatus.SUBMITTED) {
        earlier.status = StatementStatus.SUPERSEDED;
      }
    }
    Statement s = new Statement(p, circle, o.nextSeq());
    s.id = a.json().getString("id");
    p.statements.add(s);
    o.statements.add(s);
  }

  private void decide(Statement s, boolean accept) {
    Api.Answer a =
        accept
            ? api.post("api/statements/" + s.id + "/accept", coordinator(s.circle), "")
            : api.post(
                "api/statements/" + s.id + "/return",
                coordinator(s.circle),
                "{\"reason\":\"Graag aanvullen (fuzztest)\"}");
    count(accept ? "statement.accept" : "statement.return");
    if (!expect(a, 200, (accept ? "accept " : "return ") + s)) {
      return;
    }
    if (accept) {
      for (Statement earlier : s.programme.statements) {
        if (earlier != s
            && earlier.circle.equals(s.circle)
            && earlier.status == StatementStatus.ACCEPTED) {
          earlier.status = StatementStatus.SUPERSEDED;
        }
      }
      s.status = StatementStatus.ACCEPTED;
    } else {
      s.status = StatementStatus.RETURNED;
    }
  }

  // --- helpers ---

  <T> T pick(List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  private void count(String step) {
    steps.merge(step, 1, Integer::sum);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private boolean expect(Api.Answer a, int status, String what) {
    if (a.status() == status) {
      return true;
    }
    failures.add(
        "generator: "
            + what
            + " answered "
            + a.status()
            + " where the oracle expected "
            + status
            + ": "
            + abbreviate(a.body()));
    return false;
  }

  static void require(Api.Answer a, int status, String what) {
    if (a.status() != status) {
      throw new AssertionError(what + " answered " + a.status() + ": " + abbreviate(a.body()));
    }
  }

  static String abbreviate(String s) {
    return s == null ? "" : s.length() > 400 ? s.substring(0, 400) + "…" : s;
  }
}
