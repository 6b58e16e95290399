package nl.leerkring.portal.setup;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import nl.leerkring.portal.documents.DocumentMetadata;
import nl.leerkring.portal.documents.Upload;

/**
 * One case document of the demo: its metadata and text come from the resources in {@code
 * demo-documents/} beside this class. {@code index.properties} describes every document in a block
 * of {@code <key>.<field>} lines; the text is {@code <key>.txt}.
 *
 * @param key the file name without {@code .txt}, e.g. {@code duiven-2025-voortgang-blijfwijk}
 * @param gemeente the slug of the demo tenant that owns it, e.g. {@code berg-en-dal}
 * @param publish whether and how the demo publishes it to the leerkring
 */
record DemoDocument(
    String key,
    String gemeente,
    String title,
    String type,
    LocalDate date,
    String number,
    String programme,
    List<String> themes,
    List<String> tags,
    List<String> wijken,
    String summary,
    Publish publish) {

  static final String FOLDER = "demo-documents/";
  static final String INDEX = FOLDER + "index.properties";

  private static final Set<String> FIELDS =
      Set.of(
          "gemeente",
          "title",
          "type",
          "date",
          "number",
          "programme",
          "themes",
          "tags",
          "wijken",
          "summary",
          "publish");

  /** Where the demo shares a document: not at all, with the leerkring, or with everyone. */
  enum Publish {
    NONE,
    CIRCLE,
    PUBLIC;

    /** The scope to submit with; only for documents that are published. */
    String scope() {
      if (this == NONE) {
        throw new IllegalStateException("A private demo document has no scope.");
      }
      return name();
    }
  }

  DemoDocument {
    themes = List.copyOf(themes);
    tags = List.copyOf(tags);
    wijken = List.copyOf(wijken);
  }

  /** The demo account that uploads it: {@code <slug without dashes>.lid}. */
  String member() {
    return memberOf(gemeente);
  }

  static String memberOf(String slug) {
    return slug.replace("-", "") + ".lid";
  }

  String fileName() {
    return key + ".txt";
  }

  DocumentMetadata metadata() {
    return new DocumentMetadata(
        title, type, date, number, programme, themes, tags, wijken, summary);
  }

  /** The text file; the caller closes it. */
  InputStream content() {
    return open(FOLDER + fileName());
  }

  /** The text file as an upload of plain text. */
  Upload upload(InputStream content) {
    return new Upload(content, fileName(), "text/plain");
  }

  /** The text, for checks. */
  String text() {
    try (InputStream in = content()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every demo document, oldest first (then by key), so the newest ends on top of the lists. */
  static List<DemoDocument> all() {
    Properties index = new Properties();
    try (Reader in = new InputStreamReader(open(INDEX), StandardCharsets.UTF_8)) {
      index.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Map<String, String>> blocks = new TreeMap<>();
    for (String name : index.stringPropertyNames()) {
      int dot = name.lastIndexOf('.');
      String field = dot < 0 ? "" : name.substring(dot + 1);
      if (dot <= 0 || !FIELDS.contains(field)) {
        throw new IllegalStateException("Unknown line '" + name + "' in " + INDEX + ".");
      }
      blocks
          .computeIfAbsent(name.substring(0, dot), k -> new TreeMap<>())
          .put(field, index.getProperty(name).strip());
    }
    List<DemoDocument> out = new ArrayList<>();
    blocks.forEach((key, fields) -> out.add(of(key, fields)));
    out.sort(Comparator.comparing(DemoDocument::date).thenComparing(DemoDocument::key));
    return List.copyOf(out);
  }

  private static DemoDocument of(String key, Map<String, String> f) {
    for (String required : List.of("gemeente", "title", "type", "date", "summary", "publish")) {
      if (f.getOrDefault(required, "").isEmpty()) {
        throw new IllegalStateException(INDEX + ": '" + key + "' has no " + required + ".");
      }
    }
    LocalDate date;
    Publish publish;
    try {
      date = LocalDate.parse(f.get("date"));
      publish = Publish.valueOf(f.get("publish").toUpperCase(Locale.ROOT));
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw new IllegalStateException(INDEX + ": '" + key + "': " + e.getMessage(), e);
    }
    return new DemoDocument(
        key,
        f.get("gemeente"),
        f.get("title"),
        f.get("type"),
        date,
        f.get("number"),
        f.get("programme"),
        list(f.get("themes")),
        list(f.get("tags")),
        list(f.get("wijken")),
        f.get("summary"),
        publish);
  }

  private static List<String> list(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static InputStream open(String resource) {
    InputStream in = DemoDocument.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing demo resource " + resource + ".");
    }
    return in;
  }
}
