package nl.leerkring.portal.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.leerkring.portal.blobs.BlobId;
import nl.leerkring.tenants.tenancy.TenantId;

/**
 * One export of a gemeente, running or done: who asked, how far it is and, once done, the blob that
 * holds the ZIP. Not tenant-owned: it is the platform's job record, read by id and checked against
 * the caller in the boundary.
 *
 * <p>The node that runs it beats a heartbeat while it works. A node that dies cannot say so, so
 * silence is the sign: a running export silent for longer than a set time is given up (failed with
 * {@link TransferCode#EXPORT_ABANDONED}), and its admins may start another. A finished export is
 * kept for a set number of days, then purged with its ZIP.
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

  /** The node that runs it (the grid's name for it), for the operator. */
  private String node;

  @Column(name = "heartbeat_at")
  private Instant heartbeatAt;

  /** Why it failed; null unless FAILED. */
  @Enumerated(EnumType.STRING)
  private TransferCode failure;

  @Version private long version;

  protected TenantExport() {}

  TenantExport(TenantId tenant, String requestedBy, String node, Instant at) {
    this.id = UUID.randomUUID().toString();
    this.tenantId = Objects.requireNonNull(tenant, "A tenant is required.").value();
    this.requestedBy = Objects.requireNonNull(requestedBy, "Who asked is required.");
    this.node = node;
    this.status = Status.RUNNING;
    this.startedAt = at;
    this.heartbeatAt = at;
  }

  /** Moves the progress forward (never back) while running; a sign of life as well. */
  void advance(int percent, Instant at) {
    if (status == Status.RUNNING) {
      progress = Math.max(progress, Math.min(99, percent));
      heartbeatAt = at;
    }
  }

  /**
   * Marks it done with its ZIP; an export given up on stays failed (its admins may have started
   * another since), so the ZIP it made is left for the blob collector.
   *
   * @return whether it is now done
   */
  boolean finish(BlobId file, String name, long size, Instant at) {
    if (status != Status.RUNNING) {
      return false;
    }
    status = Status.DONE;
    progress = 100;
    fileSha256 = file.sha256();
    fileName = name;
    sizeBytes = size;
    finishedAt = at;
    heartbeatAt = at;
    return true;
  }

  void fail(Instant at, TransferCode reason) {
    if (status == Status.RUNNING) {
      status = Status.FAILED;
      failure = Objects.requireNonNull(reason, "A reason is required.");
      finishedAt = at;
    }
  }

  /** Whether it runs and its node gave a sign of life within {@code silence} before {@code now}. */
  boolean alive(Instant now, Duration silence) {
    return status == Status.RUNNING && !lastSign().plus(silence).isBefore(now);
  }

  /**
   * Gives it up when it runs but its node has been silent for longer than {@code silence}: its node
   * died (or hangs), and nobody else will finish it.
   *
   * @return whether it was given up now
   */
  boolean abandonIfSilent(Instant now, Duration silence) {
    if (status != Status.RUNNING || alive(now, silence)) {
      return false;
    }
    fail(now, TransferCode.EXPORT_ABANDONED);
    return true;
  }

  /** Whether it finished (done or failed) at least {@code keep} before {@code now}. */
  boolean expired(Instant now, Duration keep) {
    return status != Status.RUNNING && finishedAt != null && !finishedAt.plus(keep).isAfter(now);
  }

  private Instant lastSign() {
    return heartbeatAt != null ? heartbeatAt : startedAt;
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

  public TransferCode failure() {
    return failure;
  }

  public String requestedBy() {
    return requestedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant finishedAt() {
    return finishedAt;
  }
}
