package nl.leerkring.portal.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * One file of a {@link Document}: the original in one version, or an annex. The bytes and the
 * extracted text live in the blob store; this row names them. Never changed after it is written: a
 * new version is a new row.
 */
@Entity
@Table(name = "document_file")
@NamedQuery(
    name = DocumentFile.OF_DOCUMENT,
    query =
        "select f from DocumentFile f where f.documentId = :document"
            + " order by f.kind, f.annexNo, f.fileVersion desc")
@NamedQuery(
    name = DocumentFile.BY_BLOB,
    query = "select count(f) from DocumentFile f where f.blob = :blob or f.text = :blob")
public class DocumentFile extends TenantOwned {

  public static final String OF_DOCUMENT = "DocumentFile.ofDocument";
  public static final String BY_BLOB = "DocumentFile.byBlob";

  /** The original of the document, or one of its annexes (bijlagen). */
  public enum Kind {
    ORIGINAL,
    ANNEX
  }

  @Column(name = "document_id", nullable = false, length = 36)
  private String documentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Kind kind;

  @Column(name = "file_version", nullable = false)
  private int fileVersion;

  @Column(name = "annex_no")
  private Integer annexNo;

  @Column(length = 300)
  private String title;

  @Column(name = "blob_sha256", nullable = false, length = 64)
  private String blob;

  @Column(name = "file_name", nullable = false, length = 200)
  private String fileName;

  @Column(name = "content_type", nullable = false, length = 100)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(name = "text_sha256", nullable = false, length = 64)
  private String text;

  @Column(name = "text_truncated", nullable = false)
  private boolean textTruncated;

  @Column(nullable = false)
  private int characters;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  @Column(name = "uploaded_by", nullable = false, length = 100)
  private String uploadedBy;

  protected DocumentFile() {}

  DocumentFile(
      Document document,
      Kind kind,
      int fileVersion,
      Integer annexNo,
      String title,
      StoredFile stored,
      String uploadedBy) {
    this.documentId = document.id();
    this.kind = kind;
    this.fileVersion = fileVersion;
    this.annexNo = annexNo;
    this.title = title;
    this.blob = stored.blob().sha256();
    this.fileName = stored.fileName();
    this.contentType = stored.contentType();
    this.size = stored.size();
    this.text = stored.text().sha256();
    this.textTruncated = stored.truncated();
    this.characters = stored.characters();
    this.uploadedAt = Instant.now();
    this.uploadedBy = uploadedBy;
  }

  public String documentId() {
    return documentId;
  }

  public Kind kind() {
    return kind;
  }

  public int fileVersion() {
    return fileVersion;
  }

  public Integer annexNo() {
    return annexNo;
  }

  public String title() {
    return title;
  }

  public BlobId blob() {
    return new BlobId(blob);
  }

  public BlobId text() {
    return new BlobId(text);
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long size() {
    return size;
  }

  public boolean textTruncated() {
    return textTruncated;
  }

  public int characters() {
    return characters;
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }

  public String uploadedBy() {
    return uploadedBy;
  }
}
