package nl.leerkring.portal.documents;

import static nl.leerkring.portal.documents.TextExtractor.MAX_COMPRESSION_RATIO;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.leerkring.portal.PortalException;

/**
 * Unpacks every entry of zip files once, counting and keeping nothing, before a parser sees them.
 * It reads the central directory, as Apache POI does, so entries that overlap (a known way to
 * multiply a zip bomb) are each counted. Used by {@link TextExtractor} before detection and by
 * {@link LimitedEmbeddedExtractor} for every embedded zip. NOTE: one instance per parse, which all
 * its zips share the {@link #MAX_UNPACKED_BYTES} of; not thread-safe.
 */
final class ZipScan {

  static final int MAX_ZIP_ENTRIES = 10_000;
  static final long MAX_UNPACKED_BYTES = 512L * 1024 * 1024;
  static final long MAX_WHOLE_PART_BYTES = 16L * 1024 * 1024;
  static final long RATIO_GRACE_BYTES = 1024 * 1024;
  static final byte[] ZIP_HEADER = {'P', 'K', 3, 4};

  /** Why a zip is refused. */
  enum Verdict {
    BOMB,
    TOO_MANY_ENTRIES;

    PortalException refusal(String name) {
      return this == BOMB
          ? Refusals.zipBomb(name)
          : PortalException.invalidField(
              "file", DocumentCode.TOO_MANY_PARTS, name, MAX_ZIP_ENTRIES);
    }
  }

  private final byte[] buffer = new byte[64 * 1024];
  private long unpacked;

  /**
   * Why the zip must not be parsed, or empty when it may.
   *
   * @throws ZipException when it is not a readable zip
   * @throws InterruptedIOException when the parse was given up
   */
  Optional<Verdict> check(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      if (zip.size() > MAX_ZIP_ENTRIES) {
        return Optional.of(Verdict.TOO_MANY_ENTRIES);
      }
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        long packed = Math.max(entry.getCompressedSize(), 1);
        long limit = readWhole(entry.getName()) ? MAX_WHOLE_PART_BYTES : MAX_UNPACKED_BYTES;
        long size = 0;
        try (InputStream in = zip.getInputStream(entry)) {
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            size += n;
            unpacked += n;
            if (size > limit
                || unpacked > MAX_UNPACKED_BYTES
                || (size > RATIO_GRACE_BYTES && size > MAX_COMPRESSION_RATIO * packed)) {
              return Optional.of(Verdict.BOMB);
            }
            if (Thread.currentThread().isInterrupted()) {
              throw new InterruptedIOException("Gave up unpacking " + file);
            }
          }
        }
      }
    }
    return Optional.empty();
  }

  /** Parts that Apache POI or Tika read whole into memory: relationships and properties. */
  private static boolean readWhole(String entry) {
    String name = entry.toLowerCase(Locale.ROOT);
    return name.equals("[content_types].xml")
        || name.endsWith(".rels")
        || name.startsWith("docprops/")
        || name.equals("meta.xml")
        || name.equals("meta-inf/manifest.xml");
  }

  /** Whether the file starts like a zip (a DOCX, an ODT, any zip). */
  static boolean startsWithZipHeader(Path file) {
    byte[] head = new byte[ZIP_HEADER.length];
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(head, 0, head.length) == head.length && Arrays.equals(head, ZIP_HEADER);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
