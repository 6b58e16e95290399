package nl.leerkring.portal.documents;

import java.util.Objects;

/**
 * What {@link TextExtractor} read from one document.
 *
 * @param contentType the media type detected from the content (not the one the client declared),
 *     without parameters, e.g. {@code application/pdf} or {@code text/x-web-markdown}
 * @param text the document's text with whitespace lightly tidied; never null, empty for a document
 *     without text (a scan)
 * @param truncated whether the text was cut at {@code portal.documents.max-text-chars}
 * @param characters the length of {@code text} in UTF-16 code units
 * @param title the title from the document's own metadata, or null
 * @param author the author from the document's own metadata, or null
 * @param millis how long the extraction took, for logs and progress
 */
public record Extraction(
    String contentType,
    String text,
    boolean truncated,
    int characters,
    String title,
    String author,
    long millis) {

  public Extraction {
    Objects.requireNonNull(contentType, "A content type is required.");
    Objects.requireNonNull(text, "The text is required; use an empty string.");
    if (characters != text.length()) {
      throw new IllegalArgumentException(
          "characters is " + characters + " but the text has " + text.length() + ".");
    }
  }

  /** The accepted format of {@link #contentType}. */
  public AcceptedTypes.Format format() {
    return AcceptedTypes.formatOf(contentType)
        .orElseThrow(() -> new IllegalStateException("Not an accepted type: " + contentType));
  }
}
