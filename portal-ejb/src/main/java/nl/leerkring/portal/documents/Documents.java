package nl.leerkring.portal.documents;

import static nl.leerkring.portal.documents.DocumentRows.requireMember;
import static nl.leerkring.portal.documents.DocumentRows.requireWorkspace;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.blobs.BlobStore;
import nl.leerkring.portal.blobs.Download;
import nl.leerkring.portal.blobs.StoredBlob;
import nl.leerkring.portal.documents.Views.DocumentSummary;
import nl.leerkring.portal.documents.Views.DocumentView;
import nl.leerkring.portal.publishing.PublicationView;
import nl.leerkring.portal.publishing.Publications;
import nl.leerkring.portal.publishing.Snapshot;
import nl.leerkring.tenants.tenancy.TenantBound;
import nl.leerkring.tenants.tenancy.Viewer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * A tenant's case documents: upload with text extraction, new versions, annexes, submitting them to
 * a circle, and reading them back. Only the members of the owning tenant see them here; what others
 * see is the published catalog. Editing the description and the prullenbak are {@link
 * DocumentEdits}; a document in the prullenbak is "not found" here. Every change appends to the
 * change log, so search follows at once.
 *
 * <p>An upload is stored and its text extracted before any transaction starts (that can take
 * seconds), then a short transaction writes the rows, the change-log entry and the audit entry. A
 * failure anywhere leaves no row; at most an unreferenced blob, which the blob collector removes.
 */
@Stateless
@TenantBound
public class Documents {

  static final String ENTITY = DocumentRows.ENTITY;

  @PersistenceContext EntityManager em;

  @Inject BlobStore blobs;

  @Inject TextExtractor extractor;

  @Inject DocumentRows rows;

  @Inject MetricRegistry metrics;

  @Inject Publications publications;

  @Resource SessionContext context;

  @Inject
  @ConfigProperty(name = "portal.documents.max-file-size", defaultValue = "52428800")
  long maxBytes;

  // --- writing ---

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public DocumentView upload(Viewer viewer, DocumentMetadata metadata, Upload upload) {
    requireMember(viewer);
    Document.check(metadata);
    DocumentView uploaded = self().register(viewer, metadata, store(upload));
    metrics.counter("leerkring.uploads").inc();
    return uploaded;
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
    rows.recorded(
        viewer,
        document,
        "document.uploaded",
        document.title() + " (" + stored.fileName() + ", " + stored.size() + " bytes)");
    em.flush();
    return rows.view(viewer, document);
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
    Document document = rows.find(documentId);
    int version = document.nextVersion();
    em.persist(
        new DocumentFile(
            document, DocumentFile.Kind.ORIGINAL, version, null, null, stored, viewer.username()));
    rows.recorded(
        viewer,
        document,
        "document.version-added",
        "version " + version + ": " + stored.fileName());
    em.flush();
    return rows.view(viewer, document);
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
    Document document = rows.find(documentId);
    int number =
        rows.files(document).stream()
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
    rows.recorded(
        viewer, document, "document.annex-added", "annex " + number + ": " + stored.fileName());
    em.flush();
    return rows.view(viewer, document);
  }

  // --- sharing ---

  /**
   * Submits the document, as it is now, to a circle: a snapshot of its metadata, current original
   * and the annexes not excluded (by file id). The coordinators of the circle approve or return it.
   */
  public PublicationView submit(
      Viewer viewer, String documentId, String scope, String circle, List<String> excludeAnnexes) {
    requireMember(viewer);
    Document document = rows.find(documentId);
    List<String> excluded = excludeAnnexes == null ? List.of() : excludeAnnexes;
    List<DocumentFile> files = rows.files(document);
    for (String fileId : excluded) {
      if (files.stream()
          .noneMatch(f -> f.id().equals(fileId) && f.kind() == DocumentFile.Kind.ANNEX)) {
        throw PortalException.invalidField(
            "excludeAnnexes", DocumentCode.NOT_AN_ANNEX, Objects.toString(fileId, ""));
      }
    }
    List<Snapshot.SnapshotFile> shared = new ArrayList<>();
    DocumentFile current = rows.current(document);
    shared.add(snapshotOf(current));
    files.stream()
        .filter(f -> f.kind() == DocumentFile.Kind.ANNEX && !excluded.contains(f.id()))
        .sorted(Comparator.comparing(DocumentFile::annexNo))
        .forEach(f -> shared.add(snapshotOf(f)));
    return publications.submit(viewer, DocumentRows.snapshot(document, shared), scope, circle);
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
        .map(d -> DocumentRows.summary(d, statusOf(statuses.getOrDefault(d.id(), List.of())), null))
        .toList();
  }

  /** One document; another tenant's or a missing one is {@code NOT_FOUND} alike. */
  public DocumentView get(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    return rows.view(viewer, rows.find(documentId));
  }

  /** The current original. */
  public Download original(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    DocumentFile current = rows.current(rows.find(documentId));
    return download(current);
  }

  /** Any file of the document: an earlier version or an annex. */
  public Download file(Viewer viewer, String documentId, String fileId) {
    requireWorkspace(viewer, documentId);
    Document document = rows.find(documentId);
    DocumentFile file = fileId == null ? null : em.find(DocumentFile.class, fileId);
    if (file == null || !file.documentId().equals(document.id())) {
      throw DocumentRows.notFound("file", fileId);
    }
    return download(file);
  }

  /** The text extracted from the current original. */
  public String text(Viewer viewer, String documentId) {
    requireWorkspace(viewer, documentId);
    return read(rows.current(rows.find(documentId)));
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

  private static String limited(String field, String value, int max) {
    String v = value.strip();
    if (v.length() > max) {
      throw PortalException.invalidField(field, DocumentCode.TOO_LONG, max);
    }
    return v;
  }

  private Download download(DocumentFile file) {
    return new Download(blobs.path(file.blob()), file.fileName(), file.contentType(), file.size());
  }

  private String read(DocumentFile file) {
    return blobs.readText(file.text());
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
}
