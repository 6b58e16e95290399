package nl.leerkring.portal.transfer;

import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;

/**
 * How hard a file of an export is compressed: formats that are compressed already (PDF, Office and
 * OpenDocument files, images, archives, audio, video) are only stored, since deflating them again
 * costs time and saves nothing; everything else, most of all text, gets the fastest deflate.
 */
final class Packing {

  private static final Set<String> PACKED =
      Set.of(
          "pdf", "docx", "xlsx", "pptx", "odt", "ods", "odp", "zip", "gz", "7z", "jpg", "jpeg",
          "png", "gif", "webp", "heic", "mp3", "mp4", "m4a", "mov", "avi");

  private Packing() {}

  /** The deflate level for a file of this name. */
  static int levelFor(String name) {
    int dot = name.lastIndexOf('.');
    String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    return PACKED.contains(extension) ? Deflater.NO_COMPRESSION : Deflater.BEST_SPEED;
  }
}
