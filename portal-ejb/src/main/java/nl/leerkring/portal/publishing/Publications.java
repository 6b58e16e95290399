package nl.leerkring.portal.publishing;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Submissions, moderation and the published catalog. Every read checks {@link #mayRead}; what a
 * viewer may not read answers "not found", so its existence is not revealed.
 */
@Stateless
public class Publications {

  static final String ENTITY = "publication";

  /** The most rows a list reads: far above a circle's catalog, a guard against a runaway query. */
  private static final int MAX_ROWS = 10_000;

  private static final Jsonb JSON = JsonbBuilder.create();

  /** The gemeenten's time zone, for the day an item was published. */
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Tenants tenants;

  @Inject BlobStore blobs;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  @Inject PublicationSignals signals;

  /**
   * Submits a snapshot of an item of the viewer's gemeente to a circle. Called by the item's own
   * boundary, which built the snapshot inside the owner's workspace.
   */
  public PublicationView submit(Viewer viewer, Snapshot snapshot, String scope, String circleSlug) {
    TenantId owner =
        viewer
            .homeTenant()
            .orElseThrow(() -> PortalException.forbidden(PublicationCode.MEMBERS_ONLY));
    Scope wanted = Scope.parse(scope);
    if (circleSlug == null || circleSlug.isBlank()) {
      throw PortalException.invalidField("circle", PublicationCode.CIRCLE_REQUIRED);
    }
    CircleView circle = circles.bySlug(circleSlug);
    if (circle.members().stream().noneMatch(t -> t.id().equals(owner.value()))) {
      throw PortalException.forbidden(PublicationCode.NOT_A_MEMBER, circle.name());
    }
    boolean open =
        ofSubjectRows(snapshot.subjectId()).stream()
            .anyMatch(
                p ->
                    p.circleId().equals(circle.id()) && p.status() == Publication.Status.SUBMITTED);
    if (open) {
      throw PortalException.conflict(PublicationCode.ALREADY_WAITING, circle.name());
    }
    requireAboutPublished(snapshot.kind(), snapshot.about(), circle.id(), circleSlug, wanted);
    Publication publication =
        new Publication(
            snapshot, JSON.toJson(snapshot), owner.value(), circle.id(), wanted, viewer.username());
    em.persist(publication);
    changes.upserted(ENTITY, publication.id());
    audit.record(
        viewer,
        owner,
        "publication.submitted",
        "publication:" + publication.id(),
        snapshot.kind() + ":" + snapshot.subjectId() + " to " + circleSlug + " as " + wanted);
    signals.submission(SignalKind.SUBMISSION_WAITING, publication, viewer);
    return view(publication, viewer);
  }

  /** The publications of an item, newest first; for its owner's members only. */
  public List<PublicationView> ofSubject(Viewer viewer, String subjectId) {
    return ofSubjectRows(subjectId).stream()
        .filter(p -> viewer.belongsTo(new TenantId(p.ownerTenant())))
        .map(p -> view(p, false))
        .toList();
  }

  /**
   * The statuses of the publications of each item, newest first, in one query; for the owner's
   * members only (items of other tenants are left out). For lists that show each item's state.
   */
  public Map<String, List<String>> statusesOf(Viewer viewer, Collection<String> subjectIds) {
    Map<String, List<String>> out = new HashMap<>();
    if (subjectIds.isEmpty()) {
      return out;
    }
    em
        .createQuery(
            "select p from Publication p where p.subjectId in :subjects"
                + " order by p.submittedAt desc",
            Publication.class)
        .setParameter("subjects", List.copyOf(subjectIds))
        .getResultList()
        .stream()
        .filter(p -> viewer.belongsTo(new TenantId(p.ownerTenant())))
        .forEach(
            p -> out.computeIfAbsent(p.subjectId(), k -> new ArrayList<>()).add(p.status().name()));
    return out;
  }

  /** What waits for moderation in a circle; for its coordinators. */
  public List<PublicationView> moderationQueue(Viewer viewer, String circleSlug) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return inCircle(circle, Publication.Status.SUBMITTED).stream()
        .map(p -> view(p, viewer))
        .toList();
  }

  /**
   * A page of what waits for moderation in a circle, narrowed by {@code filter}, with the snapshots
   * to judge; for its coordinators.
   */
  public Listing<PublicationView> moderationQueue(
      Viewer viewer, String circleSlug, ModerationFilter filter, Paging paging) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return paging.of(
        inCircle(circle, Publication.Status.SUBMITTED).stream()
            .map(p -> view(p, viewer))
            .filter(filter::matches)
            .toList());
  }

  /** The circle a coordinator moderates; others are refused. */
  private CircleView coordinatedCircle(Viewer viewer, String circleSlug) {
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.coordinates(new CircleId(circle.id()))) {
      throw PortalException.forbidden(PublicationCode.COORDINATORS_ONLY, circle.name());
    }
    return circle;
  }

  public PublicationView approve(Viewer viewer, String id) {
    Publication p = moderated(viewer, id);
    if (p.status() == Publication.Status.SUBMITTED) {
      requireAboutPublished(
          p.kind(),
          p.aboutId(),
          p.circleId(),
          circles.byId(new CircleId(p.circleId())).slug(),
          p.scope());
    }
    p.approve(viewer.username());
    for (Publication earlier : ofSubjectRows(p.subjectId())) {
      if (earlier != p
          && earlier.status() == Publication.Status.PUBLISHED
          && earlier.circleId().equals(p.circleId())
          && earlier.scope() == p.scope()) {
        earlier.supersede();
        changes.upserted(ENTITY, earlier.id());
      }
    }
    changes.upserted(ENTITY, p.id());
    audit.record(
        viewer,
        new TenantId(p.ownerTenant()),
        "publication.approved",
        "publication:" + p.id(),
        p.title());
    signals.submission(SignalKind.SUBMISSION_APPROVED, p, viewer);
    return view(p, viewer);
  }

  public PublicationView giveBack(Viewer viewer, String id, String reason) {
    Publication p = moderated(viewer, id);
    p.giveBack(viewer.username(), reason);
    changes.upserted(ENTITY, p.id());
    audit.record(
        viewer,
        new TenantId(p.ownerTenant()),
        "publication.returned",
        "publication:" + p.id(),
        reason);
    signals.submission(SignalKind.SUBMISSION_RETURNED, p, viewer);
    return view(p, viewer);
  }

  /** The owner takes a submission or a published item back. */
  public void withdraw(Viewer viewer, String id) {
    Publication p = find(id);
    if (p == null || !viewer.belongsTo(new TenantId(p.ownerTenant()))) {
      throw notFound(id);
    }
    p.withdraw();
    changes.upserted(ENTITY, p.id());
    audit.record(
        viewer,
        new TenantId(p.ownerTenant()),
        "publication.withdrawn",
        "publication:" + p.id(),
        p.title());
    signals.submission(SignalKind.SUBMISSION_WITHDRAWN, p, viewer);
  }

  /** A reader reports a published item to the circle's coordinators. */
  public ReportView report(Viewer viewer, String id, String reason) {
    Publication p = readable(viewer, id);
    if (p.status() != Publication.Status.PUBLISHED) {
      throw notFound(id);
    }
    Report report = new Report(p, viewer.username(), reason);
    em.persist(report);
    audit.record(
        viewer,
        new TenantId(p.ownerTenant()),
        "publication.reported",
        "publication:" + p.id(),
        reason);
    signals.item(SignalKind.ITEM_REPORTED, p, viewer);
    return view(report, p);
  }

  /** Every report about the circle's publications, open and handled, newest first. */
  public List<ReportView> reports(Viewer viewer, String circleSlug) {
    return reports(viewer, circleSlug, new ModerationFilter(null, null, ModerationFilter.ALL))
        .stream()
        .toList();
  }

  /** A page of the reports about the circle's publications, newest first; for its coordinators. */
  public Listing<ReportView> reports(
      Viewer viewer, String circleSlug, ModerationFilter filter, Paging paging) {
    return paging.of(reports(viewer, circleSlug, filter));
  }

  private List<ReportView> reports(Viewer viewer, String circleSlug, ModerationFilter filter) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return em
        .createNamedQuery(Report.OF_CIRCLE, Report.class)
        .setParameter("circle", circle.id())
        .setMaxResults(MAX_ROWS)
        .getResultList()
        .stream()
        .map(r -> view(r, find(r.publicationId())))
        .filter(filter::matches)
        .toList();
  }

  /**
   * A coordinator of the item's circle marks a report about it handled (see {@link Report#handle}).
   * A report that is not about this item, or an item the viewer does not coordinate, answers "not
   * found".
   */
  public ReportView handleReport(Viewer viewer, String publicationId, String reportId) {
    Publication p = coordinated(viewer, publicationId);
    Report report = reportId == null ? null : em.find(Report.class, reportId);
    if (report == null || !report.publicationId().equals(p.id())) {
      throw PortalException.notFound(PublicationCode.REPORT_NOT_FOUND, reportId);
    }
    if (!report.isHandled()) {
      report.handle(viewer.username());
      audit.record(
          viewer,
          new TenantId(p.ownerTenant()),
          "publication.report-handled",
          "publication:" + p.id(),
          "report:" + report.id());
      signals.item(SignalKind.REPORT_HANDLED, p, viewer);
    }
    return view(report, p);
  }

  /** Published and hidden items of a circle, for its coordinators to hide or restore. */
  public List<PublicationView> moderated(Viewer viewer, String circleSlug, boolean hidden) {
    return moderated(viewer, circleSlug, hidden, ModerationFilter.none(), new Paging(1, 100))
        .items();
  }

  /** A page of the circle's published (or hidden) items, narrowed by {@code filter}. */
  public Listing<PublicationView> moderated(
      Viewer viewer, String circleSlug, boolean hidden, ModerationFilter filter, Paging paging) {
    CircleView circle = coordinatedCircle(viewer, circleSlug);
    return paging.of(
        inCircle(circle, hidden ? Publication.Status.HIDDEN : Publication.Status.PUBLISHED).stream()
            .map(p -> view(p, false))
            .filter(filter::matches)
            .toList());
  }

  /** A coordinator hides a published item; the owner sees the reason. */
  public PublicationView hide(Viewer viewer, String id, String reason) {
    Publication p = coordinated(viewer, id);
    p.hide(viewer.username(), reason);
    changes.upserted(ENTITY, p.id());
    audit.record(
        viewer,
        new TenantId(p.ownerTenant()),
        "publication.hidden",
        "publication:" + p.id(),
        reason);
    signals.item(SignalKind.ITEM_HIDDEN, p, viewer);
    return view(p, false);
  }

  public PublicationView restore(Viewer viewer, String id) {
    Publication p = coordinated(viewer, id);
    p.restore(viewer.username());
    changes.upserted(ENTITY, p.id());
    audit.record(
        viewer,
        new TenantId(p.ownerTenant()),
        "publication.restored",
        "publication:" + p.id(),
        p.title());
    signals.item(SignalKind.ITEM_RESTORED, p, viewer);
    return view(p, false);
  }

  /** The published items of a circle, newest first; for those who take part in it. */
  public List<PublicationView> catalog(Viewer viewer, String circleSlug) {
    return catalog(viewer, circleSlug, CatalogFilter.none());
  }

  /**
   * A page of the published items of a circle, narrowed and ordered by {@code filter}; for those
   * who take part in it. Only what the viewer may read is counted.
   */
  public Listing<PublicationView> catalog(
      Viewer viewer, String circleSlug, CatalogFilter filter, Paging paging) {
    return paging.of(catalog(viewer, circleSlug, filter));
  }

  /**
   * What the catalog's filters can choose from: the kinds, types (code and label) and themes of the
   * circle's published items that the viewer may read, so a choice never names a hidden item.
   */
  public CatalogChoices catalogChoices(Viewer viewer, String circleSlug) {
    return CatalogChoices.of(catalog(viewer, circleSlug, CatalogFilter.none()));
  }

  private List<PublicationView> catalog(Viewer viewer, String circleSlug, CatalogFilter filter) {
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.takesPartIn(new CircleId(circle.id()))) {
      throw PortalException.notFound(PublicationCode.CIRCLE_NOT_TAKEN_PART, circleSlug);
    }
    return inCircle(circle, Publication.Status.PUBLISHED).stream()
        .filter(p -> mayRead(viewer, p))
        .map(p -> view(p, false))
        .filter(filter::matches)
        .sorted(filter.order())
        .toList();
  }

  /**
   * The published items of one kind that the viewer may read, with their snapshots, newest first:
   * for catalogs of their own, such as the koffer. With a circle, only what was published there.
   */
  public List<PublicationView> published(Viewer viewer, String kind, String circleSlug) {
    String circleId = circleSlug == null ? null : circles.bySlug(circleSlug).id();
    if (circleId != null && !viewer.takesPartIn(new CircleId(circleId))) {
      throw PortalException.notFound(PublicationCode.CIRCLE_NOT_TAKEN_PART, circleSlug);
    }
    return em
        .createNamedQuery(Publication.OF_KIND, Publication.class)
        .setParameter("kind", kind)
        .setParameter("status", Publication.Status.PUBLISHED)
        .setMaxResults(2_000)
        .getResultList()
        .stream()
        .filter(p -> circleId == null || p.circleId().equals(circleId))
        .filter(p -> mayRead(viewer, p))
        .map(p -> view(p, viewer))
        .toList();
  }

  /** The published items about another one (the shared uses of a method) that the viewer reads. */
  public List<PublicationView> publishedAbout(Viewer viewer, String aboutId) {
    return em
        .createNamedQuery(Publication.ABOUT, Publication.class)
        .setParameter("about", aboutId)
        .setParameter("status", Publication.Status.PUBLISHED)
        .getResultList()
        .stream()
        .filter(p -> mayRead(viewer, p))
        .map(p -> view(p, viewer))
        .toList();
  }

  /**
   * Every published version of an item, current and superseded, newest first, as far as the viewer
   * may read the item: its history.
   */
  public List<PublicationView> versions(Viewer viewer, String subjectId) {
    return ofSubjectRows(subjectId).stream()
        .filter(
            p ->
                p.status() == Publication.Status.PUBLISHED
                    || p.status() == Publication.Status.SUPERSEDED)
        .filter(p -> viewer.belongsTo(new TenantId(p.ownerTenant())) || readsCircleOf(viewer, p))
        .map(p -> view(p, viewer))
        .toList();
  }

  /** The id of the circle a publication was made in; for its own item's boundary. */
  public String circleIdOf(String publicationId) {
    Publication p = find(publicationId);
    if (p == null) {
      throw notFound(publicationId);
    }
    return p.circleId();
  }

  private static boolean readsCircleOf(Viewer viewer, Publication p) {
    return !viewer.isAnonymous()
        && (p.scope() == Scope.PUBLIC || viewer.takesPartIn(new CircleId(p.circleId())));
  }

  /**
   * What every reader of a circle reads under this id: the publication itself, or the current
   * version of the item (a method card) it publishes, when PUBLISHED in that circle or for
   * everyone; without its snapshot. Empty otherwise. For components that cite catalog items in a
   * circle, such as a meeting's agenda (F7).
   */
  public Optional<PublicationView> publishedTo(String circleId, String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    Publication direct = find(id);
    List<Publication> candidates = direct != null ? List.of(direct) : ofSubjectRows(id);
    return candidates.stream()
        .filter(p -> p.status() == Publication.Status.PUBLISHED)
        .filter(p -> p.scope() == Scope.PUBLIC || p.circleId().equals(circleId))
        .min(Comparator.comparing((Publication p) -> p.circleId().equals(circleId) ? 0 : 1))
        .map(p -> view(p, false));
  }

  /** One publication with its snapshot, if the viewer may read it. */
  public PublicationView item(Viewer viewer, String id) {
    return view(readable(viewer, id), viewer);
  }

  /**
   * A file of a readable publication: the original ({@code annexNo} null) or an annex it includes.
   */
  public Download file(Viewer viewer, String id, Integer annexNo) {
    Publication p = readable(viewer, id);
    Snapshot snapshot = Snapshot.read(JSON, p.snapshotJson());
    return snapshot.files().stream()
        .filter(f -> Objects.equals(f.annexNo(), annexNo))
        .findFirst()
        .map(
            f ->
                new Download(
                    blobs.path(new BlobId(f.blob())), f.fileName(), f.contentType(), f.size()))
        .orElseThrow(() -> notFound(id + (annexNo == null ? "" : "/annexes/" + annexNo)));
  }

  /**
   * The text extracted from a readable publication's original (else from its first file that has
   * one), for the item page's preview and the passage that matched a search; empty when none.
   */
  public String text(Viewer viewer, String id) {
    Publication p = readable(viewer, id);
    return Snapshot.read(JSON, p.snapshotJson()).files().stream()
        .sorted(Comparator.comparing(f -> f.annexNo() == null ? -1 : f.annexNo()))
        .map(Snapshot.SnapshotFile::text)
        .filter(sha256 -> sha256 != null && !sha256.isBlank())
        .findFirst()
        .map(sha256 -> blobs.readText(new BlobId(sha256)))
        .orElse("");
  }

  /** The access rule of the catalog; see the package description. */
  static boolean mayRead(Viewer viewer, Publication p) {
    if (viewer.isAnonymous()) {
      return false;
    }
    if (viewer.belongsTo(new TenantId(p.ownerTenant()))) {
      return true;
    }
    CircleId circle = new CircleId(p.circleId());
    return switch (p.status()) {
      case SUBMITTED -> viewer.coordinates(circle);
      case PUBLISHED -> p.scope() == Scope.PUBLIC || viewer.takesPartIn(circle);
      default -> false;
    };
  }

  private Publication readable(Viewer viewer, String id) {
    Publication p = find(id);
    if (p == null || !mayRead(viewer, p)) {
      throw notFound(id);
    }
    return p;
  }

  /**
   * A submission the viewer coordinates; invisible ones are "not found", visible ones "forbidden".
   */
  private Publication moderated(Viewer viewer, String id) {
    Publication p = readable(viewer, id);
    if (!viewer.coordinates(new CircleId(p.circleId()))) {
      throw PortalException.forbidden(
          PublicationCode.COORDINATORS_ONLY, circles.byId(new CircleId(p.circleId())).name());
    }
    return p;
  }

  /**
   * A publication in a circle the viewer coordinates, in any state: coordinators must reach hidden
   * items to restore them. Others get "not found".
   */
  private Publication coordinated(Viewer viewer, String id) {
    Publication p = find(id);
    if (p == null || !viewer.coordinates(new CircleId(p.circleId()))) {
      throw notFound(id);
    }
    return p;
  }

  private static ReportView view(Report r, Publication p) {
    return new ReportView(
        r.id(),
        r.publicationId(),
        p == null ? null : p.title(),
        r.reportedBy(),
        r.reason(),
        r.at(),
        p == null ? null : p.kind(),
        r.isHandled() ? "HANDLED" : "OPEN",
        r.handledBy(),
        r.handledAt());
  }

  private Publication find(String id) {
    return id == null ? null : em.find(Publication.class, id);
  }

  private List<Publication> ofSubjectRows(String subjectId) {
    return em.createNamedQuery(Publication.OF_SUBJECT, Publication.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  private List<Publication> inCircle(CircleView circle, Publication.Status status) {
    return em.createNamedQuery(Publication.IN_CIRCLE, Publication.class)
        .setParameter("circle", circle.id())
        .setParameter("status", status)
        .setMaxResults(MAX_ROWS)
        .getResultList();
  }

  private static PortalException notFound(String id) {
    return PortalException.notFound(PublicationCode.NOT_FOUND, id);
  }

  /**
   * An item about another (a use about its method) is shared only where the other is PUBLISHED for
   * the same readers, checked when it is submitted and again when it is approved: it names the
   * other, and must not carry that name to readers the other was not shared with.
   */
  private void requireAboutPublished(
      String kind, String about, String circleId, String circleSlug, Scope scope) {
    if (about != null && !publishedFor(about, circleId, scope)) {
      throw scope == Scope.PUBLIC
          ? PortalException.conflict(PublicationCode.ABOUT_NOT_PUBLIC, kind, about)
          : PortalException.conflict(
              PublicationCode.ABOUT_NOT_IN_CIRCLE, circles.byId(new CircleId(circleId)).name());
    }
  }

  /**
   * Whether an item is PUBLISHED where the readers of a publication in {@code circleId} with {@code
   * scope} read it: in that circle or for everyone; for everyone when the scope is PUBLIC.
   */
  private boolean publishedFor(String subjectId, String circleId, Scope scope) {
    return ofSubjectRows(subjectId).stream()
        .anyMatch(
            p ->
                p.status() == Publication.Status.PUBLISHED
                    && (p.scope() == Scope.PUBLIC
                        || (scope == Scope.CIRCLE && p.circleId().equals(circleId))));
  }

  /**
   * In place of the workspace ids a snapshot refers to, the publication of each item that the
   * viewer may open, from the same circle as {@code p} or public (the same circle's first): looked
   * up now, so a document published after the card appears on it and a withdrawn one disappears,
   * while the snapshot itself never changes. Items with no such publication are left out.
   */
  private List<String> references(Viewer viewer, Publication p, List<String> refers) {
    List<String> out = new ArrayList<>();
    for (String subjectId : refers) {
      ofSubjectRows(subjectId).stream()
          .filter(r -> r.status() == Publication.Status.PUBLISHED)
          .filter(r -> r.circleId().equals(p.circleId()) || r.scope() == Scope.PUBLIC)
          .filter(r -> mayRead(viewer, r))
          .min(Comparator.comparing((Publication r) -> r.circleId().equals(p.circleId()) ? 0 : 1))
          .ifPresent(r -> out.add(r.id()));
    }
    return out;
  }

  /** A publication with its snapshot as this viewer reads it (see {@link #references}). */
  private PublicationView view(Publication p, Viewer viewer) {
    Snapshot snapshot = Snapshot.read(JSON, p.snapshotJson());
    return view(p, snapshot.referring(references(viewer, p, snapshot.refers())));
  }

  /**
   * A publication without its snapshot (for lists), yet with the snapshot's date, type and themes,
   * which lists show and filter on.
   */
  private PublicationView view(Publication p, boolean withSnapshot) {
    Snapshot snapshot = Snapshot.read(JSON, p.snapshotJson());
    return view(p, snapshot, withSnapshot);
  }

  private PublicationView view(Publication p, Snapshot snapshot) {
    return view(p, snapshot, true);
  }

  private PublicationView view(Publication p, Snapshot snapshot, boolean withSnapshot) {
    TenantView owner = tenants.byId(new TenantId(p.ownerTenant())).orElse(null);
    var circle = circles.byId(new CircleId(p.circleId()));
    String circleSlug = circle == null ? null : circle.slug();
    Instant decided = p.decidedAt() != null ? p.decidedAt() : p.submittedAt();
    LocalDate itemDate =
        snapshot.date() != null ? snapshot.date() : LocalDate.ofInstant(decided, ZONE);
    return new PublicationView(
        p.id(),
        p.kind(),
        p.subjectId(),
        p.title(),
        p.scope().name(),
        circleSlug,
        p.status().name(),
        p.reason(),
        owner == null ? null : owner.slug(),
        owner == null ? null : owner.name(),
        p.submittedBy(),
        p.submittedAt(),
        p.decidedBy(),
        p.decidedAt(),
        withSnapshot ? snapshot : null,
        p.aboutId(),
        itemDate,
        snapshot.type(),
        snapshot.typeLabel(),
        snapshot.themes(),
        snapshot.summary(),
        circle == null ? null : circle.name());
  }
}
