package nl.leerkring.portal.blobs;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;
import java.util.stream.Stream;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Writes and reads blobs under one root directory.
 *
 * <p>NOTE: thread-safe. Two writers of the same content race harmlessly: both write their own
 * temporary file and the second rename finds the blob there already.
 */
@ApplicationScoped
public class BlobStore {

  private static final Logger LOG = Logger.getLogger(BlobStore.class.getName());

  private final Path root;
  private final Clock clock;

  /** The store under {@code portal.blobs.dir}, by default {@code <portal.data-dir>/blobs}. */
  public BlobStore() {
    this(configuredRoot(), Clock.systemUTC());
  }

  public BlobStore(Path root, Clock clock) {
    this.root = root.toAbsolutePath().normalize();
    this.clock = clock;
  }

  private static Path configuredRoot() {
    var config = ConfigProvider.getConfig(BlobStore.class.getClassLoader());
    return config
        .getOptionalValue("portal.blobs.dir", String.class)
        .map(Path::of)
        .orElseGet(
            () ->
                Path.of(
                    config.getOptionalValue("portal.data-dir", String.class).orElse("./data"),
                    "blobs"));
  }

  /**
   * Stores what the stream holds, at most {@code maxBytes}; more is {@code TOO_LARGE} and nothing
   * is kept. Returns once the blob is durable on disk.
   */
  public StoredBlob store(InputStream content, long maxBytes) {
    try (Incoming incoming = receive(content, maxBytes)) {
      return incoming.keep();
    }
  }

  /**
   * Writes what the stream holds (at most {@code maxBytes}, else {@code TOO_LARGE}) to a temporary
   * file beside the store and hashes it, without adding it to the store: the caller reads it (an
   * upload is extracted first), then {@link Incoming#keep keeps} it or lets {@link Incoming#close}
   * delete it, so a refused upload leaves no blob behind.
   */
  public Incoming receive(InputStream content, long maxBytes) {
    Path temp = null;
    try {
      Path incoming = Files.createDirectories(root.resolve("incoming"));
      temp = Files.createTempFile(incoming, "upload-", ".part");
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      long size = 0;
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
          OutputStream out =
              new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), sha256)) {
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = content.read(buffer)) != -1) {
          size += read;
          if (size > maxBytes) {
            throw new PortalException(
                TenantsException.Kind.TOO_LARGE, BlobCode.FILE_TOO_LARGE, maxBytes / (1024 * 1024));
          }
          out.write(buffer, 0, read);
        }
        out.flush();
        channel.force(true);
      }
      Incoming received =
          new Incoming(temp, new BlobId(HexFormat.of().formatHex(sha256.digest())), size);
      temp = null;
      return received;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store an upload in " + root, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } finally {
      deleteTemporary(temp);
    }
  }

  private static void deleteTemporary(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        LOG.warning("Could not remove temporary upload " + temp + ": " + e.getMessage());
      }
    }
  }

  /**
   * An upload received and hashed but not yet in the store; closing it without keeping deletes it.
   */
  public final class Incoming implements AutoCloseable {

    private Path temp;
    private final BlobId id;
    private final long size;

    private Incoming(Path temp, BlobId id, long size) {
      this.temp = temp;
      this.id = id;
      this.size = size;
    }

    /** The received bytes, to read before deciding. */
    public Path path() {
      if (temp == null) {
        throw new IllegalStateException("already kept or discarded");
      }
      return temp;
    }

    public BlobId id() {
      return id;
    }

    public long size() {
      return size;
    }

    /** Moves the upload into the store (durably); the same content stored before is reused. */
    public StoredBlob keep() {
      Path source = path();
      try {
        Path target = BlobStore.this.path(id);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
          Files.delete(source);
        } else {
          moveIntoPlace(source, target);
        }
        temp = null;
        forceDirectory(target.getParent());
        return new StoredBlob(id, size);
      } catch (IOException e) {
        throw new UncheckedIOException("Could not store an upload in " + root, e);
      }
    }

    @Override
    public void close() {
      deleteTemporary(temp);
      temp = null;
    }
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException sameContentArrivedFirst) {
      Files.delete(temp);
    } catch (AtomicMoveNotSupportedException e) {
      throw new IOException(
          "The blob directory must support atomic renames: " + target.getParent(), e);
    }
  }

  /** Makes the rename itself durable (POSIX: fsync the directory); a no-op where unsupported. */
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException notSupportedHere) {
      LOG.finest(() -> "Directory fsync not supported for " + dir);
    }
  }

  public Path path(BlobId id) {
    String hex = id.sha256();
    return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2));
  }

  public boolean exists(BlobId id) {
    return Files.isRegularFile(path(id));
  }

  public InputStream open(BlobId id) {
    try {
      return Files.newInputStream(path(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Blob " + id + " cannot be read", e);
    }
  }

  /**
   * Deletes one blob now; its caller has made sure that no row refers to it (the blob collector's
   * day of grace is for uploads, not for files whose row was just removed).
   *
   * @return whether there was such a blob
   */
  public boolean delete(BlobId id) {
    try {
      return Files.deleteIfExists(path(id));
    } catch (IOException e) {
      throw new UncheckedIOException("Blob " + id + " cannot be deleted", e);
    }
  }

  /** A text blob (such as extracted text) as a string; it was stored as UTF-8. */
  public String readText(BlobId id) {
    try {
      return Files.readString(path(id), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Blob " + id + " cannot be read", e);
    }
  }

  /**
   * Deletes blobs that no row refers to and that are older than {@code minimumAge} (so an upload
   * whose row is about to commit is left alone), and temporary files of interrupted uploads.
   * Returns how many were deleted.
   */
  public int collectOrphans(Predicate<BlobId> referenced, Duration minimumAge) {
    Instant before = clock.instant().minus(minimumAge);
    int deleted = 0;
    if (!Files.isDirectory(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root, 2)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        if (Files.getLastModifiedTime(file).toInstant().isAfter(before)) {
          continue;
        }
        Path parent = file.getParent();
        boolean temporary = parent.getFileName().toString().equals("incoming");
        BlobId id =
            temporary ? null : idOf(parent.getFileName().toString(), file.getFileName().toString());
        if (temporary || (id != null && !referenced.test(id))) {
          Files.deleteIfExists(file);
          deleted++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not collect orphan blobs in " + root, e);
    }
    return deleted;
  }

  /** Convenience for a known set of referenced ids. */
  public int collectOrphans(Set<BlobId> referenced, Duration minimumAge) {
    return collectOrphans(referenced::contains, minimumAge);
  }

  private static BlobId idOf(String prefix, String rest) {
    try {
      return new BlobId(prefix + rest);
    } catch (IllegalArgumentException notABlob) {
      return null;
    }
  }
}
