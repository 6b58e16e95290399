package nl.leerkring.portal.documents;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.tenants.tenancy.TenantId;

/** Test data: a case document with one original file, written into the current tenant. */
public final class DocumentBuilder {

  private static final BlobId SOME_BLOB = new BlobId("a".repeat(64));

  private DocumentBuilder() {}

  public static Document persistDocument(EntityManager em, TenantId tenant) {
    Document document =
        new Document(
            new DocumentMetadata(
                "Nota Blijfwijk " + tenant.value().substring(0, 8),
                "nota-bw",
                LocalDate.of(2025, 3, 1),
                "2025-229",
                "Blijfwijk",
                List.of("gezondheid"),
                List.of("wonen"),
                List.of("Duiven-Zuid"),
                "Samenvatting"),
            "lid");
    em.persist(document);
    em.persist(originalOf(document));
    return document;
  }

  public static DocumentFile persistFile(EntityManager em, TenantId tenant) {
    return persistDocumentFile(em, persistDocument(em, tenant));
  }

  private static DocumentFile persistDocumentFile(EntityManager em, Document document) {
    DocumentFile annex =
        new DocumentFile(
            document,
            DocumentFile.Kind.ANNEX,
            1,
            1,
            "Bijlage 1",
            new StoredFile(SOME_BLOB, "bijlage.pdf", "application/pdf", 10, SOME_BLOB, false, 5),
            "lid");
    em.persist(annex);
    return annex;
  }

  private static DocumentFile originalOf(Document document) {
    return new DocumentFile(
        document,
        DocumentFile.Kind.ORIGINAL,
        1,
        null,
        null,
        new StoredFile(SOME_BLOB, "nota.pdf", "application/pdf", 10, SOME_BLOB, false, 5),
        "lid");
  }
}
