package nl.leerkring.portal.documents;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.portal.changes.ChangeLog;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.portal.documents.Views.FileView;
import nl.leerkring.portal.documents.Views.HistoryView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.Snapshot;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A tenant's case documents: upload with text extraction, new versions, annexes, editing their
 * description, the prullenbak, and reading them back. Only the members of the owning tenant see
 * them here; what others see is the published catalog.
 *
 * <p>A document in the prullenbak is "not found" for every read and write but {@link #restore} and
 * {@link #trash}; after {@code portal.documents.trash-days} (30) days {@link DocumentPurge} removes
 * it for good. Every change appends to the change log, so search drops or shows it again at once.
 *
 * <p>An upload is stored and its text extracted before any transaction starts (that can take
 * seconds), then a short transaction writes the rows, the change-log entry and the audit entry. A
 * failure anywhere leaves no row; at most an unreferenced blob, which the blob collector removes.
 */
@Stateless
@TenantBound
public class Documents {

  static final String ENTITY = "document";

  @PersistenceContext EntityManager em;

  @Inject BlobStore blobs;

  @Inject TextExtractor extractor;

  @Inject ChangeLog changes;

  @Inject Audit audit;

  @Inject Publications publications;

  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "portal.documents.max-file-size", defaultValue = "52428800")
  long maxBytes;

  @Inject
  @ConfigProperty(name = "portal.documents.trash-days", defaultValue = "30")
  int trashDays;

  /** Statuses of a publication that keep a document from the prullenbak: withdraw it first. */
  static final Set<String> LIVE = Set.of("SUBMITTED", "PUBLISHED", "HIDDEN");

  Clock clock = Clock.systemUTC();

  // --- writing ---

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DocumentView upload(Viewer viewer, DocumentMetadata metadata, Upload upload) {
    requireMember(viewer);
    Document.check(metadata);
    return self().register(viewer, metadata, store(upload));
  }

  /** The transactional half of {@link #upload}; the file must already be stored. */
  public DocumentView register(Viewer viewer, DocumentMetadata metadata, StoredFile stored) {
    requireMember(viewer);
    requireStored(stored);
    Document document = new Document(metadata, viewer.username());
    em.persist(document);
    em.persist(
        new DocumentFile(
            document, DocumentFile.Kind.ORIGINAL, 1, null, null, stored, viewer.username()));
    changes.upserted(ENTITY, document.id());
    audit.record(
        viewer,
        viewer.tenant(),
        "document.uploaded",
        "document:" + document.id(),
        document.title() + " (" + stored.fileName() + ", " + stored.size() + " bytes)");
    em.flush();
    return view(viewer, document);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DocumentView replaceFile(Viewer viewer, String documentId, Upload upload) {
    requireMember(viewer);
    self().get(viewer, documentId); // unknown: 404 before anything is stored
    return self().registerVersion(viewer, documentId, store(upload));
  }

  /** The transactional half of {@link #replaceFile}. */
  public DocumentView registerVersion(Viewer viewer, String documentId, StoredFile stored) {
    requireMember(viewer);
    requireStored(stored);
    Document document = find(documentId);
    int version = document.nextVersion();
    em.persist(
        new DocumentFile(
            document, DocumentFile.Kind.ORIGINAL, version, null, null, stored, viewer.username()));
    changes.upserted(ENTITY, document.id());
    audit.record(
        viewer,
        viewer.tenant(),
        "document.version-added",
        "document:" + document.id(),
        "version " + version + ": " + stored.fileName());
    em.flush();
    return view(viewer, document);
  }

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DocumentView addAnnex(Viewer viewer, String documentId, String title, Upload upload) {
    requireMember(viewer);
    self().get(viewer, documentId);
    return self().registerAnnex(viewer, documentId, title, store(upload));
  }

  /** The transactional half of {@link #addAnnex}. */
  public DocumentView registerAnnex(
      Viewer viewer, String documentId, String title, StoredFile stored) {
    requireMember(viewer);
    requireStored(stored);
    Document document = find(documentId);
    int number =
        files(document).stream()
                .filter(f -> f.kind() == DocumentFile.Kind.ANNEX)
                .mapToInt(DocumentFile::annexNo)
                .max()
                .orElse(0)
            + 1;
    String annexTitle =
        title == null || title.isBlank() ? stored.fileName() : limited("title", title, 300);
    em.persist(
        new DocumentFile(
            document, DocumentFile.Kind.ANNEX, 1, number, annexTitle, stored, viewer.username()));
    changes.upserted(ENTITY, document.id());
    audit.record(
        viewer,
        viewer.tenant(),
        "document.annex-added",
        "document:" + document.id(),
        "annex " + number + ": " + stored.fileName());
    em.flush();
    return view(viewer, document);
  }

  // --- changing and removing ---

  /**
   * Gives the document a new description. {@code version} must be the version the editor read
   * ({@link DocumentView#version()}); if someone saved in between, nothing is saved ({@code
   * CONFLICT}). What changed goes into the document's history; search follows within a second.
   */
  public DocumentView edit(
      Viewer viewer, String documentId, DocumentMetadata metadata, Long version) {
    requireWorkspace(viewer, documentId);
    Document document = find(documentId);
    List<String> changed = document.edit(metadata, version, viewer.username(), clock.instant());
    if (!changed.isEmpty()) {
      changes.upserted(ENTITY, document.id());
      audit.record(
          viewer,
          viewer.tenant(),
          "document.edited",
          "document:" + document.id(),
          document.title() + ": " + String.join(", ", changed));
    }
    em.flush();
    return view(viewer, document);
  }

  /**
   * Moves the document into the prullenbak: gone for every reader and for search, restorable for
   * {@code portal.documents.trash-days} days. Refused ({@code CONFLICT}) while a snapshot of it is
   * submitted or in a catalog: the owner withdraws it there first.
   */
  public void trash(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    Document document = find(documentId);
    boolean shared =
        publications.ofSubject(viewer, document.id()).stream()
            .anyMatch(p -> LIVE.contains(p.status()));
    document.trash(shared, viewer.username(), clock.instant());
    changes.upserted(ENTITY, document.id());
    audit.record(
        viewer, viewer.tenant(), "document.trashed", "document:" + document.id(), document.title());
    em.flush();
  }

  /**
   * Takes a document out of the prullenbak. One that is not in it is a {@code CONFLICT}; one that
   * does not exist (or was purged, or is another gemeente's) is {@code NOT_FOUND}.
   */
  public DocumentView restore(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    Document document = findEvenInTrash(documentId);
    document.restore(viewer.username(), clock.instant());
    changes.upserted(ENTITY, document.id());
    audit.record(
        viewer,
        viewer.tenant(),
        "document.restored",
        "document:" + document.id(),
        document.title());
    em.flush();
    return view(viewer, document);
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
        .map(d -> summary(d, "PRIVATE", retention))
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
        files(d).forEach(em::remove);
        em.remove(d);
        changes.deleted(ENTITY, d.id());
        purged++;
      }
    }
    em.flush();
    return purged;
  }

  Duration retention() {
    return Duration.ofDays(trashDays);
  }

  // --- sharing ---

  /**
   * Submits the document, as it is now, to a circle: a snapshot of its metadata, current original
   * and the annexes not excluded (by file id). The coordinators of the circle approve or return it.
   */
  public PublicationView submit(
      Viewer viewer, String documentId, String scope, String circle, List<String> excludeAnnexes) {
    requireMember(viewer);
    Document document = find(documentId);
    List<String> excluded = excludeAnnexes == null ? List.of() : excludeAnnexes;
    List<DocumentFile> files = files(document);
    for (String fileId : excluded) {
      if (files.stream()
          .noneMatch(f -> f.id().equals(fileId) && f.kind() == DocumentFile.Kind.ANNEX)) {
        throw PortalException.invalidField(
            "excludeAnnexes", DocumentCode.NOT_AN_ANNEX, Objects.toString(fileId, ""));
      }
    }
    List<Snapshot.SnapshotFile> shared = new ArrayList<>();
    DocumentFile current = current(document);
    shared.add(snapshotOf(current));
    files.stream()
        .filter(f -> f.kind() == DocumentFile.Kind.ANNEX && !excluded.contains(f.id()))
        .sorted(Comparator.comparing(DocumentFile::annexNo))
        .forEach(f -> shared.add(snapshotOf(f)));
    Snapshot snapshot =
        new Snapshot(
            ENTITY,
            document.id(),
            document.title(),
            document.type().slug(),
            document.type().label(),
            document.date(),
            document.number(),
            document.programme(),
            List.copyOf(document.themes()),
            List.copyOf(document.tags()),
            List.copyOf(document.wijken()),
            document.summary(),
            document.currentVersion(),
            shared,
            null,
            null,
            List.of());
    return publications.submit(viewer, snapshot, scope, circle);
  }

  private static Snapshot.SnapshotFile snapshotOf(DocumentFile f) {
    return new Snapshot.SnapshotFile(
        f.annexNo(),
        f.title(),
        f.fileName(),
        f.contentType(),
        f.size(),
        f.blob().sha256(),
        f.text().sha256());
  }

  // --- reading ---

  public List<DocumentSummary> list(Viewer viewer, DocumentFilter filter) {
    requireMember(viewer);
    DocumentFilter f = filter == null ? DocumentFilter.none() : filter;
    StringBuilder jpql = new StringBuilder("select distinct d from Document d");
    if (f.theme() != null) {
      jpql.append(" join d.themes th");
    }
    if (f.wijk() != null) {
      jpql.append(" join d.wijken w");
    }
    jpql.append(" where d.deletedAt is null");
    if (f.type() != null) {
      jpql.append(" and d.type = :type");
    }
    if (f.theme() != null) {
      jpql.append(" and th = :theme");
    }
    if (f.wijk() != null) {
      jpql.append(" and w = :wijk");
    }
    if (f.year() != null) {
      jpql.append(" and d.date >= :from and d.date < :to");
    }
    if (f.text() != null && !f.text().isBlank()) {
      jpql.append(" and lower(d.title) like :text");
    }
    jpql.append(" order by d.updatedAt desc");
    TypedQuery<Document> q = em.createQuery(jpql.toString(), Document.class);
    if (f.type() != null) {
      q.setParameter("type", DocumentType.parse(f.type()));
    }
    if (f.theme() != null) {
      q.setParameter("theme", f.theme().toLowerCase(Locale.ROOT));
    }
    if (f.wijk() != null) {
      q.setParameter("wijk", f.wijk());
    }
    if (f.year() != null) {
      q.setParameter("from", java.time.LocalDate.of(f.year(), 1, 1));
      q.setParameter("to", java.time.LocalDate.of(f.year() + 1, 1, 1));
    }
    if (f.text() != null && !f.text().isBlank()) {
      q.setParameter(
          "text",
          "%"
              + f.text()
                  .strip()
                  .toLowerCase(Locale.ROOT)
                  .replace("\\", "")
                  .replace("%", "")
                  .replace("_", "")
              + "%");
    }
    List<Document> found = q.setMaxResults(500).getResultList();
    Map<String, List<String>> statuses =
        publications.statusesOf(viewer, found.stream().map(Document::id).toList());
    return found.stream()
        .map(d -> summary(d, statusOf(statuses.getOrDefault(d.id(), List.of())), null))
        .toList();
  }

  /** One document; another tenant's or a missing one is {@code NOT_FOUND} alike. */
  public DocumentView get(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    return view(viewer, find(documentId));
  }

  /** The current original. */
  public Download original(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    DocumentFile current = current(find(documentId));
    return download(current);
  }

  /** Any file of the document: an earlier version or an annex. */
  public Download file(Viewer viewer, String documentId, String fileId) {
    requireWorkspace(viewer, documentId);
    Document document = find(documentId);
    DocumentFile file = fileId == null ? null : em.find(DocumentFile.class, fileId);
    if (file == null || !file.documentId().equals(document.id())) {
      throw notFound("file", fileId);
    }
    return download(file);
  }

  /** The text extracted from the current original. */
  public String text(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    return read(current(find(documentId)));
  }

  // --- helpers ---

  private Documents self() {
    return context.getBusinessObject(Documents.class);
  }

  private StoredFile store(Upload upload) {
    if (upload == null || upload.content() == null) {
      throw PortalException.invalidField("file", DocumentCode.FILE_REQUIRED);
    }
    FileNames.checkFileName(upload.fileName());
    String name = FileNames.safeFileName(upload.fileName());
    // Read before it enters the store: a file the extractor refuses leaves no blob behind.
    StoredBlob original;
    Extraction extraction;
    try (BlobStore.Incoming incoming = blobs.receive(upload.content(), maxBytes)) {
      extraction = extractor.extract(incoming.path(), name, upload.declaredContentType());
      original = incoming.keep();
    }
    StoredBlob text =
        blobs.store(
            new ByteArrayInputStream(extraction.text().getBytes(StandardCharsets.UTF_8)),
            Long.MAX_VALUE);
    return new StoredFile(
        original.id(),
        name,
        extraction.contentType(),
        original.size(),
        text.id(),
        extraction.truncated(),
        extraction.characters());
  }

  private void requireStored(StoredFile stored) {
    if (stored == null || !blobs.exists(stored.blob()) || !blobs.exists(stored.text())) {
      throw new IllegalStateException("A document row may only refer to a stored blob.");
    }
  }

  private static void requireMember(Viewer viewer) {
    if (viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, DocumentCode.SIGN_IN);
    }
    if (viewer.homeTenant().isEmpty()) {
      throw PortalException.forbidden(DocumentCode.MEMBERS_ONLY);
    }
  }

  /** For reads of one document: without a workspace there is nothing to find, so "not found". */
  private static void requireWorkspace(Viewer viewer, String documentId) {
    if (viewer.isAnonymous()) {
      throw new PortalException(TenantsException.Kind.UNAUTHENTICATED, DocumentCode.SIGN_IN);
    }
    if (viewer.homeTenant().isEmpty()) {
      throw notFound("document", documentId);
    }
  }

  private static String limited(String field, String value, int max) {
    String v = value.strip();
    if (v.length() > max) {
      throw PortalException.invalidField(field, DocumentCode.TOO_LONG, max);
    }
    return v;
  }

  /** The document; one in the prullenbak is "not found" like a missing one. */
  private Document find(String documentId) {
    Document document = findEvenInTrash(documentId);
    if (document.inTrash()) {
      throw notFound("document", documentId);
    }
    return document;
  }

  /** The document, also when it is in the prullenbak. */
  private Document findEvenInTrash(String documentId) {
    Document document = documentId == null ? null : em.find(Document.class, documentId);
    if (document == null) {
      throw notFound("document", documentId);
    }
    return document;
  }

  private static PortalException notFound(String what, String id) {
    // A refusal's arguments are values, never null: a missing id is shown as nothing.
    return PortalException.notFound(
        "file".equals(what) ? DocumentCode.FILE_NOT_FOUND : DocumentCode.NOT_FOUND,
        Objects.toString(id, ""));
  }

  private List<DocumentFile> files(Document document) {
    return em.createNamedQuery(DocumentFile.OF_DOCUMENT, DocumentFile.class)
        .setParameter("document", document.id())
        .getResultList();
  }

  private DocumentFile current(Document document) {
    return files(document).stream()
        .filter(f -> f.kind() == DocumentFile.Kind.ORIGINAL)
        .max(Comparator.comparingInt(DocumentFile::fileVersion))
        .orElseThrow(() -> new IllegalStateException("Document " + document.id() + " has no file"));
  }

  private Download download(DocumentFile file) {
    return new Download(blobs.path(file.blob()), file.fileName(), file.contentType(), file.size());
  }

  private String read(DocumentFile file) {
    return blobs.readText(file.text());
  }

  private DocumentView view(Viewer viewer, Document d) {
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
        status(shared),
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

  /**
   * PUBLISHED if any publication is live, else SUBMITTED if one waits, else HIDDEN if a coordinator
   * hid it, else RETURNED if the latest was returned, else PRIVATE.
   */
  static String status(List<PublicationView> shared) {
    return statusOf(shared.stream().map(PublicationView::status).toList());
  }

  /** {@link #status} from the publications' statuses, newest first. */
  static String statusOf(List<String> statuses) {
    for (String s : List.of("PUBLISHED", "SUBMITTED", "HIDDEN")) {
      if (statuses.contains(s)) {
        return s;
      }
    }
    return !statuses.isEmpty() && statuses.get(0).equals("RETURNED") ? "RETURNED" : "PRIVATE";
  }

  private static DocumentSummary summary(Document d, String status, Duration retention) {
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
}
