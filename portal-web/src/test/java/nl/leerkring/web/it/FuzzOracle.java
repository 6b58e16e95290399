package nl.leerkring.web.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The fuzzer's independent model of who may see what, written from the README's rules ("Case
 * documents", "Search", "The koffer", "Programmes and cofinancing") and never by asking the portal.
 * The generator ({@link FuzzWorld}) records here every item it made and every state it drove it
 * into; the probes ({@link FuzzProbes}) ask it what each viewer may see on each path.
 *
 * <p>Every piece of content carries a <em>marker</em>: a made-up word ({@code qzx}, four letters of
 * the run, eight of the seed; consonants only, so Dutch stemming and compound splitting leave it
 * whole) that occurs nowhere else. A marker lives in one or more <em>carriers</em>, and a viewer
 * may see it when they may read at least one of them:
 *
 * <ul>
 *   <li><b>the workspace</b> of a gemeente (its documents with every version and annex, method
 *       cards, uses, programmes and ledgers): its own members only; not other gemeenten, not people
 *       without a gemeente, not platform admins ("Another gemeente's document, or any document for
 *       someone without a gemeente, answers 404").
 *   <li><b>a publication</b> (an immutable snapshot: the metadata, the original as it was when
 *       submitted, the annexes not left out; a card's text; a use's story and the method's name, a
 *       use being submitted only where its method is published, see {@link #mayShare}): the owner
 *       gemeente always; while SUBMITTED the circle's coordinators; while PUBLISHED everyone who
 *       takes part in the circle (member gemeenten, coordinators, facilitators, researchers), and
 *       for scope PUBLIC everyone signed in. RETURNED, WITHDRAWN and SUPERSEDED items are the
 *       owner's only; a HIDDEN item is the owner's, and its title stays on the coordinators'
 *       moderation page ("hide or restore").
 *   <li><b>a report</b>: the title of the reported item, for the circle's coordinators.
 *   <li><b>a cofinancing statement</b> (a frozen copy of the programme and ledger): the gemeente
 *       and the circle's coordinators, in every state.
 *   <li><b>the audit log</b>: platform admins (README: "Every write records an audit entry (who,
 *       when, tenant, what, before/after)"; {@code GET /api/admin/audit} is for platform admins).
 *       This carrier counts on the audit path only.
 * </ul>
 *
 * Approval replaces an earlier PUBLISHED publication of the same item in the same circle and scope
 * (README: "a newer submission, once approved, replaces the older one"; read here as per circle and
 * scope, since an item may be shared with a circle and with everyone at once).
 *
 * <p>Search indexes a gemeente's documents (title, themes, the text of the current original) and
 * every PUBLISHED publication (a document's snapshot with its original; a card's text; a use's
 * story). A viewer finds what they may open; a member finds their own document once, as the
 * workspace copy, not also its published copy.
 */
final class FuzzOracle {

  /** Consonants only: no Dutch stemming rule or compound part applies to a word without vowels. */
  static final String LETTERS = "bcdfghjklmnpqrstvwxz";

  static final String PREFIX = "qzx";

  enum Scope {
    CIRCLE,
    PUBLIC
  }

  enum Status {
    SUBMITTED,
    PUBLISHED,
    RETURNED,
    WITHDRAWN,
    HIDDEN,
    SUPERSEDED
  }

  enum StatementStatus {
    SUBMITTED,
    ACCEPTED,
    RETURNED,
    SUPERSEDED
  }

  enum Grant {
    COORDINATOR,
    FACILITATOR,
    RESEARCHER
  }

  /** A gemeente and the circles it is a member of. */
  static final class Tenant {
    final String slug;
    final String name;
    final Set<String> circles = new LinkedHashSet<>();

    Tenant(String slug, String name, String... circles) {
      this.slug = slug;
      this.name = name;
      this.circles.addAll(List.of(circles));
    }

    @Override
    public String toString() {
      return slug;
    }
  }

  /**
   * Someone probing: an account (null when anonymous) with its gemeente, its roles per circle and
   * whether it is a platform admin; {@code session} says whether it signs in by the login form (a
   * session cookie) or by a bearer token.
   */
  record Viewer(
      String label,
      String username,
      String password,
      Tenant tenant,
      Map<String, Grant> grants,
      boolean admin,
      boolean session) {

    boolean anonymous() {
      return username == null;
    }

    boolean signedIn() {
      return username != null;
    }

    boolean member(Tenant t) {
      return tenant != null && tenant == t;
    }

    boolean takesPart(String circle) {
      return (tenant != null && tenant.circles.contains(circle)) || grants.containsKey(circle);
    }

    boolean coordinates(String circle) {
      return grants.get(circle) == Grant.COORDINATOR;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  /** Something a gemeente keeps in its workspace and may publish. */
  abstract static class Item {
    final String kind;
    final Tenant owner;
    final String no;
    String id;
    final List<Pub> pubs = new ArrayList<>();

    Item(String kind, Tenant owner, String no) {
      this.kind = kind;
      this.owner = owner;
      this.no = no;
    }

    /** Every marker in the workspace copy. */
    abstract Set<String> workspaceMarkers();

    @Override
    public String toString() {
      return kind + " " + no + " of " + owner + " (" + id + ")";
    }
  }

  /** One file of a document: an original (version ≥ 1, annexNo null) or an annex. */
  record DocFile(String id, int version, Integer annexNo, String marker) {}

  static final class Doc extends Item {
    String title;
    String theme;
    final List<DocFile> originals = new ArrayList<>();
    final List<DocFile> annexes = new ArrayList<>();

    Doc(Tenant owner, String no) {
      super("document", owner, no);
    }

    DocFile current() {
      return originals.get(originals.size() - 1);
    }

    @Override
    Set<String> workspaceMarkers() {
      Set<String> m = new LinkedHashSet<>(List.of(title, theme));
      originals.forEach(f -> m.add(f.marker()));
      annexes.forEach(f -> m.add(f.marker()));
      return m;
    }
  }

  static final class Method extends Item {
    String name;
    String body;
    long version;
    Doc material;

    Method(Tenant owner, String no) {
      super("method", owner, no);
    }

    @Override
    Set<String> workspaceMarkers() {
      return new LinkedHashSet<>(List.of(name, body));
    }
  }

  static final class Use extends Item {
    Method method;
    String methodName;
    String story;

    Use(Tenant owner, String no) {
      super("use", owner, no);
    }

    @Override
    Set<String> workspaceMarkers() {
      return new LinkedHashSet<>(List.of(methodName, story));
    }
  }

  record Line(String marker, long plannedCents) {}

  static final class Programme {
    final Tenant owner;
    final String no;
    String id;
    String name;
    int year;
    final List<Line> lines = new ArrayList<>();
    final List<String> partners = new ArrayList<>();
    final List<Statement> statements = new ArrayList<>();
    String actionId;

    Programme(Tenant owner, String no) {
      this.owner = owner;
      this.no = no;
    }

    Set<String> markers() {
      Set<String> m = new LinkedHashSet<>();
      m.add(name);
      lines.forEach(l -> m.add(l.marker()));
      m.addAll(partners);
      return m;
    }

    long plannedCents() {
      return lines.stream().mapToLong(Line::plannedCents).sum();
    }

    @Override
    public String toString() {
      return "programme " + no + " of " + owner + " (" + id + ")";
    }
  }

  /** A publication: the snapshot taken at submission, and its state. */
  static final class Pub {
    final Item subject;
    final String circle;
    final Scope scope;
    final long seq;
    String id;
    Status status = Status.SUBMITTED;
    boolean reported;

    /** Whether it was ever published (F8: mail about it may have reached the circle then). */
    boolean everPublished;

    /** Every marker in the snapshot. */
    final Set<String> content = new LinkedHashSet<>();

    /** The markers of its title (what lists, reports and the moderation page show). */
    final Set<String> title = new LinkedHashSet<>();

    /** What search indexes while it is published. */
    final Set<String> indexed = new LinkedHashSet<>();

    /** The words autocomplete offers: from its title and themes. */
    final Set<String> words = new LinkedHashSet<>();

    /** A document's original as snapshotted. */
    String original;

    /** A document's annexes: number → marker, for those kept in the snapshot. */
    final Map<Integer, String> annexes = new LinkedHashMap<>();

    Pub(Item subject, String circle, Scope scope, long seq) {
      this.subject = subject;
      this.circle = circle;
      this.scope = scope;
      this.seq = seq;
    }

    @Override
    public String toString() {
      return "publication "
          + id
          + " of "
          + subject
          + " ("
          + scope
          + " in "
          + circle
          + ", "
          + status
          + ")";
    }
  }

  static final class Statement {
    final Programme programme;
    final String circle;
    final long seq;
    final long plannedCents;
    final Set<String> content;
    String id;
    StatementStatus status = StatementStatus.SUBMITTED;

    Statement(Programme programme, String circle, long seq) {
      this.programme = programme;
      this.circle = circle;
      this.seq = seq;
      this.plannedCents = programme.plannedCents();
      this.content = programme.markers();
    }

    @Override
    public String toString() {
      return "statement " + id + " of " + programme + " to " + circle + " (" + status + ")";
    }
  }

  /** What search holds: a workspace document or a published item. */
  /**
   * F8: a free thread in a circle, started by a member of one of its gemeenten: read (and found by
   * search) by everyone who takes part in the circle, like a published item there; its {@link #pub}
   * is that rule, not a publication of the catalog (it is not in {@link #pubs}).
   */
  static final class Conv extends Item {
    final String circle;
    final Pub pub;
    String title;
    final Set<String> posts = new LinkedHashSet<>();

    Conv(Tenant starter, String no, String circle) {
      super("thread", starter, no);
      this.circle = circle;
      this.pub = new Pub(this, circle, Scope.CIRCLE, 0);
      this.pub.status = Status.PUBLISHED;
    }

    /** Its title and the text of every post. */
    Set<String> markers() {
      Set<String> m = new LinkedHashSet<>();
      m.add(title);
      m.addAll(posts);
      return m;
    }

    /** Nothing of it is in a workspace: it is the circle's. */
    @Override
    Set<String> workspaceMarkers() {
      return Set.of();
    }
  }

  record Entry(
      String id,
      Tenant owner,
      String audience,
      Pub pub,
      Set<String> markers,
      Set<String> words,
      Set<String> titles) {}

  // --- the world ---

  final String nonce;
  final List<Tenant> tenants = new ArrayList<>();
  final List<String> circles = new ArrayList<>();
  final List<Viewer> viewers = new ArrayList<>();
  final List<Doc> docs = new ArrayList<>();
  final List<Method> methods = new ArrayList<>();
  final List<Use> uses = new ArrayList<>();
  final List<Programme> programmes = new ArrayList<>();
  final List<Pub> pubs = new ArrayList<>();
  final List<Statement> statements = new ArrayList<>();
  final List<Conv> threads = new ArrayList<>();

  /** F8: a saved search and the one person who may see or delete it. */
  record SavedSearch(Viewer owner, String id) {}

  final List<SavedSearch> savedSearches = new ArrayList<>();

  /** Every marker of the run and what it marks, for failure messages. */
  final Map<String, String> markers = new LinkedHashMap<>();

  private long seq;

  FuzzOracle(String nonce) {
    this.nonce = nonce;
  }

  /** The prefix every marker of this run starts with. */
  String runPrefix() {
    return PREFIX + nonce;
  }

  String marker(Random random, String what) {
    StringBuilder b = new StringBuilder(runPrefix());
    for (int i = 0; i < 8; i++) {
      b.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
    }
    String m = b.toString();
    if (markers.containsKey(m)) {
      return marker(random, what); // 20^8 draws: a repeat is next to impossible, but stay unique
    }
    markers.put(m, what);
    return m;
  }

  long nextSeq() {
    return ++seq;
  }

  // --- the rules ---

  /** A gemeente's workspace: its own members only. */
  static boolean readsWorkspace(Viewer v, Tenant owner) {
    return v.member(owner);
  }

  /** Who reads a publication (and its snapshot, files and kept annexes). */
  static boolean mayRead(Viewer v, Pub p) {
    if (v.anonymous()) {
      return false;
    }
    if (v.member(p.subject.owner)) {
      return true;
    }
    return switch (p.status) {
      case SUBMITTED -> v.coordinates(p.circle);
      case PUBLISHED -> p.scope == Scope.PUBLIC || v.takesPart(p.circle);
      default -> false;
    };
  }

  static boolean mayRead(Viewer v, Statement s) {
    return v.signedIn() && (v.member(s.programme.owner) || v.coordinates(s.circle));
  }

  /**
   * A use is shared only where its method is PUBLISHED: in the circle it goes to, or for everyone;
   * a PUBLIC use only when the method is PUBLIC (README, "The koffer"). Elsewhere its submission,
   * and its approval when the method was withdrawn in between, answer 409 and nothing is shared. A
   * use already published stays as it is when its method goes later.
   */
  static boolean mayShare(Use u, String circle, Scope scope) {
    return u.method.pubs.stream()
        .anyMatch(
            p ->
                p.status == Status.PUBLISHED
                    && (p.scope == Scope.PUBLIC
                        || (scope == Scope.CIRCLE && p.circle.equals(circle))));
  }

  /** A koffer card is read by who reads a published version of it. */
  static Pub currentCard(Viewer v, Method m) {
    Pub current = null;
    for (Pub p : m.pubs) {
      if (p.status == Status.PUBLISHED
          && mayRead(v, p)
          && (current == null || p.seq > current.seq)) {
        current = p;
      }
    }
    return current;
  }

  /** Every marker this viewer may see anywhere but the audit log. */
  Set<String> visible(Viewer v) {
    Set<String> out = new LinkedHashSet<>();
    if (v.anonymous()) {
      return out;
    }
    for (Item item : items()) {
      if (readsWorkspace(v, item.owner)) {
        out.addAll(item.workspaceMarkers());
      }
    }
    for (Programme p : programmes) {
      if (readsWorkspace(v, p.owner)) {
        out.addAll(p.markers());
      }
    }
    for (Pub p : pubs) {
      if (mayRead(v, p)) {
        out.addAll(p.content);
      }
      if (v.coordinates(p.circle) && (p.reported || p.status == Status.HIDDEN)) {
        out.addAll(p.title);
      }
    }
    for (Statement s : statements) {
      if (mayRead(v, s)) {
        out.addAll(s.content);
      }
    }
    threadsOf(v, out);
    return out;
  }

  /** F8: the threads the viewer reads: those of every circle they take part in. */
  private void threadsOf(Viewer v, Set<String> out) {
    for (Conv c : threads) {
      if (v.takesPart(c.circle)) {
        out.addAll(c.markers());
      }
    }
  }

  /**
   * F8: every marker a mail to this viewer may name, whenever it was sent: what their own gemeente
   * owns; what was submitted to a circle they coordinate (its waiting work, reports, statements);
   * and what was ever published in a circle they take part in, or for everyone. Anything else — a
   * circle they are not in, another gemeente's private or never-published item — is a leak, however
   * briefly it was readable.
   */
  Set<String> mailable(Viewer v) {
    Set<String> out = new LinkedHashSet<>();
    if (v.anonymous()) {
      return out;
    }
    for (Item item : items()) {
      if (readsWorkspace(v, item.owner)) {
        out.addAll(item.workspaceMarkers());
      }
    }
    for (Programme p : programmes) {
      if (readsWorkspace(v, p.owner)) {
        out.addAll(p.markers());
      }
    }
    for (Pub p : pubs) {
      if (v.member(p.subject.owner)
          || v.coordinates(p.circle)
          || (p.everPublished && (p.scope == Scope.PUBLIC || v.takesPart(p.circle)))) {
        out.addAll(p.content);
      }
    }
    for (Statement s : statements) {
      if (mayRead(v, s)) {
        out.addAll(s.content);
      }
    }
    threadsOf(v, out);
    return out;
  }

  List<Item> items() {
    List<Item> all = new ArrayList<>(docs);
    all.addAll(methods);
    all.addAll(uses);
    return all;
  }

  // --- search ---

  /**
   * The kinds whose published copy a member of the owner gemeente does not find again in search,
   * because the workspace copy is what they find (README: "A member sees their own document once
   * (the workspace copy), not also its published copy"). Cards and uses have no searchable
   * workspace copy.
   */
  static final Set<String> FOLDED_KINDS = Set.of("document");

  /** What the index holds now. */
  List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    for (Doc d : docs) {
      out.add(
          new Entry(
              "document:" + d.id,
              d.owner,
              "private",
              null,
              new LinkedHashSet<>(List.of(d.title, d.theme, d.current().marker())),
              new LinkedHashSet<>(List.of(d.title, d.theme)),
              Set.of(d.title)));
    }
    for (Pub p : pubs) {
      if (p.status == Status.PUBLISHED) {
        out.add(
            new Entry(
                "publication:" + p.id,
                p.subject.owner,
                p.scope == Scope.PUBLIC ? "public" : p.circle,
                p,
                p.indexed,
                p.words,
                p.title));
      }
    }
    for (Conv c : threads) {
      out.add(
          new Entry(
              "thread:" + c.id, c.owner, c.circle, c.pub, c.markers(), Set.of(), Set.of(c.title)));
    }
    return out;
  }

  /** Whether the viewer may open this item (the access rule of search and of "more like this"). */
  static boolean opens(Viewer v, Entry e) {
    if (v.anonymous()) {
      return false;
    }
    if (e.pub() == null) {
      return v.member(e.owner());
    }
    return e.pub().scope == Scope.PUBLIC || v.takesPart(e.pub().circle);
  }

  /** Whether the viewer finds this item in search: may open it, and it is not a folded copy. */
  static boolean finds(Viewer v, Entry e) {
    return opens(v, e)
        && !(e.pub() != null && v.member(e.owner()) && FOLDED_KINDS.contains(e.pub().subject.kind));
  }

  /**
   * What the portal finds instead (a known deviation, see {@link FuzzProbes#KNOWN}): every
   * publication of the viewer's own gemeente folded away, cards and uses too. Fewer hits for their
   * owners, never more for anyone.
   */
  static boolean findsWithOwnPublicationsFolded(Viewer v, Entry e) {
    return opens(v, e) && !(e.pub() != null && v.member(e.owner()));
  }
}
