package nl.leerkring.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.leerkring.web.it.FuzzOracle.Doc;
import nl.leerkring.web.it.FuzzOracle.DocFile;
import nl.leerkring.web.it.FuzzOracle.Entry;
import nl.leerkring.web.it.FuzzOracle.Method;
import nl.leerkring.web.it.FuzzOracle.Programme;
import nl.leerkring.web.it.FuzzOracle.Pub;
import nl.leerkring.web.it.FuzzOracle.Statement;
import nl.leerkring.web.it.FuzzOracle.StatementStatus;
import nl.leerkring.web.it.FuzzOracle.Status;
import nl.leerkring.web.it.FuzzOracle.Tenant;
import nl.leerkring.web.it.FuzzOracle.Use;
import nl.leerkring.web.it.FuzzOracle.Viewer;

/**
 * The probes: for the world as it stands after a round, random (viewer, path) pairs over every read
 * path — REST, pages, downloads, search with its facets, suggestions, "more like this" and exports,
 * statements, the roll-up and its exports, the audit log — and a few writes that must be refused.
 * Each probe carries what the oracle expects, and {@link #check} compares the answer with it:
 *
 * <ul>
 *   <li>no marker of the run that this viewer may not see, in the body (a workbook unzipped) or any
 *       header (Location included), unless the viewer put it in the request themselves; on paths
 *       that show one snapshot or one file, nothing beyond that snapshot or file;
 *   <li>the status in the expected set: 200 where the oracle says the viewer may read the thing on
 *       that path (so refusing everyone fails), 401/403/404 where not, 302 to the login page for
 *       pages asked anonymously;
 *   <li>on a 200, every marker the viewer must see there; for search, totals, hit ids, facet counts
 *       and export sizes equal to what the oracle counts.
 * </ul>
 */
final class FuzzProbes {

  /** What the oracle expects of one answer. */
  static final class Expect {
    Set<Integer> statuses = Set.of(200);
    final Set<String> required = new LinkedHashSet<>();
    Set<String> allowed;
    final List<BiConsumer<FuzzHttp.Reply, List<String>>> checks = new ArrayList<>();

    /** Whether the oracle expects a 200 with something to find in it. */
    boolean positive() {
      return statuses.equals(Set.of(200)) && (!required.isEmpty() || !checks.isEmpty());
    }
  }

  record Probe(
      int no, Viewer viewer, String kind, String method, String path, String body, Expect expect) {

    @Override
    public String toString() {
      return "#" + no + " " + viewer + " " + method + " " + path + (body == null ? "" : " " + body);
    }
  }

  private record Template(String kind, int weight, Supplier<Probe> make) {}

  private final FuzzOracle o;
  private final FuzzWorld w;
  private final Random r;
  private final Pattern markerPattern;
  private final Map<Viewer, Set<String>> visible = new HashMap<>();
  private final List<Entry> entries;
  private final List<Template> templates = new ArrayList<>();
  private final int totalWeight;
  private int next;

  FuzzProbes(FuzzOracle o, FuzzWorld w, Random r, int firstNo) {
    this.o = o;
    this.w = w;
    this.r = r;
    this.next = firstNo;
    this.markerPattern =
        Pattern.compile(Pattern.quote(o.runPrefix()) + "[" + FuzzOracle.LETTERS + "]{8}");
    for (Viewer v : o.viewers) {
      visible.put(v, o.visible(v));
    }
    this.entries = o.entries();
    define();
    this.totalWeight = templates.stream().mapToInt(Template::weight).sum();
  }

  /** {@code n} random probes and one on an export (F11), each with its expectation. */
  List<Probe> draw(int n) {
    List<Probe> out = new ArrayList<>();
    int misses = 0;
    while (out.size() < n) {
      int at = r.nextInt(totalWeight);
      Template t = null;
      for (Template candidate : templates) {
        at -= candidate.weight();
        if (at < 0) {
          t = candidate;
          break;
        }
      }
      Probe p = t.make().get();
      if (p != null) {
        out.add(p);
      } else if (++misses > 100_000) {
        throw new IllegalStateException("no probe applies");
      }
    }
    out.add(tenantExport());
    return out;
  }

  // --- the templates ---

  private void define() {
    // Workspace documents, by id, as their own gemeente reads them; 404 for everyone else.
    add("document", 4, () -> docPath(d -> "api/documents/" + d.id, d -> Set.of(d.title), false));
    add(
        "document.file",
        3,
        () ->
            docPath(
                d -> "api/documents/" + d.id + "/file", d -> Set.of(d.current().marker()), true));
    add(
        "document.text",
        3,
        () ->
            docPath(
                d -> "api/documents/" + d.id + "/text", d -> Set.of(d.current().marker()), true));
    add("document.files", 4, this::documentFile);
    add("documents", 2, this::documentList);
    add("document.page", 3, this::docPage);
    // Publications and the catalog: snapshots, originals, annexes kept and left out.
    add("publication", 3, () -> pubPath(p -> "api/publications/" + p.id, p -> p.title, false));
    add("catalog.item", 4, () -> pubPath(p -> "api/catalog/" + p.id, this::snapshotJson, false));
    add("catalog.file", 4, this::catalogFile);
    add("catalog.annex", 5, this::catalogAnnex);
    add("item.page", 3, () -> pubPath(p -> "app/item.xhtml?id=" + p.id, p -> p.title, true));
    add("circle.catalog", 3, () -> circleList("api/circles/%s/catalog", false));
    add("catalog.page", 2, this::catalogPage);
    add("circle.catalog.paged", 2, this::pagedCatalog);
    add("moderation", 2, () -> moderation(false));
    add("moderation.page", 2, () -> moderation(true));
    add("reports", 1, this::reports);
    add("moderation.lists", 1, this::moderationLists);
    // Method cards, the koffer and uses.
    add("method", 2, this::methodPath);
    add("methods", 1, () -> ownList("api/methods", t -> namesOf(o.methods, t)));
    add("methods.page", 1, () -> ownList("app/methods.xhtml", t -> namesOf(o.methods, t)));
    add("koffer.card", 4, () -> kofferPath(""));
    add("koffer.versions", 3, () -> kofferPath("/versions"));
    add("koffer.uses", 3, () -> kofferPath("/uses"));
    add("method.page", 3, () -> kofferPath("page"));
    add("koffer", 2, () -> koffer(false));
    add("koffer.page", 1, () -> koffer(true));
    add("use", 3, this::usePath);
    add("uses.mine", 1, () -> ownList("api/koffer/uses/mine", this::storiesOf));
    add("recommendations", 2, this::recommendations);
    // Programmes, ledgers, exports, statements and the roll-up.
    add("programme", 5, this::programmePath);
    add("programmes", 1, () -> ownList("api/programmes", this::programmeNames));
    add("programmes.page", 1, () -> ownList("app/programmes.xhtml", this::programmeNames));
    add("statement", 3, this::statement);
    add("circle.statements", 2, this::circleStatements);
    add("rollup", 3, this::rollup);
    add("rollup.export", 2, this::rollupExport);
    add("rollup.page", 1, this::rollupPage);
    // Search: hits, totals, facets, highlights, suggestions, "more like this", exports, the page.
    add("search", 8, this::search);
    add("search.theme", 2, this::searchTheme);
    add("search.prefix", 5, this::searchPrefix);
    add("search.newest", 2, this::searchNewest);
    add("search.suggest", 4, this::suggest);
    add("search.similar", 3, this::similar);
    add("search.export", 3, this::export);
    add("search.page", 3, this::searchPage);
    // Lists and pages of one's own, the dashboard, the audit log.
    add("documents.page", 1, () -> ownList("app/documents.xhtml", this::docTitles));
    add("dashboard.page", 1, () -> probe(anyViewer(), "app/dashboard.xhtml", Set.of()));
    add("audit", 1, this::audit);
    // Writes that must be refused, and ids of one kind on another kind's path: nothing shown.
    add("refused.write", 4, this::refusedWrite);
    add("refused.admin", 2, this::refusedAdministration);
    add("crossed.id", 3, this::crossedId);
    // F7: a circle's meetings are read by those who take part in it, as its catalog is.
    add("circle.meetings", 2, this::circleMeetings);
    // F7: its learning agenda and syntheses likewise.
    add("circle.learning", 2, this::circleLearning);
    // F7: the circle's home page: for who takes part in it or reads it, else the "not found" page.
    add("circle.page", 1, this::circlePage);
    // F7 rest: harvest changed on a question that is not one (another kind's id): not found.
    add("harvest.change", 1, this::harvestChange);
    // F8: a person's inbox, to-dos and settings hold nothing of a circle or gemeente whose
    // subject they may not read (the marker check), whatever the run has submitted and decided.
    add("inbox", 2, () -> probe(anyViewer(), "api/me/inbox", Set.of(), 401));
    add("inbox.unread", 1, () -> probe(anyViewer(), "api/me/inbox?unread=true", Set.of(), 401));
    add("todos", 2, () -> probe(anyViewer(), "api/me/todos", Set.of(), 401));
    add("inbox.page", 1, () -> probe(anyViewer(), "app/inbox.xhtml", Set.of()));
    add(
        "notification.settings",
        1,
        () -> probe(anyViewer(), "api/me/notification-settings", Set.of(), 401));
    // F8 conversations and activity: a circle's threads and what changed in it are read by who
    // reads the circle; anyone else gets "not found", never an empty list or a count.
    add("circle.threads", 2, () -> circleRead("threads"));
    add("circle.activity", 2, () -> circleRead("activity"));
    add("circle.activity.since", 1, () -> circleRead("activity?since=2024-01-01&kind=CATALOG"));
    add("activity.page", 1, this::activityPage);
    // F8: saved searches are each person's own: the list shows no marker of anyone else, and
    // another person's saved search cannot be deleted (it looks missing).
    add("saved.searches", 1, () -> probe(anyViewer(), "api/me/saved-searches", Set.of(), 401));
    add("saved.search.others", 1, this::othersSavedSearch);
  }

  private Probe othersSavedSearch() {
    if (o.savedSearches.isEmpty()) {
      return null;
    }
    FuzzOracle.SavedSearch s = pick(o.savedSearches);
    Viewer v = anyViewer();
    if (v.equals(s.owner()) || s.owner().username().equals(v.username())) {
      return null; // its owner would delete it
    }
    Expect e = new Expect();
    e.allowed = visible.get(v);
    e.statuses = v.anonymous() ? Set.of(401) : Set.of(404);
    return new Probe(0, v, null, "DELETE", "api/me/saved-searches/" + s.id(), null, e);
  }

  /**
   * F11: an export of fuzz gemeente A, by its id: the platform admin follows it, everyone else
   * (Duiven's tenant admin too) gets 404, as if it did not exist. Chosen by the probe number, not
   * the seeded generator, so the seeded probes stay what the seed made them.
   */
  private Probe tenantExport() {
    int no = next++;
    Viewer v = o.viewers.get(no % o.viewers.size());
    if (v.admin()) {
      return new Probe(
          no,
          v,
          "export",
          "GET",
          "api/exports/" + w.exportA,
          null,
          expect(v, true, Set.of(w.exportA)));
    }
    String path = "api/exports/" + w.exportA + (no % 2 == 0 ? "/file" : "");
    return new Probe(no, v, "export", "GET", path, null, expect(v, false, Set.of(), 404));
  }

  private void add(String kind, int weight, Supplier<Probe> make) {
    templates.add(
        new Template(
            kind,
            weight,
            () -> {
              Probe p = make.get();
              return p == null
                  ? null
                  : new Probe(next++, p.viewer(), kind, p.method(), p.path(), p.body(), p.expect());
            }));
  }

  /**
   * The viewer of a probe, chosen after its target: half the time anyone, half the time someone the
   * oracle says may read the target (when there is one), so both halves of the oracle are tried
   * often.
   */
  private Viewer viewerFor(Predicate<Viewer> reads) {
    if (r.nextBoolean()) {
      List<Viewer> readers = o.viewers.stream().filter(reads).toList();
      if (!readers.isEmpty()) {
        return pick(readers);
      }
    }
    return pick(o.viewers);
  }

  private Viewer anyViewer() {
    return pick(o.viewers);
  }

  // --- expectations ---

  /** 200 with these markers when allowed; otherwise 401 anonymous, else one of {@code denied}. */
  private Expect expect(Viewer v, boolean allowed, Set<String> required, Integer... denied) {
    Expect e = new Expect();
    e.allowed = visible.get(v);
    if (v.anonymous()) {
      e.statuses = Set.of(401);
    } else if (allowed) {
      e.required.addAll(required);
    } else {
      e.statuses = Set.of(denied);
    }
    return e;
  }

  /** A page: anonymous callers are sent to the login page, everyone else gets 200. */
  private Expect pageExpect(Viewer v, boolean allowed, Set<String> required) {
    Expect e = new Expect();
    e.allowed = visible.get(v);
    if (v.anonymous()) {
      e.statuses = Set.of(302);
      e.checks.add(
          (reply, f) -> {
            String location = reply.header("Location");
            if (location == null || !location.contains("/login.xhtml?next=")) {
              f.add("anonymous page not sent to the login page: Location " + location);
            }
          });
    } else if (allowed) {
      e.required.addAll(required);
    }
    return e;
  }

  /**
   * The page of one item (document, publication, method card, programme): a reader who may not see
   * it gets the "not found" page with status 404 (F9), like a REST client.
   */
  private Expect itemPageExpect(Viewer v, boolean allowed, Set<String> required) {
    Expect e = pageExpect(v, allowed, required);
    if (!v.anonymous() && !allowed) {
      e.statuses = Set.of(404);
    }
    return e;
  }

  private static Probe get(Viewer v, String path, Expect e) {
    return new Probe(0, v, null, "GET", path, null, e);
  }

  /** A page, or a REST path whose denial is one of {@code denied}. */
  private Probe probe(Viewer v, String path, Set<String> required, Integer... denied) {
    return probe(v, path, true, required, denied);
  }

  private Probe probe(
      Viewer v, String path, boolean allowed, Set<String> required, Integer... denied) {
    return get(
        v,
        path,
        path.startsWith("app/")
            ? pageExpect(v, allowed, required)
            : expect(v, allowed, required, denied));
  }

  // --- documents ---

  private Probe docPath(
      Function<Doc, String> path, Function<Doc, Set<String>> shows, boolean strict) {
    if (o.docs.isEmpty()) {
      return null;
    }
    Doc d = pick(o.docs);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, d.owner));
    boolean reads = FuzzOracle.readsWorkspace(v, d.owner);
    Expect e = expect(v, reads, shows.apply(d), 404);
    if (strict && reads) {
      e.allowed = shows.apply(d); // one file: nothing beyond it
    }
    return get(v, path.apply(d), e);
  }

  private Probe documentFile() {
    List<Doc> owners = new ArrayList<>();
    List<DocFile> files = new ArrayList<>();
    for (Doc d : o.docs) {
      for (DocFile f : d.originals) {
        owners.add(d);
        files.add(f);
      }
      for (DocFile f : d.annexes) {
        owners.add(d);
        files.add(f);
      }
    }
    if (files.isEmpty()) {
      return null;
    }
    int i = r.nextInt(files.size());
    DocFile f = files.get(i);
    Doc d = owners.get(i);
    // Now and then a file of one document asked for under another's id: never served.
    Doc under = r.nextInt(6) == 0 ? pick(o.docs) : d;
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, under.owner));
    boolean reads = FuzzOracle.readsWorkspace(v, under.owner) && under == d;
    Expect e = expect(v, reads, Set.of(f.marker()), 404);
    if (reads) {
      e.allowed = Set.of(f.marker());
    }
    return get(v, "api/documents/" + under.id + "/files/" + f.id(), e);
  }

  private Probe documentList() {
    if (o.docs.isEmpty()) {
      return null;
    }
    Doc d = pick(o.docs);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, d.owner));
    if (r.nextBoolean()) {
      // The title filter: the owner finds it, any other member gets an empty list.
      boolean own = FuzzOracle.readsWorkspace(v, d.owner);
      Expect e = listExpect(v, own ? Set.of(d.title) : Set.of());
      e.checks.add(
          (reply, f) -> {
            int n = parse(reply.body()) instanceof JsonArray a ? a.size() : -1;
            if (n != (own ? 1 : 0)) {
              f.add("title filter listed " + n + " documents, expected " + (own ? 1 : 0));
            }
          });
      return get(v, "api/documents?q=" + d.title, e);
    }
    return get(
        v, "api/documents", listExpect(v, v.tenant() == null ? Set.of() : docTitles(v.tenant())));
  }

  /** A list of the viewer's own workspace: members of a gemeente get theirs, others are refused. */
  private Expect listExpect(Viewer v, Set<String> required) {
    return expect(v, v.tenant() != null, required, 403, 404);
  }

  private Probe ownList(String path, Function<Tenant, Set<String>> own) {
    Viewer v = anyViewer();
    Set<String> required = v.tenant() == null ? Set.of() : own.apply(v.tenant());
    if (path.startsWith("app/")) {
      return get(v, path, pageExpect(v, v.tenant() != null, required));
    }
    return get(v, path, listExpect(v, required));
  }

  private Set<String> docTitles(Tenant t) {
    Set<String> s = new LinkedHashSet<>();
    o.docs.stream().filter(d -> d.owner == t).forEach(d -> s.add(d.title));
    return s;
  }

  private Probe docPage() {
    if (o.docs.isEmpty()) {
      return null;
    }
    Doc d = pick(o.docs);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, d.owner));
    return get(
        v,
        "app/document.xhtml?id=" + d.id,
        itemPageExpect(v, FuzzOracle.readsWorkspace(v, d.owner), Set.of(d.title)));
  }

  // --- publications ---

  private Set<String> snapshotJson(Pub p) {
    Set<String> s = new LinkedHashSet<>(p.content);
    if (p.original != null) {
      s.remove(p.original); // the snapshot names its files; their text is downloaded apart
    }
    return s;
  }

  private Probe pubPath(
      Function<Pub, String> path, Function<Pub, Set<String>> shows, boolean page) {
    if (o.pubs.isEmpty()) {
      return null;
    }
    Pub p = pick(o.pubs);
    Viewer v = viewerFor(x -> FuzzOracle.mayRead(x, p));
    boolean reads = FuzzOracle.mayRead(v, p);
    Expect e =
        page ? itemPageExpect(v, reads, shows.apply(p)) : expect(v, reads, shows.apply(p), 404);
    if (reads) {
      e.allowed = p.content; // one snapshot: nothing beyond it
    }
    return get(v, path.apply(p), e);
  }

  private Probe catalogFile() {
    List<Pub> docs = o.pubs.stream().filter(p -> p.original != null).toList();
    if (docs.isEmpty()) {
      return null;
    }
    Pub p = pick(docs);
    Viewer v = viewerFor(x -> FuzzOracle.mayRead(x, p));
    boolean reads = FuzzOracle.mayRead(v, p);
    Expect e = expect(v, reads, Set.of(p.original), 404);
    if (reads) {
      e.allowed = Set.of(p.original);
    }
    return get(v, "api/catalog/" + p.id + "/file", e);
  }

  private Probe catalogAnnex() {
    List<Pub> withAnnexes =
        o.pubs.stream().filter(p -> p.subject instanceof Doc d && !d.annexes.isEmpty()).toList();
    if (withAnnexes.isEmpty()) {
      return null;
    }
    Pub p = pick(withAnnexes);
    Doc d = (Doc) p.subject;
    int n = 1 + r.nextInt(d.annexes.size() + 1); // one past the last: never there
    String kept = p.annexes.get(n);
    Viewer v = viewerFor(x -> FuzzOracle.mayRead(x, p));
    boolean reads = FuzzOracle.mayRead(v, p) && kept != null;
    Expect e = expect(v, reads, kept == null ? Set.of() : Set.of(kept), 404);
    if (reads) {
      e.allowed = Set.of(kept);
    }
    return get(v, "api/catalog/" + p.id + "/annexes/" + n + "/file", e);
  }

  /**
   * The catalog page is paged, so one published item is looked for by a word of its title; what the
   * page shows besides must still be readable by the viewer.
   */
  private Probe catalogPage() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    List<Pub> published =
        o.pubs.stream()
            .filter(p -> p.circle.equals(circle) && p.status == Status.PUBLISHED)
            .toList();
    if (published.isEmpty() || !v.takesPart(circle)) {
      return probe(
          v, "app/catalog.xhtml?circle=" + circle, v.takesPart(circle), Set.of(), 403, 404);
    }
    Pub p = pick(published);
    String word = p.title.iterator().next();
    return probe(
        v,
        "app/catalog.xhtml?circle="
            + circle
            + "&q="
            + URLEncoder.encode(word, StandardCharsets.UTF_8),
        true,
        Set.of(word),
        403,
        404);
  }

  /** A filtered, sorted page of a circle's catalog: for those who take part in the circle. */
  private Probe pagedCatalog() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    String path = "api/circles/" + circle + "/catalog?kind=document&sort=title&page=1&size=5";
    return probe(v, path, v.takesPart(circle), Set.of(), 403, 404);
  }

  /** The paged and filtered moderation lists: for the circle's coordinators only. */
  private Probe moderationLists() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    String[] paths = {
      "api/circles/%s/moderation?page=1&size=3&kind=document",
      "api/circles/%s/reports?state=handled&page=1&size=3",
      "app/moderation.xhtml?circle=%s&view=published",
      "app/moderation.xhtml?circle=%s&view=reports&state=all"
    };
    return probe(
        v, String.format(pick(List.of(paths)), circle), v.coordinates(circle), Set.of(), 403, 404);
  }

  private Probe circleList(String template, boolean page) {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    Set<String> titles = new LinkedHashSet<>();
    for (Pub p : o.pubs) {
      if (p.circle.equals(circle) && p.status == Status.PUBLISHED) {
        titles.addAll(p.title);
      }
    }
    return probe(v, String.format(template, circle), v.takesPart(circle), titles, 403, 404);
  }

  private Probe moderation(boolean page) {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    // The page shows one list at a time: the queue, or the hidden items.
    boolean hiddenList = page && r.nextBoolean();
    Set<String> shown = new LinkedHashSet<>();
    for (Pub p : o.pubs) {
      if (!hiddenList && p.circle.equals(circle) && p.status == Status.SUBMITTED) {
        shown.addAll(page ? p.title : snapshotJson(p));
      }
      if (hiddenList && p.circle.equals(circle) && p.status == Status.HIDDEN) {
        shown.addAll(p.title);
      }
    }
    String path =
        page
            ? "app/moderation.xhtml?circle=" + circle + (hiddenList ? "&view=hidden" : "")
            : "api/circles/" + circle + "/moderation";
    return probe(v, path, v.coordinates(circle), shown, 403, 404);
  }

  private Probe reports() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    Set<String> titles = new LinkedHashSet<>();
    o.pubs.stream()
        .filter(p -> p.circle.equals(circle) && p.reported)
        .forEach(p -> titles.addAll(p.title));
    return probe(
        v, "api/circles/" + circle + "/reports?state=all", v.coordinates(circle), titles, 403, 404);
  }

  // --- cards, koffer, uses ---

  private static Set<String> namesOf(List<Method> methods, Tenant t) {
    Set<String> s = new LinkedHashSet<>();
    methods.stream().filter(m -> m.owner == t).forEach(m -> s.add(m.name));
    return s;
  }

  private Probe methodPath() {
    if (o.methods.isEmpty()) {
      return null;
    }
    Method m = pick(o.methods);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, m.owner));
    return get(
        v,
        "api/methods/" + m.id,
        expect(v, FuzzOracle.readsWorkspace(v, m.owner), Set.of(m.name, m.body), 404));
  }

  private Probe kofferPath(String part) {
    if (o.methods.isEmpty()) {
      return null;
    }
    Method m = pick(o.methods);
    Viewer v = viewerFor(x -> FuzzOracle.currentCard(x, m) != null);
    Pub current = FuzzOracle.currentCard(v, m);
    boolean reads = current != null;
    Set<String> shown = new LinkedHashSet<>();
    if (reads) {
      switch (part) {
        case "" -> {
          shown.addAll(current.content);
          shown.addAll(usesShown(v, m));
        }
        case "/uses" -> shown.addAll(usesShown(v, m));
        case "page" -> shown.addAll(current.title);
        default -> {}
      }
    }
    if (part.equals("page")) {
      return get(v, "app/method.xhtml?id=" + m.id, itemPageExpect(v, reads, shown));
    }
    Expect e = expect(v, reads, shown, 404);
    if (part.equals("/versions")) {
      // The history: every published and superseded version in an audience the viewer reads.
      Set<String> ids = new LinkedHashSet<>();
      for (Pub p : m.pubs) {
        if ((p.status == Status.PUBLISHED || p.status == Status.SUPERSEDED)
            && (v.member(m.owner) || p.scope == FuzzOracle.Scope.PUBLIC || v.takesPart(p.circle))) {
          ids.add(p.id);
        }
      }
      e.checks.add(
          (reply, f) -> {
            Set<String> got = new LinkedHashSet<>();
            ((JsonArray) parse(reply.body()))
                .forEach(x -> got.add(x.asJsonObject().getString("publicationId")));
            if (!got.equals(ids)) {
              f.add("versions " + got + ", the oracle expects " + ids);
            }
          });
    }
    return get(v, "api/koffer/" + m.id + part, e);
  }

  /** The uses a card shows: the shared ones this viewer reads, and their own gemeente's. */
  private Set<String> usesShown(Viewer v, Method m) {
    Set<String> s = new LinkedHashSet<>();
    for (Use u : o.uses) {
      if (u.method != m) {
        continue;
      }
      boolean shared =
          u.pubs.stream().anyMatch(p -> p.status == Status.PUBLISHED && FuzzOracle.mayRead(v, p));
      if (shared || v.member(u.owner)) {
        s.add(u.story);
      }
    }
    return s;
  }

  private Probe koffer(boolean page) {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    Set<String> names = new LinkedHashSet<>();
    for (Pub p : o.pubs) {
      if (p.subject instanceof Method m
          && p.circle.equals(circle)
          && p.status == Status.PUBLISHED) {
        names.add(m.name);
      }
    }
    if (page) {
      return probe(v, "app/koffer.xhtml?circle=" + circle, v.takesPart(circle), names);
    }
    Probe probe =
        probe(v, "api/circles/" + circle + "/koffer", v.takesPart(circle), names, 403, 404);
    // Each card counts the uses this viewer reads (shared ones and their own gemeente's): a private
    // use of another gemeente counted would show that it exists.
    Map<String, Integer> uses = new LinkedHashMap<>();
    o.methods.forEach(m -> uses.put(m.id, usesShown(v, m).size()));
    probe
        .expect()
        .checks
        .add(
            (reply, f) -> {
              for (JsonValue x : (JsonArray) parse(reply.body())) {
                JsonObject entry = x.asJsonObject();
                Integer want = uses.get(entry.getString("methodId"));
                if (want != null && entry.getInt("uses") != want) {
                  f.add(
                      "koffer counts "
                          + entry.getInt("uses")
                          + " uses of "
                          + entry.getString("methodId")
                          + ", the oracle "
                          + want);
                }
              }
            });
    return probe;
  }

  private Probe usePath() {
    if (o.uses.isEmpty()) {
      return null;
    }
    Use u = pick(o.uses);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, u.owner));
    return get(
        v,
        "api/uses/" + u.id,
        expect(v, FuzzOracle.readsWorkspace(v, u.owner), Set.of(u.story, u.methodName), 404));
  }

  private Set<String> storiesOf(Tenant t) {
    Set<String> s = new LinkedHashSet<>();
    o.uses.stream().filter(u -> u.owner == t).forEach(u -> s.add(u.story));
    return s;
  }

  private Probe recommendations() {
    Viewer v = anyViewer();
    Set<String> names = new LinkedHashSet<>();
    for (Method m : o.methods) {
      if (FuzzOracle.currentCard(v, m) != null) {
        names.add(m.name);
      }
    }
    return new Probe(
        0,
        v,
        null,
        "POST",
        "api/koffer/recommendations",
        "{\"wijktype\":\"dorp\",\"vraagstukken\":[\"eenzaamheid\"],\"themes\":[\"gezondheid\"]}",
        expect(v, true, names));
  }

  // --- programmes, statements, roll-up ---

  private Set<String> programmeNames(Tenant t) {
    Set<String> s = new LinkedHashSet<>();
    o.programmes.stream().filter(p -> p.owner == t).forEach(p -> s.add(p.name));
    return s;
  }

  private Probe programmePath() {
    if (o.programmes.isEmpty()) {
      return null;
    }
    Programme p = pick(o.programmes);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, p.owner));
    boolean reads = FuzzOracle.readsWorkspace(v, p.owner);
    Set<String> lines = new LinkedHashSet<>();
    p.lines.forEach(l -> lines.add(l.marker()));
    Set<String> ledger = new LinkedHashSet<>(lines);
    ledger.addAll(p.partners);
    Set<String> name = Set.of(p.name);
    Set<String> statements = p.statements.isEmpty() ? Set.of() : name;
    String base = "api/programmes/" + p.id;
    List<Map.Entry<String, Set<String>>> paths =
        List.of(
            Map.entry(base, name),
            Map.entry(base + "/ledger", ledger),
            Map.entry(base + "/ledger/checks", Set.<String>of()),
            Map.entry(base + "/ledger/export?format=csv", lines),
            Map.entry(base + "/ledger/export?format=xlsx", lines),
            Map.entry(base + "/statements", statements),
            // F7: the circles an action is shared with (another gemeente's action: 404)
            Map.entry(base + "/actions/" + p.actionId + "/shares", Set.<String>of()),
            Map.entry("app/programme.xhtml?id=" + p.id, name),
            Map.entry("app/ledger.xhtml?id=" + p.id, lines));
    Map.Entry<String, Set<String>> chosen = pick(paths);
    // Another gemeente's programme is a 404 on every path; without a gemeente 403 or 404.
    Integer[] denied = v.tenant() == null ? new Integer[] {403, 404} : new Integer[] {404};
    if (chosen.getKey().startsWith("app/")) {
      Expect e = itemPageExpect(v, reads, chosen.getValue());
      if (!reads && v.tenant() == null && !v.anonymous()) {
        e.statuses = Set.of(200); // without a gemeente the page only says it has no programmes
      }
      return get(v, chosen.getKey(), e);
    }
    return probe(v, chosen.getKey(), reads, chosen.getValue(), denied);
  }

  private Probe statement() {
    if (o.statements.isEmpty()) {
      return null;
    }
    Statement s = pick(o.statements);
    Viewer v = viewerFor(x -> FuzzOracle.mayRead(x, s));
    return get(v, "api/statements/" + s.id, expect(v, FuzzOracle.mayRead(v, s), s.content, 404));
  }

  private Set<String> statementNames(String circle) {
    Set<String> s = new LinkedHashSet<>();
    o.statements.stream()
        .filter(x -> x.circle.equals(circle))
        .forEach(x -> s.add(x.programme.name));
    return s;
  }

  private Probe circleStatements() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    return probe(
        v,
        "api/circles/" + circle + "/statements",
        v.coordinates(circle),
        statementNames(circle),
        403,
        404);
  }

  private Probe rollup() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    Integer year = r.nextBoolean() ? null : 2031 + r.nextInt(2);
    Expect e = expect(v, v.coordinates(circle), Set.of(), 403);
    if (circle.equals(w.c2)) {
      e.checks.add((reply, f) -> checkRollup(reply, year, f));
    }
    return get(v, "api/circles/" + circle + "/rollup" + (year == null ? "" : "?year=" + year), e);
  }

  /**
   * The run's own circle has no statements but the run's: its roll-up is exactly the accepted
   * statements (the latest per programme), each frozen when submitted.
   */
  private void checkRollup(FuzzHttp.Reply reply, Integer year, List<String> f) {
    JsonObject rollup = (JsonObject) parse(reply.body());
    Map<String, BigDecimal> planned = new LinkedHashMap<>();
    for (JsonValue m : rollup.getJsonArray("members")) {
      JsonObject member = m.asJsonObject();
      planned.put(
          member.getString("gemeente"),
          new BigDecimal(member.getJsonObject("total").getString("planned")));
    }
    String missing = rollup.getJsonArray("withoutStatement").toString();
    for (Tenant t : List.of(w.a2, w.b2)) {
      List<Statement> accepted =
          o.statements.stream()
              .filter(
                  s ->
                      s.programme.owner == t
                          && s.circle.equals(w.c2)
                          && s.status == StatementStatus.ACCEPTED)
              .toList();
      long cents =
          accepted.stream()
              .filter(s -> year == null || s.programme.year == year)
              .mapToLong(s -> s.plannedCents)
              .sum();
      if (accepted.isEmpty()) {
        if (planned.containsKey(t.slug) || !missing.contains(t.name)) {
          f.add("roll-up counts " + t + " without an accepted statement: " + rollup);
        }
      } else {
        BigDecimal got = planned.get(t.slug);
        BigDecimal want = new BigDecimal(FuzzWorld.amount(cents));
        if (got == null || got.compareTo(want) != 0) {
          f.add(
              "roll-up planned for "
                  + t
                  + (year == null ? "" : " in " + year)
                  + " is "
                  + got
                  + ", the accepted statements "
                  + accepted.stream().map(s -> s.id).toList()
                  + " plan "
                  + want);
        }
      }
    }
  }

  private Probe rollupExport() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    String format = r.nextBoolean() ? "csv" : "xlsx";
    return get(
        v,
        "api/circles/" + circle + "/rollup/export?format=" + format,
        expect(v, v.coordinates(circle), Set.of(), 403));
  }

  private Probe rollupPage() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.coordinates(circle));
    return get(
        v,
        "app/rollup.xhtml?circle=" + circle,
        pageExpect(v, v.coordinates(circle), statementNames(circle)));
  }

  // --- search ---

  /** A marker to search for: mostly one that is indexed somewhere, sometimes any of the run. */
  private String searchable() {
    if (r.nextInt(4) == 0 || entries.isEmpty()) {
      return pick(new ArrayList<>(o.markers.keySet()));
    }
    return pick(new ArrayList<>(pick(entries).markers()));
  }

  /** The ids the viewer finds among these entries: as the README says, and as tolerated. */
  private Found found(Viewer v, Predicate<Entry> matches) {
    Set<String> ids = new LinkedHashSet<>();
    Set<String> tolerated = new LinkedHashSet<>();
    Set<String> titles = new LinkedHashSet<>();
    for (Entry e : entries) {
      if (matches.test(e) && FuzzOracle.finds(v, e)) {
        ids.add(e.id());
        titles.addAll(e.titles());
      }
      if (matches.test(e) && FuzzOracle.findsWithOwnPublicationsFolded(v, e)) {
        tolerated.add(e.id());
      }
    }
    return new Found(ids, tolerated, titles);
  }

  /** What search should find; {@code tolerated} is the known deviation ({@link #KNOWN}). */
  private record Found(Set<String> ids, Set<String> tolerated, Set<String> titles) {}

  /**
   * A deviation from the README that is reported on every run but fails it only with {@code
   * -Dfuzz.strict=true}: a member does not find their own gemeente's published method cards and
   * uses (search folds every own publication, not only documents, which have a workspace copy). It
   * can only hide items from their owners, never show anything to anyone else.
   */
  static final String KNOWN = "KNOWN own published cards/uses not found by their own gemeente: ";

  private Expect searchExpect(Viewer v) {
    return expect(v, true, Set.of());
  }

  private Probe search() {
    Viewer v = anyViewer();
    String marker = searchable();
    Found found = found(v, e -> e.markers().contains(marker));
    Expect e = searchExpect(v);
    e.checks.add((reply, f) -> checkHits(reply, found, true, f));
    return get(v, "api/search?size=100&q=" + marker, e);
  }

  private Probe searchTheme() {
    if (o.docs.isEmpty()) {
      return null;
    }
    Doc d = pick(o.docs);
    Viewer v = viewerFor(x -> FuzzOracle.readsWorkspace(x, d.owner));
    Found found = found(v, e -> e.markers().contains(d.theme));
    Expect e = searchExpect(v);
    e.checks.add((reply, f) -> checkHits(reply, found, true, f));
    e.checks.add(
        (reply, f) ->
            checkFacet(reply, "theme", d.theme, found.ids().size(), found.tolerated().size(), f));
    return get(v, "api/search?size=100&theme=" + d.theme, e);
  }

  private void checkHits(FuzzHttp.Reply reply, Found found, boolean exact, List<String> f) {
    JsonObject result = (JsonObject) parse(reply.body());
    long total = result.getJsonNumber("total").longValue();
    Set<String> hits = new LinkedHashSet<>();
    result.getJsonArray("hits").forEach(h -> hits.add(h.asJsonObject().getString("id")));
    if (matches(total, hits, found.ids(), exact)) {
      return;
    }
    String got = "total " + total + ", hits " + hits + "; the oracle expects " + found.ids();
    f.add(matches(total, hits, found.tolerated(), exact) ? KNOWN + got : got);
  }

  private static boolean matches(long total, Set<String> hits, Set<String> ids, boolean exact) {
    return total == ids.size()
        && (exact && ids.size() <= 100 ? hits.equals(ids) : ids.containsAll(hits));
  }

  private Probe searchPrefix() {
    Viewer v = anyViewer();
    String filter = "";
    Predicate<Entry> matches = x -> true;
    int choice = r.nextInt(3);
    if (choice == 1) {
      Tenant t = pick(o.tenants);
      filter = "&gemeente=" + URLEncoder.encode(t.name, StandardCharsets.UTF_8);
      matches = x -> x.owner() == t;
    } else if (choice == 2) {
      List<String> audiences = new ArrayList<>(o.circles);
      audiences.add("public");
      audiences.add("private");
      String audience = pick(audiences);
      filter = "&circle=" + audience;
      matches = x -> x.audience().equals(audience);
    }
    Found found = found(v, matches);
    Map<String, Integer> byGemeente = new TreeMap<>();
    Map<String, Integer> byAudience = new TreeMap<>();
    Map<String, Integer> byGemeenteTolerated = new TreeMap<>();
    Map<String, Integer> byAudienceTolerated = new TreeMap<>();
    for (Entry x : entries) {
      if (found.ids().contains(x.id())) {
        byGemeente.merge(x.owner().name, 1, Integer::sum);
        byAudience.merge(x.audience(), 1, Integer::sum);
      }
      if (found.tolerated().contains(x.id())) {
        byGemeenteTolerated.merge(x.owner().name, 1, Integer::sum);
        byAudienceTolerated.merge(x.audience(), 1, Integer::sum);
      }
    }
    boolean unfiltered = filter.isEmpty();
    Expect e = searchExpect(v);
    e.checks.add(
        (reply, f) -> {
          checkHits(reply, found, true, f);
          if (unfiltered) {
            checkFacet(reply, "gemeente", byGemeente, byGemeenteTolerated, f);
            checkFacet(reply, "circle", byAudience, byAudienceTolerated, f);
          }
        });
    return get(v, "api/search?size=100&q=" + o.runPrefix() + "*" + filter, e);
  }

  private static Map<String, Integer> facet(FuzzHttp.Reply reply, String facet) {
    JsonArray values =
        ((JsonObject) parse(reply.body())).getJsonObject("facets").getJsonArray(facet);
    Map<String, Integer> got = new TreeMap<>();
    if (values != null) {
      for (JsonValue v : values) {
        got.put(v.asJsonObject().getString("value"), v.asJsonObject().getInt("count"));
      }
    }
    return got;
  }

  private static void checkFacet(
      FuzzHttp.Reply reply,
      String facet,
      Map<String, Integer> expected,
      Map<String, Integer> tolerated,
      List<String> f) {
    Map<String, Integer> got = facet(reply, facet);
    if (!got.equals(expected)) {
      String what = "facet " + facet + " counts " + got + ", the oracle counts " + expected;
      f.add(got.equals(tolerated) ? KNOWN + what : what);
    }
  }

  /** One value of a facet among everything the viewer reads (absent means 0). */
  private static void checkFacet(
      FuzzHttp.Reply reply,
      String facet,
      String value,
      int expected,
      int tolerated,
      List<String> f) {
    int got = facet(reply, facet).getOrDefault(value, 0);
    if (got != expected) {
      String what = "facet " + facet + "=" + value + " counts " + got + ", the oracle " + expected;
      f.add(got == tolerated ? KNOWN + what : what);
    }
  }

  /** Newest first, with no words: hits and facets over everything the viewer reads. */
  private Probe searchNewest() {
    Viewer v = anyViewer();
    String[] paths = {"api/search?size=100", "api/search?size=100&sort=date", "app/search.xhtml"};
    String path = paths[r.nextInt(paths.length)];
    if (path.startsWith("app/")) {
      return get(v, path, pageExpect(v, true, Set.of()));
    }
    return get(v, path, searchExpect(v));
  }

  private Probe suggest() {
    List<String> words = new ArrayList<>();
    entries.forEach(x -> words.addAll(x.words()));
    String word =
        words.isEmpty() || r.nextInt(4) == 0
            ? pick(new ArrayList<>(o.markers.keySet()))
            : pick(words);
    Viewer v =
        viewerFor(
            x ->
                entries.stream().anyMatch(e -> FuzzOracle.opens(x, e) && e.words().contains(word)));
    boolean offered =
        entries.stream().anyMatch(x -> FuzzOracle.opens(v, x) && x.words().contains(word));
    Expect e = expect(v, true, offered ? Set.of(word) : Set.of());
    return get(v, "api/search/suggest?prefix=" + word.substring(0, word.length() - 1), e);
  }

  private Probe similar() {
    List<String> ids = new ArrayList<>();
    entries.forEach(x -> ids.add(x.id()));
    o.pubs.stream()
        .filter(p -> p.status != Status.PUBLISHED)
        .forEach(p -> ids.add("publication:" + p.id)); // not (or no longer) in the index
    if (ids.isEmpty()) {
      return null;
    }
    String id = pick(ids);
    Predicate<Viewer> opens =
        x -> entries.stream().anyMatch(e -> e.id().equals(id) && FuzzOracle.opens(x, e));
    Viewer v = viewerFor(opens);
    return get(v, "api/search/" + id + "/similar", expect(v, opens.test(v), Set.of(), 404));
  }

  private Probe export() {
    Viewer v = anyViewer();
    String marker = searchable();
    Found found = found(v, e -> e.markers().contains(marker));
    boolean json = r.nextBoolean();
    Expect e = searchExpect(v);
    e.checks.add(
        (reply, f) -> {
          int rows =
              json
                  ? ((JsonArray) parse(reply.body())).size()
                  : (int) reply.body().lines().filter(l -> !l.isBlank()).count() - 1;
          if (rows != found.ids().size()) {
            String what = "export has " + rows + " rows, the oracle counts " + found.ids().size();
            f.add(rows == found.tolerated().size() ? KNOWN + what : what);
          }
        });
    return get(v, "api/search/export?format=" + (json ? "json" : "csv") + "&q=" + marker, e);
  }

  private Probe searchPage() {
    // By a theme, a text or a story, so the titles on the page are not the words asked for.
    List<String> markers = new ArrayList<>();
    for (Doc d : o.docs) {
      markers.add(d.theme);
      markers.add(d.current().marker());
    }
    o.uses.forEach(u -> markers.add(u.story));
    o.methods.forEach(m -> markers.add(m.body));
    if (markers.isEmpty()) {
      return null;
    }
    String marker = pick(markers);
    Viewer v = anyViewer();
    Found found = found(v, e -> e.markers().contains(marker));
    // The titles of what is found both as the README says and as tolerated must show; others may.
    Set<String> required = new LinkedHashSet<>();
    for (Entry x : entries) {
      if (found.ids().contains(x.id()) && found.tolerated().contains(x.id())) {
        required.addAll(x.titles());
      }
    }
    return get(v, "app/search.xhtml?q=" + marker, pageExpect(v, true, required));
  }

  // --- the rest ---

  private static final String[][] ID_PATHS = {
    {"document", "api/documents/%s"},
    {"document", "api/documents/%s/text"},
    {"document", "app/document.xhtml?id=%s"},
    {"publication", "api/publications/%s"},
    {"publication", "api/catalog/%s"},
    {"publication", "api/catalog/%s/file"},
    {"publication", "app/item.xhtml?id=%s"},
    {"method", "api/methods/%s"},
    {"method", "api/koffer/%s"},
    {"method", "api/koffer/%s/versions"},
    {"method", "app/method.xhtml?id=%s"},
    {"use", "api/uses/%s"},
    {"programme", "api/programmes/%s"},
    {"programme", "api/programmes/%s/ledger"},
    {"statement", "api/statements/%s"},
    {"meeting", "api/meetings/%s"},
    {"meeting", "api/meetings/%s/calendar.ics"},
    {"question", "api/questions/%s"},
    {"question", "app/question.xhtml?id=%s"},
    {"synthesis", "api/syntheses/%s"},
    {"synthesis", "app/synthesis.xhtml?id=%s"},
    {"meeting", "api/meetings/%s/minutes/versions/1"},
    {"meeting", "app/meeting.xhtml?id=%s"},
    {"synthesis", "api/syntheses/%s/versions"},
    {"synthesis", "api/syntheses/%s/versions/1"},
  };

  /** A circle's learning questions or syntheses: as its meetings, 200 for who takes part. */
  private Probe circleLearning() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    String what = r.nextBoolean() ? "questions" : "syntheses";
    return probe(v, "api/circles/" + circle + "/" + what, v.takesPart(circle), Set.of(), 403, 404);
  }

  /** A circle's threads or activity ({@code what}): 200 for who reads it, else not found. */
  private Probe circleRead(String what) {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    return probe(v, "api/circles/" + circle + "/" + what, v.takesPart(circle), Set.of(), 404);
  }

  /** A circle's activity page: shown to who reads the circle, else the "not found" page. */
  private Probe activityPage() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    return get(
        v, "app/activity.xhtml?circle=" + circle, itemPageExpect(v, v.takesPart(circle), Set.of()));
  }

  /**
   * Editing or removing harvest of an id that is no question: 404 (401 signed out), nothing
   * changed.
   */
  private Probe harvestChange() {
    List<String> ids = new ArrayList<>();
    o.docs.forEach(d -> ids.add(d.id));
    o.pubs.forEach(p -> ids.add(p.id));
    o.methods.forEach(m -> ids.add(m.id));
    if (ids.isEmpty()) {
      return null;
    }
    Viewer v = anyViewer();
    Expect e = new Expect();
    e.allowed = visible.get(v);
    e.statuses = v.anonymous() ? Set.of(401) : Set.of(404);
    String path = "api/questions/" + pick(ids) + "/harvest/" + pick(ids);
    return r.nextBoolean()
        ? new Probe(0, v, null, "DELETE", path, null, e)
        : new Probe(
            0, v, null, "PUT", path, "{\"kind\":\"INSIGHT\",\"text\":\"Fuzz\",\"version\":0}", e);
  }

  /** A circle's home page: shown to who takes part in it (researchers too), else not found. */
  private Probe circlePage() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    return get(
        v, "app/circle.xhtml?circle=" + circle, itemPageExpect(v, v.takesPart(circle), Set.of()));
  }

  /** The meetings of a circle: 200 for who takes part in it (researchers too), else not found. */
  private Probe circleMeetings() {
    String circle = pick(o.circles);
    Viewer v = viewerFor(x -> x.takesPart(circle));
    return probe(v, "api/circles/" + circle + "/meetings", v.takesPart(circle), Set.of(), 403, 404);
  }

  /** An id of one kind on a path of another: "not found" (pages say so), whoever asks. */
  private Probe crossedId() {
    String[] path = ID_PATHS[r.nextInt(ID_PATHS.length)];
    List<String> others = new ArrayList<>();
    if (!path[0].equals("document")) {
      o.docs.forEach(d -> others.add(d.id));
    }
    if (!path[0].equals("publication")) {
      o.pubs.forEach(p -> others.add(p.id));
    }
    if (!path[0].equals("method")) {
      o.methods.forEach(m -> others.add(m.id));
    }
    if (!path[0].equals("use")) {
      o.uses.forEach(u -> others.add(u.id));
    }
    if (!path[0].equals("programme")) {
      o.programmes.forEach(p -> others.add(p.id));
    }
    if (!path[0].equals("statement")) {
      o.statements.forEach(x -> others.add(x.id));
    }
    if (others.isEmpty()) {
      return null;
    }
    Viewer v = anyViewer();
    String url = String.format(path[1], pick(others));
    if (url.startsWith("app/")) {
      return get(v, url, itemPageExpect(v, false, Set.of()));
    }
    Integer[] denied =
        path[0].equals("programme") && v.tenant() == null
            ? new Integer[] {403, 404}
            : new Integer[] {404};
    return get(v, url, expect(v, false, Set.of(), denied));
  }

  private Probe audit() {
    Viewer v = viewerFor(Viewer::admin);
    Expect e = expect(v, v.admin(), Set.of(), 403);
    if (v.admin()) {
      e.allowed = o.markers.keySet(); // the audit log names what was written: for platform admins
    }
    return get(v, "api/admin/audit?limit=200", e);
  }

  /** Writes by viewers who may not make them: refused, nothing shown, nothing changed. */
  private Probe refusedWrite() {
    Viewer v = anyViewer();
    Expect e = new Expect();
    e.allowed = visible.get(v);
    e.statuses = v.anonymous() ? Set.of(401) : Set.of(403, 404);
    switch (r.nextInt(14)) {
      // F7: sharing (or withdrawing) another gemeente's programme action looks missing.
      case 13 -> {
        if (o.programmes.isEmpty()) {
          return null;
        }
        Programme p = pick(o.programmes);
        if (v.member(p.owner)) {
          return null;
        }
        String path =
            "api/programmes/" + p.id + "/actions/" + p.actionId + "/shares/" + pick(o.circles);
        return new Probe(0, v, null, r.nextBoolean() ? "PUT" : "DELETE", path, null, e);
      }
      case 12 -> {
        if (o.pubs.isEmpty()) {
          return null;
        }
        Pub p = pick(o.pubs);
        if (v.coordinates(p.circle)) {
          return null;
        }
        return new Probe(
            0,
            v,
            null,
            "POST",
            "api/publications/" + p.id + "/reports/" + java.util.UUID.randomUUID() + "/handled",
            "",
            e);
      }
      case 0 -> {
        if (o.docs.isEmpty()) {
          return null;
        }
        Doc d = pick(o.docs);
        if (v.member(d.owner)) {
          return null;
        }
        return new Probe(
            0,
            v,
            null,
            "POST",
            "api/documents/" + d.id + "/publications",
            "{\"scope\":\"PUBLIC\",\"circle\":\"" + pick(o.circles) + "\"}",
            e);
      }
      case 1 -> {
        if (o.pubs.isEmpty()) {
          return null;
        }
        Pub p = pick(o.pubs);
        if (v.coordinates(p.circle)) {
          return null;
        }
        return new Probe(0, v, null, "POST", "api/publications/" + p.id + "/approve", "", e);
      }
      case 2 -> {
        if (o.pubs.isEmpty()) {
          return null;
        }
        Pub p = pick(o.pubs);
        if (FuzzOracle.mayRead(v, p)) {
          return null;
        }
        return new Probe(
            0, v, null, "POST", "api/catalog/" + p.id + "/reports", "{\"reason\":\"Fuzz\"}", e);
      }
      case 3 -> {
        if (o.methods.isEmpty()) {
          return null;
        }
        Method m = pick(o.methods);
        if (FuzzOracle.currentCard(v, m) != null && v.tenant() != null) {
          return null;
        }
        return new Probe(
            0,
            v,
            null,
            "POST",
            "api/koffer/" + m.id + "/uses",
            "{\"wijk\":\"Fuzzwijk\",\"from\":\"2025-01-01\",\"whatHappened\":\"x\"}",
            e);
      }
      case 4 -> {
        if (o.statements.isEmpty()) {
          return null;
        }
        Statement s = pick(o.statements);
        if (v.coordinates(s.circle)) {
          return null;
        }
        return new Probe(0, v, null, "POST", "api/statements/" + s.id + "/accept", "", e);
      }
      case 5 -> {
        if (o.pubs.isEmpty()) {
          return null;
        }
        Pub p = pick(o.pubs);
        if (v.member(p.subject.owner)) {
          return null;
        }
        return new Probe(0, v, null, "DELETE", "api/publications/" + p.id, null, e);
      }
      // F9: editing, deleting and restoring another gemeente's document or use looks missing.
      case 6, 7, 8 -> {
        if (o.docs.isEmpty()) {
          return null;
        }
        Doc d = pick(o.docs);
        if (v.member(d.owner)) {
          return null;
        }
        String path = "api/documents/" + d.id;
        return switch (r.nextInt(3)) {
          case 0 ->
              new Probe(
                  0,
                  v,
                  null,
                  "PUT",
                  path,
                  "{\"title\":\"Overgenomen\",\"type\":\"overig\",\"version\":1}",
                  e);
          case 1 -> new Probe(0, v, null, "DELETE", path, null, e);
          default -> new Probe(0, v, null, "POST", path + "/restore", "", e);
        };
      }
      case 9, 10 -> {
        if (o.uses.isEmpty()) {
          return null;
        }
        Use u = pick(o.uses);
        if (v.member(u.owner)) {
          return null;
        }
        return r.nextBoolean()
            ? new Probe(
                0,
                v,
                null,
                "PUT",
                "api/uses/" + u.id,
                "{\"wijk\":\"Overgenomen\",\"from\":\"2025-01-01\",\"whatHappened\":\"x\","
                    + "\"version\":1}",
                e)
            : new Probe(0, v, null, "DELETE", "api/uses/" + u.id, null, e);
      }
      default -> {
        if (o.methods.isEmpty()) {
          return null;
        }
        Method m = pick(o.methods);
        if (v.member(m.owner)) {
          return null;
        }
        return new Probe(
            0,
            v,
            null,
            "PUT",
            "api/methods/" + m.id,
            "{\"name\":\"Overgenomen\",\"steps\":[\"x\"],\"evidence\":\"praktijk\",\"version\":1}",
            e);
      }
    }
  }

  /**
   * Administration of gemeenten, circles, accounts and members (F9) by viewers who may not:
   * refused, nothing shown, nothing changed. A tenant admin's edits of members are for their own
   * gemeente: another gemeente's member by its own gemeente's path is refused by the tenant
   * binding.
   */
  private Probe refusedAdministration() {
    Viewer v = viewerFor(x -> !x.admin());
    if (v.admin()) {
      return null;
    }
    Expect e = new Expect();
    e.allowed = visible.get(v);
    e.statuses = v.anonymous() ? Set.of(401) : Set.of(403, 404);
    Tenant t = pick(o.tenants);
    String circle = pick(o.circles);
    String someone = java.util.UUID.randomUUID().toString();
    int which = r.nextInt(8);
    if (which == 7 && v.member(t)) {
      return null; // its own gemeente: a tenant admin may edit members there
    }
    return switch (which) {
      case 0 ->
          new Probe(
              0,
              v,
              null,
              "PUT",
              "api/admin/tenants/" + t.slug,
              "{\"name\":\"Overgenomen\",\"cbsCode\":\"GM9990\"}",
              e);
      case 1 ->
          new Probe(
              0,
              v,
              null,
              "PUT",
              "api/admin/circles/" + circle,
              "{\"name\":\"Overgenomen\",\"start\":null,\"end\":null}",
              e);
      case 2 ->
          new Probe(
              0,
              v,
              null,
              "POST",
              "api/admin/circles/" + circle + "/members",
              "{\"tenant\":\"" + t.slug + "\"}",
              e);
      case 3 ->
          new Probe(
              0, v, null, "DELETE", "api/admin/circles/" + circle + "/members/" + t.slug, null, e);
      case 4 ->
          new Probe(
              0,
              v,
              null,
              "POST",
              "api/admin/circles/" + circle + "/coordinators/" + someone,
              "",
              e);
      case 5 ->
          new Probe(0, v, null, "PUT", "api/admin/accounts/" + someone, "{\"active\":false}", e);
      case 6 ->
          new Probe(0, v, null, "POST", "api/admin/accounts/" + someone + "/password-reset", "", e);
      default ->
          new Probe(
              0,
              v,
              null,
              "PUT",
              "api/tenants/" + t.slug + "/members/" + someone,
              "{\"displayName\":\"Overgenomen\"}",
              e);
    };
  }

  // --- checking ---

  /** What is wrong with this answer; empty when it is what the oracle expects. */
  List<String> check(Probe p, FuzzHttp.Reply reply) {
    List<String> f = new ArrayList<>();
    Expect e = p.expect();
    if (!e.statuses.contains(reply.status())) {
      f.add(
          "status "
              + reply.status()
              + ", expected "
              + e.statuses
              + ": "
              + FuzzWorld.abbreviate(reply.body()));
    }
    String request = p.path() + " " + (p.body() == null ? "" : p.body());
    Matcher m = markerPattern.matcher(reply.text());
    Set<String> reported = new LinkedHashSet<>();
    while (m.find()) {
      String marker = m.group();
      if (request.contains(marker) || !reported.add(marker)) {
        continue;
      }
      String what = o.markers.get(marker);
      if (what == null) {
        f.add("LEAK? unknown marker " + marker + context(reply.text(), m.start()));
      } else if (!e.allowed.contains(marker)) {
        boolean anywhere = visible.get(p.viewer()).contains(marker);
        f.add(
            (anywhere ? "SHOWN OUT OF PLACE " : "LEAK ")
                + marker
                + " ("
                + what
                + ")"
                + context(reply.text(), m.start()));
      }
    }
    if (reply.status() == 200) {
      for (String marker : e.required) {
        if (!reply.text().contains(marker)) {
          f.add("MISSING " + marker + " (" + o.markers.get(marker) + ")");
        } else if (!reported.contains(marker) && !request.contains(marker)) {
          f.add("the marker scanner missed " + marker + ": it would miss a leak too");
        }
      }
      for (var c : e.checks) {
        try {
          c.accept(reply, f);
        } catch (RuntimeException ex) {
          f.add("unreadable answer (" + ex + "): " + FuzzWorld.abbreviate(reply.body()));
        }
      }
    } else if (reply.status() == 302) {
      for (var c : e.checks) {
        c.accept(reply, f);
      }
    }
    return f;
  }

  private static String context(String text, int at) {
    int from = Math.max(0, at - 120);
    int to = Math.min(text.length(), at + 140);
    return " in …" + text.substring(from, to).replaceAll("\\s+", " ") + "…";
  }

  static JsonStructure parse(String body) {
    try (var reader = Json.createReader(new StringReader(body))) {
      return reader.read();
    }
  }

  private <T> T pick(List<T> from) {
    return from.get(r.nextInt(from.size()));
  }

  /** The probe kinds, for the report. */
  List<String> kinds() {
    return templates.stream().map(Template::kind).toList();
  }
}
