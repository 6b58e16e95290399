package nl.leerkring.portal.documents;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.leerkring.portal.MemberAccess;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.portal.documents.Views.FileView;
import nl.leerkring.portal.documents.Views.HistoryView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.Snapshot;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What the documents boundaries ({@link Documents}, {@link DocumentEdits}) and search share:
 * finding a document and its files in the current tenant's workspace, the checks on who may reach
 * it, and recording a change for search and the audit trail. Runs in the caller's transaction and
 * tenant.
 */
@Dependent
class DocumentRows {

  static final String ENTITY = "document";

  @PersistenceContext EntityManager em;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  @Inject Publications publications;

  /** The document; one in the prullenbak is "not found" like a missing one. */
  Document find(String documentId) {
    Document document = findEvenInTrash(documentId);
    if (document.inTrash()) {
      throw notFound("document", documentId);
    }
    return document;
  }

  /** The document, also when it is in the prullenbak. */
  Document findEvenInTrash(String documentId) {
    Document document = documentId == null ? null : em.find(Document.class, documentId);
    if (document == null) {
      throw notFound("document", documentId);
    }
    return document;
  }

  List<DocumentFile> files(Document document) {
    return em.createNamedQuery(DocumentFile.OF_DOCUMENT, DocumentFile.class)
        .setParameter("document", document.id())
        .getResultList();
  }

  /** The latest version of the original; every document has one. */
  DocumentFile current(Document document) {
    return original(document)
        .orElseThrow(() -> new IllegalStateException("Document " + document.id() + " has no file"));
  }

  Optional<DocumentFile> original(Document document) {
    return files(document).stream()
        .filter(f -> f.kind() == DocumentFile.Kind.ORIGINAL)
        .max(Comparator.comparingInt(DocumentFile::fileVersion));
  }

  /** The document as its own gemeente's members read it, with its files and publications. */
  DocumentView view(Viewer viewer, Document d) {
    List<DocumentFile> files = files(d);
    DocumentFile current = current(d);
    List<FileView> earlier = new ArrayList<>();
    List<FileView> annexes = new ArrayList<>();
    for (DocumentFile f : files) {
      if (f.kind() == DocumentFile.Kind.ANNEX) {
        annexes.add(FileView.of(f));
      } else if (f != current) {
        earlier.add(FileView.of(f));
      }
    }
    annexes.sort(Comparator.comparing(FileView::annexNo));
    List<PublicationView> shared = publications.ofSubject(viewer, d.id());
    return new DocumentView(
        d.id(),
        d.title(),
        d.type().slug(),
        d.type().label(),
        d.date(),
        d.number(),
        d.programme(),
        List.copyOf(d.themes()),
        List.copyOf(d.tags()),
        List.copyOf(d.wijken()),
        d.summary(),
        Documents.status(shared),
        d.version(),
        d.currentVersion(),
        FileView.of(current),
        earlier,
        annexes,
        d.createdAt(),
        d.createdBy(),
        d.updatedAt(),
        shared,
        d.history().stream().map(HistoryView::of).toList());
  }

  /** The document in a list, with its sharing status; {@code retention} only in the prullenbak. */
  static DocumentSummary summary(Document d, String status, Duration retention) {
    return new DocumentSummary(
        d.id(),
        d.title(),
        d.type().slug(),
        d.type().label(),
        d.date(),
        d.number(),
        List.copyOf(d.themes()),
        List.copyOf(d.wijken()),
        status,
        d.version(),
        d.currentVersion(),
        d.deletedAt(),
        d.deletedBy(),
        retention == null ? null : d.purgeAfter(retention));
  }

  /** The document's description as it is now, with the files it shares: what a circle reads. */
  static Snapshot snapshot(Document d, List<Snapshot.SnapshotFile> files) {
    return new Snapshot(
        ENTITY,
        d.id(),
        d.title(),
        d.type().slug(),
        d.type().label(),
        d.date(),
        d.number(),
        d.programme(),
        List.copyOf(d.themes()),
        List.copyOf(d.tags()),
        List.copyOf(d.wijken()),
        d.summary(),
        d.currentVersion(),
        files,
        null,
        null,
        List.of());
  }

  /** Tells search the document changed and records {@code action} in the tenant's audit trail. */
  void recorded(Viewer viewer, Document document, String action, String detail) {
    changes.upserted(ENTITY, document.id());
    audit.record(viewer, viewer.tenant(), action, "document:" + document.id(), detail);
  }

  /** Removes the document and its files' rows for good, and its entry from search. */
  void remove(Document document) {
    files(document).forEach(em::remove);
    em.remove(document);
    changes.deleted(ENTITY, document.id());
  }

  static void requireMember(Viewer viewer) {
    MemberAccess.require(viewer, DocumentCode.SIGN_IN, DocumentCode.MEMBERS_ONLY);
  }

  /** For reads of one document: without a workspace there is nothing to find, so "not found". */
  static void requireWorkspace(Viewer viewer, String documentId) {
    MemberAccess.requireFor(viewer, DocumentCode.SIGN_IN, () -> notFound("document", documentId));
  }

  static PortalException notFound(String what, String id) {
    // A refusal's arguments are values, never null: a missing id is shown as nothing.
    return PortalException.notFound(
        "file".equals(what) ? DocumentCode.FILE_NOT_FOUND : DocumentCode.NOT_FOUND,
        Objects.toString(id, ""));
  }
}
