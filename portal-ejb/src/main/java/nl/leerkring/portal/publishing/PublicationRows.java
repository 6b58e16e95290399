package nl.leerkring.portal.publishing;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.directory.CircleView;
import nl.leerkring.tenants.directory.Circles;
import nl.leerkring.tenants.directory.TenantView;
import nl.leerkring.tenants.directory.Tenants;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What the publishing boundaries ({@link Publications}, {@link Moderation}) share: finding
 * publications, the access rule of the catalog, the views they answer with, and recording a change
 * for search and the audit trail. Runs in the caller's transaction.
 */
@Dependent
class PublicationRows {

  static final String ENTITY = "publication";

  /** The most rows a list reads: far above a circle's catalog, a guard against a runaway query. */
  static final int MAX_ROWS = 10_000;

  static final Jsonb JSON = JsonbBuilder.create();

  /** The gemeenten's time zone, for the day an item was published. */
  private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

  @PersistenceContext EntityManager em;

  @Inject Circles circles;

  @Inject Tenants tenants;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  /** Tells search the publication changed and records {@code action} in its owner's audit trail. */
  void recorded(Viewer viewer, Publication p, String action, String detail) {
    changed(p);
    audited(viewer, p, action, detail);
  }

  /** Tells search the publication changed. */
  void changed(Publication p) {
    changes.upserted(ENTITY, p.id());
  }

  /** Records {@code action} on the publication in its owner's audit trail. */
  void audited(Viewer viewer, Publication p, String action, String detail) {
    audit.record(viewer, new TenantId(p.ownerTenant()), action, "publication:" + p.id(), detail);
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

  Publication readable(Viewer viewer, String id) {
    Publication p = find(id);
    if (p == null || !mayRead(viewer, p)) {
      throw notFound(id);
    }
    return p;
  }

  Publication find(String id) {
    return id == null ? null : em.find(Publication.class, id);
  }

  List<Publication> ofSubject(String subjectId) {
    return em.createNamedQuery(Publication.OF_SUBJECT, Publication.class)
        .setParameter("subject", subjectId)
        .getResultList();
  }

  List<Publication> inCircle(CircleView circle, Publication.Status status) {
    return em.createNamedQuery(Publication.IN_CIRCLE, Publication.class)
        .setParameter("circle", circle.id())
        .setParameter("status", status)
        .setMaxResults(MAX_ROWS)
        .getResultList();
  }

  static PortalException notFound(String id) {
    return PortalException.notFound(PublicationCode.NOT_FOUND, id);
  }

  /**
   * An item about another (a use about its method) is shared only where the other is PUBLISHED for
   * the same readers, checked when it is submitted and again when it is approved: it names the
   * other, and must not carry that name to readers the other was not shared with.
   */
  void requireAboutPublished(String kind, String about, String circleId, Scope scope) {
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
    return ofSubject(subjectId).stream()
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
      ofSubject(subjectId).stream()
          .filter(r -> r.status() == Publication.Status.PUBLISHED)
          .filter(r -> r.circleId().equals(p.circleId()) || r.scope() == Scope.PUBLIC)
          .filter(r -> mayRead(viewer, r))
          .min(Comparator.comparing((Publication r) -> r.circleId().equals(p.circleId()) ? 0 : 1))
          .ifPresent(r -> out.add(r.id()));
    }
    return out;
  }

  /** A publication with its snapshot as this viewer reads it (see {@link #references}). */
  PublicationView view(Publication p, Viewer viewer) {
    Snapshot snapshot = Snapshot.read(JSON, p.snapshotJson());
    return view(p, snapshot.referring(references(viewer, p, snapshot.refers())), true);
  }

  /**
   * A publication without its snapshot (for lists), yet with the snapshot's date, type and themes,
   * which lists show and filter on.
   */
  PublicationView view(Publication p, boolean withSnapshot) {
    return view(p, Snapshot.read(JSON, p.snapshotJson()), withSnapshot);
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
