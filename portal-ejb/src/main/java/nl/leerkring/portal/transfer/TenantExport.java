package nl.leerkring.portal.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * One export of a gemeente, running or done: who asked, how far it is and, once done, the blob that
 * holds the ZIP. Not tenant-owned: it is the platform's job record, read by id and checked against
 * the caller in the boundary.
 */
@Entity
@Table(name = "tenant_export")
public class TenantExport {

  /** Where an export is. */
  public enum Status {
    RUNNING,
    DONE,
    FAILED
  }

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "tenant_id")
  private String tenantId;

  @Column(name = "requested_by")
  private String requestedBy;

  @Enumerated(EnumType.STRING)
  private Status status;

  private int progress;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "file_sha256")
  private String fileSha256;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Version private long version;

  protected TenantExport() {}

  TenantExport(TenantId tenant, String requestedBy, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = Objects.requireNonNull(tenant, "A tenant is required.").value();
    this.requestedBy = Objects.requireNonNull(requestedBy, "Who asked is required.");
    this.status = Status.RUNNING;
    this.startedAt = at;
  }

  /** Moves the progress forward (never back) while running. */
  void advance(int percent) {
    if (status == Status.RUNNING) {
      progress = Math.max(progress, Math.min(99, percent));
    }
  }

  void finish(BlobId file, String name, long size, Instant at) {
    status = Status.DONE;
    progress = 100;
    fileSha256 = file.sha256();
    fileName = name;
    sizeBytes = size;
    finishedAt = at;
  }

  void fail(Instant at) {
    status = Status.FAILED;
    finishedAt = at;
  }

  public String id() {
    return id;
  }

  public TenantId tenant() {
    return new TenantId(tenantId);
  }

  public Status status() {
    return status;
  }

  public int progress() {
    return progress;
  }

  public BlobId file() {
    return fileSha256 == null ? null : new BlobId(fileSha256);
  }

  public String fileName() {
    return fileName;
  }

  public long size() {
    return sizeBytes == null ? 0 : sizeBytes;
  }
}
