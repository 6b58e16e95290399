package nl.leerkring.portal.documents;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.documents.AcceptedTypes.Format;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaMemoryLimitException;

/**
 * Why {@link TextExtractor} refuses a file, in words the uploader can act on; each message names
 * the file by its safe name.
 */
final class Refusals {

  /** Under the extractor's name, where its refusals have always been logged. */
  private static final Logger LOG = Logger.getLogger(TextExtractor.class.getName());

  private Refusals() {}

  /** The refusal for what the parser threw, most specific first. */
  static PortalException forThrown(Throwable thrown, String name, Format format) {
    LOG.log(Level.FINE, "Refused " + name + " (" + format.label() + ")", thrown);
    boolean zipBomb = false;
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String className = t.getClass().getName();
      if (t instanceof EncryptedDocumentException
          || className.equals("org.apache.poi.EncryptedDocumentException")
          || className.equals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException")) {
        return passwordProtected(name);
      }
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (message.contains("levels of xml element nesting")
          || message.contains("levels of package entry nesting")) {
        return nestedTooDeeply(name);
      }
      if (message.contains("zip bomb") || t instanceof TikaMemoryLimitException) {
        zipBomb = true;
      }
    }
    if (zipBomb) {
      return zipBomb(name);
    }
    return damaged(name, format.label());
  }

  static PortalException damaged(String name, String formatLabel) {
    return PortalException.invalidField("file", DocumentCode.DAMAGED, name, formatLabel);
  }

  static Optional<Format> formatByName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return Arrays.stream(Format.values())
        .filter(f -> f.extensions().stream().anyMatch(lower::endsWith))
        .findFirst();
  }

  static PortalException passwordProtected(String name) {
    return PortalException.invalidField("file", DocumentCode.PASSWORD_PROTECTED, name);
  }

  static PortalException nestedTooDeeply(String name) {
    return PortalException.invalidField("file", DocumentCode.NESTED_TOO_DEEPLY, name);
  }

  static PortalException zipBomb(String name) {
    return PortalException.invalidField("file", DocumentCode.ZIP_BOMB, name);
  }
}
