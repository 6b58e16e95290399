package nl.leerkring.portal.transfer;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import nl.leerkring.portal.PortalException;

/**
 * A gemeente's export read back, checked before anything is written: it is a ZIP, holds this
 * format's manifest, every listed file is there with its checksum, no file is unlisted or named
 * outside the archive, and each kind's file holds as many rows as the manifest counts. Anything
 * else is refused with the code that says what is wrong.
 *
 * <p>NOTE: not thread-safe; close it when done.
 */
final class ExportArchive implements AutoCloseable {

  /** The JSON-P provider, looked up once (see {@code SourceRulesTest}). */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  private final ZipFile zip;
  private final Manifest manifest;

  private ExportArchive(ZipFile zip, Manifest manifest) {
    this.zip = zip;
    this.manifest = manifest;
  }

  /**
   * Opens and checks the ZIP.
   *
   * @param knownKinds the kinds this portal imports; any other is {@code KIND_UNKNOWN}
   * @param maxBytes the most bytes its files may hold unpacked
   */
  static ExportArchive open(Path file, Set<String> knownKinds, long maxBytes) {
    ZipFile zip;
    try {
      zip = new ZipFile(file.toFile());
    } catch (ZipException e) {
      throw PortalException.invalidField("file", TransferCode.NOT_A_ZIP);
    } catch (IOException e) {
      throw new UncheckedIOException("The uploaded file cannot be read", e);
    }
    try {
      ExportArchive archive = new ExportArchive(zip, check(zip, knownKinds, maxBytes));
      archive.checkCounts();
      return archive;
    } catch (RuntimeException e) {
      closeQuietly(zip);
      throw e;
    }
  }

  private static Manifest check(ZipFile zip, Set<String> knownKinds, long maxBytes) {
    Set<String> names = new TreeSet<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = entry.getName();
      if (name.startsWith("/") || name.contains("\\") || List.of(name.split("/")).contains("..")) {
        throw PortalException.invalidField("file", TransferCode.UNSAFE_PATH, name);
      }
      if (!entry.isDirectory()) {
        names.add(name);
      }
    }
    ZipEntry manifestEntry = zip.getEntry(Manifest.NAME);
    if (manifestEntry == null) {
      throw PortalException.invalidField("file", TransferCode.MANIFEST_MISSING);
    }
    Manifest manifest;
    try (InputStream in = zip.getInputStream(manifestEntry);
        var reader = JSON_P.createReader(in)) {
      manifest = Manifest.parse(reader.readObject());
    } catch (JsonException | IOException | IllegalStateException e) {
      throw PortalException.invalidField("file", TransferCode.MANIFEST_MISSING);
    }
    for (String kind : manifest.kinds().keySet()) {
      if (!knownKinds.contains(kind)) {
        throw PortalException.invalidField("file", TransferCode.KIND_UNKNOWN, kind);
      }
    }
    names.remove(Manifest.NAME);
    long total = 0;
    for (Manifest.FileEntry listed : manifest.files()) {
      ZipEntry entry = zip.getEntry(listed.path());
      if (entry == null || !names.remove(listed.path())) {
        throw PortalException.invalidField("file", TransferCode.FILE_MISSING, listed.path());
      }
      total += listed.bytes();
      if (total > maxBytes) {
        throw PortalException.invalidField("file", TransferCode.TOO_LARGE, maxBytes);
      }
      if (!listed.sha256().equals(sha256(zip, entry, listed.bytes()))) {
        throw PortalException.invalidField("file", TransferCode.CHECKSUM_MISMATCH, listed.path());
      }
    }
    if (!names.isEmpty()) {
      throw PortalException.invalidField(
          "file", TransferCode.FILE_UNLISTED, names.iterator().next());
    }
    return manifest;
  }

  /** The content's SHA-256, reading at most one byte more than listed (a bomb stops there). */
  private static String sha256(ZipFile zip, ZipEntry entry, long listedBytes) {
    MessageDigest sha = ExportWriter.sha256();
    byte[] buffer = new byte[64 * 1024];
    long read = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        read += n;
        if (read > listedBytes) {
          return "";
        }
        sha.update(buffer, 0, n);
      }
    } catch (IOException e) {
      return "";
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private void checkCounts() {
    for (Map.Entry<String, Integer> counted : manifest.counts().entrySet()) {
      int found = rows(counted.getKey()).size();
      if (found != counted.getValue()) {
        throw PortalException.invalidField(
            "file", TransferCode.COUNT_MISMATCH, counted.getKey(), counted.getValue(), found);
      }
    }
  }

  Manifest manifest() {
    return manifest;
  }

  /** The rows of a kind, as plain values. */
  List<Map<String, Object>> rows(String kind) {
    ZipEntry entry = zip.getEntry(Manifest.dataPath(kind));
    if (entry == null) {
      throw PortalException.invalidField(
          "file", TransferCode.FILE_MISSING, Manifest.dataPath(kind));
    }
    try (InputStream in = zip.getInputStream(entry);
        var reader = JSON_P.createReader(in)) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonValue row : reader.readArray()) {
        rows.add(Records.values(row.asJsonObject()));
      }
      return rows;
    } catch (JsonException | IOException | IllegalStateException | ClassCastException e) {
      throw PortalException.invalidField("file", TransferCode.ROWS_UNREADABLE, kind);
    }
  }

  /** A listed file's content; null when the ZIP has no such file. */
  InputStream open(String path) {
    ZipEntry entry = zip.getEntry(path);
    if (entry == null) {
      return null;
    }
    try {
      return zip.getInputStream(entry);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path, e);
    }
  }

  @Override
  public void close() {
    closeQuietly(zip);
  }

  private static void closeQuietly(ZipFile zip) {
    try {
      zip.close();
    } catch (IOException e) {
      // nothing was written from it; the temporary file goes with the request
    }
  }
}
