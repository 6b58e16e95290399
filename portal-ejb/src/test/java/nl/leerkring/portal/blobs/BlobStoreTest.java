package nl.leerkring.portal.blobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Stream;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BlobStoreTest {

  @TempDir Path root;

  private BlobStore store() {
    return new BlobStore(root, Clock.systemUTC());
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void blobIsNamedByTheSha256OfItsContent() throws Exception {
    StoredBlob blob = store().store(bytes("nota"), 100);
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("nota".getBytes(StandardCharsets.UTF_8)));
    assertEquals(expected, blob.id().sha256());
    assertEquals(4, blob.size());
    Path file = root.resolve(expected.substring(0, 2)).resolve(expected.substring(2));
    assertEquals(file, store().path(blob.id()));
    assertArrayEquals("nota".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }

  @Test
  void sameContentIsStoredOnce() throws Exception {
    BlobStore store = store();
    StoredBlob first = store.store(bytes("dezelfde"), 100);
    StoredBlob second = store.store(bytes("dezelfde"), 100);
    assertEquals(first.id(), second.id());
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(
          1, files.filter(Files::isRegularFile).count(), "one file, no temporary leftovers");
    }
  }

  @Test
  void tooLargeIsRefusedAndLeavesNothing() throws Exception {
    PortalException e =
        assertThrows(PortalException.class, () -> store().store(bytes("0123456789"), 9));
    assertEquals(TenantsException.Kind.TOO_LARGE, e.kind());
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(0, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void aReceivedUploadIsReadableAndLeavesNothingUnlessKept() throws Exception {
    BlobStore store = store();
    BlobStore.Incoming refused = store.receive(bytes("geweigerd"), 100);
    assertEquals("geweigerd", Files.readString(refused.path()));
    assertFalse(store.exists(refused.id()), "not in the store before it is kept");
    refused.close();
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(
          0, files.filter(Files::isRegularFile).count(), "nothing left of a discarded upload");
    }

    StoredBlob kept;
    try (BlobStore.Incoming accepted = store.receive(bytes("bewaard"), 100)) {
      kept = accepted.keep();
    }
    assertTrue(store.exists(kept.id()));
    assertEquals("bewaard", store.readText(kept.id()));
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(1, files.filter(Files::isRegularFile).count(), "only the kept blob");
    }
  }

  @Test
  void orphansOlderThanTheGracePeriodAreCollected() throws Exception {
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    BlobStore store = new BlobStore(root, Clock.fixed(now, ZoneOffset.UTC));
    StoredBlob kept = store.store(bytes("in gebruik"), 100);
    StoredBlob orphan = store.store(bytes("wees"), 100);
    StoredBlob young = store.store(bytes("net geupload"), 100);
    FileTime old = FileTime.from(now.minus(Duration.ofDays(2)));
    Files.setLastModifiedTime(store.path(kept.id()), old);
    Files.setLastModifiedTime(store.path(orphan.id()), old);
    Files.setLastModifiedTime(store.path(young.id()), FileTime.from(now.minusSeconds(60)));
    Path leftover = Files.createDirectories(root.resolve("incoming")).resolve("upload-1.part");
    Files.writeString(leftover, "afgebroken");
    Files.setLastModifiedTime(leftover, old);

    int deleted = store.collectOrphans(Set.of(kept.id()), Duration.ofDays(1));

    assertEquals(2, deleted, "the orphan and the interrupted upload");
    assertTrue(store.exists(kept.id()));
    assertFalse(store.exists(orphan.id()));
    assertTrue(store.exists(young.id()), "too young to collect: its row may be committing");
    assertFalse(Files.exists(leftover));
  }

  @Test
  void aFailingStreamLeavesNoTemporaryFile() throws Exception {
    InputStream broken =
        new InputStream() {
          int n;

          @Override
          public int read() throws IOException {
            if (n++ > 10) {
              throw new IOException("connection reset");
            }
            return 'x';
          }
        };
    assertThrows(RuntimeException.class, () -> store().store(broken, 1000));
    try (Stream<Path> files = Files.walk(root)) {
      assertEquals(0, files.filter(Files::isRegularFile).count());
    }
  }

  @Test
  void blobIdsAreCheckedHex() {
    assertThrows(IllegalArgumentException.class, () -> new BlobId("../../etc/passwd"));
    assertThrows(IllegalArgumentException.class, () -> new BlobId("ABC"));
  }
}
