package nl.leerkring.portal.documents;

import static nl.leerkring.portal.documents.DocumentRows.requireMember;
import static nl.leerkring.portal.documents.DocumentRows.requireWorkspace;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Changing a tenant's case documents after the upload: editing their description, the prullenbak
 * (trash, restore, the list of what is in it) and purging it. Uploads, files and reading are {@link
 * Documents}.
 *
 * <p>A document in the prullenbak is "not found" for every read and write but {@link #restore} and
 * {@link #trash}; after {@code portal.documents.trash-days} (30) days {@link DocumentPurge} removes
 * it for good. Every change appends to the change log, so search drops or shows it again at once.
 */
@Stateless
@TenantBound
public class DocumentEdits {

  /** Statuses of a publication that keep a document from the prullenbak: withdraw it first. */
  static final Set<String> LIVE = Set.of("SUBMITTED", "PUBLISHED", "HIDDEN");

  @PersistenceContext EntityManager em;

  @Inject DocumentRows rows;

  @Inject Publications publications;

  @Inject
  @ConfigProperty(name = "portal.documents.trash-days", defaultValue = "30")
  int trashDays;

  Clock clock = Clock.systemUTC();

  /**
   * Gives the document a new description. {@code version} must be the version the editor read
   * ({@link DocumentView#version()}); if someone saved in between, nothing is saved ({@code
   * CONFLICT}). What changed goes into the document's history; search follows within a second.
   */
  public DocumentView edit(
      Viewer viewer, String documentId, DocumentMetadata metadata, Long version) {
    requireWorkspace(viewer, documentId);
    Document document = rows.find(documentId);
    List<String> changed = document.edit(metadata, version, viewer.username(), clock.instant());
    if (!changed.isEmpty()) {
      rows.recorded(
          viewer,
          document,
          "document.edited",
          document.title() + ": " + String.join(", ", changed));
    }
    em.flush();
    return rows.view(viewer, document);
  }

  /**
   * Moves the document into the prullenbak: gone for every reader and for search, restorable for
   * {@code portal.documents.trash-days} days. Refused ({@code CONFLICT}) while a snapshot of it is
   * submitted or in a catalog: the owner withdraws it there first.
   */
  public void trash(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    Document document = rows.find(documentId);
    boolean shared =
        publications.ofSubject(viewer, document.id()).stream()
            .anyMatch(p -> LIVE.contains(p.status()));
    document.trash(shared, viewer.username(), clock.instant());
    rows.recorded(viewer, document, "document.trashed", document.title());
    em.flush();
  }

  /**
   * Takes a document out of the prullenbak. One that is not in it is a {@code CONFLICT}; one that
   * does not exist (or was purged, or is another gemeente's) is {@code NOT_FOUND}.
   */
  public DocumentView restore(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    Document document = rows.findEvenInTrash(documentId);
    document.restore(viewer.username(), clock.instant());
    rows.recorded(viewer, document, "document.restored", document.title());
    em.flush();
    return rows.view(viewer, document);
  }

  /** The gemeente's prullenbak, most recently deleted first, with when each is purged. */
  public List<DocumentSummary> trashed(Viewer viewer) {
    requireMember(viewer);
    Duration retention = retention();
    return em
        .createQuery(
            "select d from Document d where d.deletedAt is not null order by d.deletedAt desc",
            Document.class)
        .setMaxResults(500)
        .getResultList()
        .stream()
        .map(d -> DocumentRows.summary(d, "PRIVATE", retention))
        .toList();
  }

  /**
   * Removes, for good, the tenant's documents that have been in the prullenbak for the retention
   * period: their rows and files' rows (the blobs follow with the blob collector) and, through the
   * change log, their index entries. Called by {@link DocumentPurge} once per tenant as the system.
   */
  public int purge(Viewer system, TenantId tenant) {
    return purge(system, tenant, null);
  }

  /**
   * As {@link #purge(Viewer, TenantId)}, for documents deleted longer than {@code retention} ago
   * (null: the configured days).
   */
  public int purge(Viewer system, TenantId tenant, Duration retention) {
    Instant now = clock.instant();
    retention = retention == null ? retention() : retention;
    int purged = 0;
    for (Document d :
        em.createQuery("select d from Document d where d.deletedAt is not null", Document.class)
            .getResultList()) {
      if (d.purgeDue(now, retention)) {
        rows.remove(d);
        purged++;
      }
    }
    em.flush();
    return purged;
  }

  Duration retention() {
    return Duration.ofDays(trashDays);
  }
}
