package nl.leerkring.portal.publishing;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * Submissions and the published catalog: an owner shares an item with a circle, withdraws it, and
 * readers read and report what is published. What the circle's coordinators do is {@link
 * Moderation}. Every read checks {@link PublicationRows#mayRead}; what a viewer may not read
 * answers "not found", so its existence is not revealed.
 */
@Stateless
public class Publications {

  static final String ENTITY = PublicationRows.ENTITY;

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject BlobStore blobs;

  @Inject PublicationRows rows;

  @Inject PublicationSignals signals;

  /** The circle's own entries of its catalog (published phase syntheses). */
  @Inject Instance<CircleCatalogEntries> circleEntries;

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
        rows.ofSubject(snapshot.subjectId()).stream()
            .anyMatch(
                p ->
                    p.circleId().equals(circle.id()) && p.status() == Publication.Status.SUBMITTED);
    if (open) {
      throw PortalException.conflict(PublicationCode.ALREADY_WAITING, circle.name());
    }
    rows.requireAboutPublished(snapshot.kind(), snapshot.about(), circle.id(), wanted);
    Publication publication =
        new Publication(
            snapshot,
            PublicationRows.JSON.toJson(snapshot),
            owner.value(),
            circle.id(),
            wanted,
            viewer.username());
    em.persist(publication);
    rows.recorded(
        viewer,
        publication,
        "publication.submitted",
        snapshot.kind() + ":" + snapshot.subjectId() + " to " + circleSlug + " as " + wanted);
    signals.submission(SignalKind.SUBMISSION_WAITING, publication, viewer);
    return rows.view(publication, viewer);
  }

  /** The publications of an item, newest first; for its owner's members only. */
  public List<PublicationView> ofSubject(Viewer viewer, String subjectId) {
    return rows.ofSubject(subjectId).stream()
        .filter(p -> viewer.belongsTo(new TenantId(p.ownerTenant())))
        .map(p -> rows.view(p, false))
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

  /** The owner takes a submission or a published item back. */
  public void withdraw(Viewer viewer, String id) {
    Publication p = rows.find(id);
    if (p == null || !viewer.belongsTo(new TenantId(p.ownerTenant()))) {
      throw PublicationRows.notFound(id);
    }
    p.withdraw();
    rows.recorded(viewer, p, "publication.withdrawn", p.title());
    signals.submission(SignalKind.SUBMISSION_WITHDRAWN, p, viewer);
  }

  /** A reader reports a published item to the circle's coordinators. */
  public ReportView report(Viewer viewer, String id, String reason) {
    Publication p = rows.readable(viewer, id);
    if (p.status() != Publication.Status.PUBLISHED) {
      throw PublicationRows.notFound(id);
    }
    Report report = new Report(p, viewer.username(), reason);
    em.persist(report);
    rows.audited(viewer, p, "publication.reported", reason);
    signals.item(SignalKind.ITEM_REPORTED, p, viewer);
    return ReportView.of(report, p);
  }

  /**
   * The publications of a circle, newest first; for those who take part in it. What harvest and an
   * agenda may cite: not the circle's own entries (a synthesis is no source).
   */
  public List<PublicationView> catalog(Viewer viewer, String circleSlug) {
    return catalog(viewer, circleSlug, CatalogFilter.none(), false);
  }

  /**
   * A page of the published items of a circle, narrowed and ordered by {@code filter}; for those
   * who take part in it. Only what the viewer may read is counted.
   */
  public Listing<PublicationView> catalog(
      Viewer viewer, String circleSlug, CatalogFilter filter, Paging paging) {
    return paging.of(catalog(viewer, circleSlug, filter, true));
  }

  /**
   * What the catalog's filters can choose from: the kinds, types (code and label) and themes of the
   * circle's published items that the viewer may read, so a choice never names a hidden item.
   */
  public CatalogChoices catalogChoices(Viewer viewer, String circleSlug) {
    return CatalogChoices.of(catalog(viewer, circleSlug, CatalogFilter.none(), true));
  }

  /** With {@code own}, also the circle's own entries ({@link CircleCatalogEntries}). */
  private List<PublicationView> catalog(
      Viewer viewer, String circleSlug, CatalogFilter filter, boolean own) {
    CircleView circle = circles.bySlug(circleSlug);
    if (!viewer.takesPartIn(new CircleId(circle.id()))) {
      throw PortalException.notFound(PublicationCode.CIRCLE_NOT_TAKEN_PART, circleSlug);
    }
    Stream<PublicationView> ownEntries =
        own
            ? circleEntries.stream().flatMap(c -> c.published(viewer, circle).stream())
            : Stream.empty();
    return Stream.concat(
            rows.inCircle(circle, Publication.Status.PUBLISHED).stream()
                .filter(p -> PublicationRows.mayRead(viewer, p))
                .map(p -> rows.view(p, false)),
            ownEntries)
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
        .filter(p -> PublicationRows.mayRead(viewer, p))
        .map(p -> rows.view(p, viewer))
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
        .filter(p -> PublicationRows.mayRead(viewer, p))
        .map(p -> rows.view(p, viewer))
        .toList();
  }

  /**
   * Every published version of an item, current and superseded, newest first, as far as the viewer
   * may read the item: its history.
   */
  public List<PublicationView> versions(Viewer viewer, String subjectId) {
    return rows.ofSubject(subjectId).stream()
        .filter(
            p ->
                p.status() == Publication.Status.PUBLISHED
                    || p.status() == Publication.Status.SUPERSEDED)
        .filter(p -> viewer.belongsTo(new TenantId(p.ownerTenant())) || readsCircleOf(viewer, p))
        .map(p -> rows.view(p, viewer))
        .toList();
  }

  /** The id of the circle a publication was made in; for its own item's boundary. */
  public String circleIdOf(String publicationId) {
    Publication p = rows.find(publicationId);
    if (p == null) {
      throw PublicationRows.notFound(publicationId);
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
    Publication direct = rows.find(id);
    List<Publication> candidates = direct != null ? List.of(direct) : rows.ofSubject(id);
    return candidates.stream()
        .filter(p -> p.status() == Publication.Status.PUBLISHED)
        .filter(p -> p.scope() == Scope.PUBLIC || p.circleId().equals(circleId))
        .min(Comparator.comparing((Publication p) -> p.circleId().equals(circleId) ? 0 : 1))
        .map(p -> rows.view(p, false));
  }

  /** One publication with its snapshot, if the viewer may read it. */
  public PublicationView item(Viewer viewer, String id) {
    return rows.view(rows.readable(viewer, id), viewer);
  }

  /**
   * A file of a readable publication: the original ({@code annexNo} null) or an annex it includes.
   */
  public Download file(Viewer viewer, String id, Integer annexNo) {
    Publication p = rows.readable(viewer, id);
    Snapshot snapshot = Snapshot.read(PublicationRows.JSON, p.snapshotJson());
    return snapshot.files().stream()
        .filter(f -> Objects.equals(f.annexNo(), annexNo))
        .findFirst()
        .map(
            f ->
                new Download(
                    blobs.path(new BlobId(f.blob())), f.fileName(), f.contentType(), f.size()))
        .orElseThrow(
            () -> PublicationRows.notFound(id + (annexNo == null ? "" : "/annexes/" + annexNo)));
  }

  /**
   * The text extracted from a readable publication's original (else from its first file that has
   * one), for the item page's preview and the passage that matched a search; empty when none.
   */
  public String text(Viewer viewer, String id) {
    Publication p = rows.readable(viewer, id);
    return Snapshot.read(PublicationRows.JSON, p.snapshotJson()).files().stream()
        .sorted(Comparator.comparing(f -> f.annexNo() == null ? -1 : f.annexNo()))
        .map(Snapshot.SnapshotFile::text)
        .filter(sha256 -> sha256 != null && !sha256.isBlank())
        .findFirst()
        .map(sha256 -> blobs.readText(new BlobId(sha256)))
        .orElse("");
  }
}
