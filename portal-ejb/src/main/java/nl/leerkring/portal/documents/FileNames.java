package nl.leerkring.portal.documents;

import java.text.Normalizer;
import java.util.regex.Pattern;
import nl.leerkring.portal.PortalException;

/**
 * The rules for the name a client gives an uploaded file: which names are refused outright, and the
 * safe form of any other that is stored, logged and shown. Used by {@link Documents} before a file
 * is stored and by {@link TextExtractor} in its messages.
 */
public final class FileNames {

  private static final Pattern NAME_NOISE =
      Pattern.compile(
          "[\\u0000-\\u001F\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
  private static final Pattern NAME_LEAD = Pattern.compile("^[\\s.]+");

  private FileNames() {}

  /**
   * Refuses a file name that only a hostile or broken client sends: one that climbs directories
   * ({@code ..} as a path segment), or that holds control characters or bidirectional overrides.
   * Browsers send the bare name of the chosen file; a Windows path such as {@code
   * C:\Users\x\nota.pdf} (old browsers) is not refused, {@link #safeFileName} keeps its last
   * segment.
   *
   * @throws PortalException (invalid) naming what is wrong, so the uploader can rename the file
   */
  public static void checkFileName(String raw) {
    if (raw == null) {
      return;
    }
    for (String segment : raw.split("[/\\\\]", -1)) {
      if (segment.strip().equals("..")) {
        throw PortalException.invalidField("file", DocumentCode.NAME_TRAVERSAL);
      }
    }
    if (NAME_NOISE.matcher(raw).find()) {
      throw PortalException.invalidField("file", DocumentCode.NAME_CONTROL_CHARACTERS);
    }
  }

  /**
   * A file name that is safe to store, log and show: the last segment after {@code /} or {@code \},
   * without control characters or bidirectional overrides (which can make {@code exe.pdf} look like
   * {@code fdp.exe}), without leading dots and surrounding blanks, in Unicode NFC, at most 200
   * characters with the extension kept; {@code document} when nothing remains.
   */
  public static String safeFileName(String raw) {
    if (raw == null) {
      return "document";
    }
    String name = NAME_NOISE.matcher(raw).replaceAll("");
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = NAME_LEAD.matcher(name).replaceFirst("").strip();
    name = dropLoneSurrogates(name);
    if (name.length() > 200) {
      int dot = name.lastIndexOf('.');
      String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
      int keep = 200 - extension.length();
      if (Character.isHighSurrogate(name.charAt(keep - 1))) {
        keep--;
      }
      name = name.substring(0, keep).strip() + extension;
    }
    return name.isEmpty() ? "document" : name;
  }

  private static String dropLoneSurrogates(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        out.append(c).append(s.charAt(++i));
      } else if (!Character.isSurrogate(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
