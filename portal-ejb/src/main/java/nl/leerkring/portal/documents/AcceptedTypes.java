package nl.leerkring.portal.documents;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The kinds of document the portal reads, and the media types by which Apache Tika recognises them.
 * Everything else is refused with {@code UNSUPPORTED_TYPE}: an upload is searched and shown to
 * other people, so a type is only accepted when Tika can read its text well and it carries no
 * active content (macro-enabled Word files, for instance, are not on the list).
 */
public final class AcceptedTypes {

  /** One accepted kind of document. */
  public enum Format {
    PDF("PDF", "a", "PDF document", List.of("application/pdf"), List.of(".pdf")),
    DOCX(
        "DOCX",
        "a",
        "Word document (DOCX)",
        List.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        List.of(".docx")),
    ODT(
        "ODT",
        "an",
        "OpenDocument text (ODT)",
        List.of("application/vnd.oasis.opendocument.text"),
        List.of(".odt")),
    DOC("DOC", "a", "Word 97-2003 document (DOC)", List.of("application/msword"), List.of(".doc")),
    RTF("RTF", "an", "RTF document", List.of("application/rtf", "text/rtf"), List.of(".rtf")),
    HTML(
        "HTML",
        "an",
        "HTML page",
        List.of("text/html", "application/xhtml+xml"),
        List.of(".html", ".htm", ".xhtml")),
    TXT("TXT", "a", "text file", List.of("text/plain"), List.of(".txt")),
    MARKDOWN(
        "Markdown",
        "a",
        "Markdown file",
        List.of("text/markdown", "text/x-web-markdown", "text/x-markdown"),
        List.of(".md", ".markdown"));

    private final String label;
    private final String article;
    private final String noun;
    private final List<String> mediaTypes;
    private final List<String> extensions;

    Format(
        String label,
        String article,
        String noun,
        List<String> mediaTypes,
        List<String> extensions) {
      this.label = label;
      this.article = article;
      this.noun = noun;
      this.mediaTypes = mediaTypes;
      this.extensions = extensions;
    }

    /** The short name people know, e.g. {@code PDF} or {@code Markdown}. */
    public String label() {
      return label;
    }

    /** What it is, for messages: {@code PDF document}, {@code HTML page}. */
    public String noun() {
      return noun;
    }

    /** The noun with its article: {@code a PDF document}, {@code an HTML page}. */
    public String description() {
      return article + " " + noun;
    }

    /** The media types without parameters; the first is the usual one. */
    public List<String> mediaTypes() {
      return mediaTypes;
    }

    /** The usual file name extensions, with their dot. */
    public List<String> extensions() {
      return extensions;
    }

    /** Plain text, Markdown and HTML: files that browsers and people label loosely. */
    public boolean isText() {
      return this == HTML || this == TXT || this == MARKDOWN;
    }
  }

  /**
   * The accepted kinds as people read them: {@code PDF, DOCX, ODT, DOC, RTF, HTML, TXT, Markdown}.
   */
  public static final String NAMES =
      Arrays.stream(Format.values()).map(Format::label).collect(Collectors.joining(", "));

  private AcceptedTypes() {}

  /**
   * The format of a media type such as {@code application/pdf} or {@code text/html; charset=UTF-8};
   * parameters and case are ignored.
   */
  public static Optional<Format> formatOf(String mediaType) {
    if (mediaType == null) {
      return Optional.empty();
    }
    int semicolon = mediaType.indexOf(';');
    String base =
        (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon))
            .strip()
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(Format.values()).filter(f -> f.mediaTypes.contains(base)).findFirst();
  }

  /**
   * The value for an HTML file input's {@code accept} attribute: every extension and media type,
   * comma-separated. A hint to the browser only; the portal checks the content itself.
   */
  public static String acceptAttribute() {
    return Arrays.stream(Format.values())
        .flatMap(f -> Stream.concat(f.extensions.stream(), f.mediaTypes.stream()))
        .collect(Collectors.joining(","));
  }
}
