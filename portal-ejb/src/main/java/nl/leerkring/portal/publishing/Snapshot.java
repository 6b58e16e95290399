package nl.leerkring.portal.publishing;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a reader of a publication gets: the item's description and files as they were when
 * submitted.
 *
 * @param kind what is published, e.g. {@code document}
 * @param subjectId the id of the item in the owner's workspace
 * @param about the item this one is about, if any (a use is about a method); null otherwise
 * @param details the kind's own content as JSON, written and read by the item's boundary (a method
 *     card's steps, a use's story); null for documents. It holds no workspace ids: those go in
 *     {@code refers}
 * @param refers other items of the owner's workspace this one refers to (a card's materials, the
 *     documents of a use), by their workspace ids as submitted. Readers never get these: in a
 *     {@link PublicationView} they are replaced, when read, by the ids of those items' publications
 *     that the reader may open (see {@link Publications})
 */
public record Snapshot(
    String kind,
    String subjectId,
    String title,
    String type,
    String typeLabel,
    LocalDate date,
    String number,
    String programme,
    List<String> themes,
    List<String> tags,
    List<String> wijken,
    String summary,
    int version,
    List<SnapshotFile> files,
    String about,
    String details,
    List<String> refers) {

  /**
   * The JSON-P provider, looked up once: {@code Json.createReader} and friends look it up on every
   * call through the service loader, under the class loader's lock (a soak's flight recording found
   * request threads queueing there).
   */
  private static final JsonProvider JSON_P = JsonProvider.provider();

  /** One file of a snapshot; {@code annexNo} is null for the original. */
  public record SnapshotFile(
      Integer annexNo,
      String title,
      String fileName,
      String contentType,
      long size,
      String blob,
      String text) {}

  // One canonical constructor only: JSON-B refuses to read a record that has more than one.
  public Snapshot {
    themes = themes == null ? List.of() : List.copyOf(themes);
    tags = tags == null ? List.of() : List.copyOf(tags);
    wijken = wijken == null ? List.of() : List.copyOf(wijken);
    files = files == null ? List.of() : List.copyOf(files);
    refers = refers == null ? List.of() : List.copyOf(refers);
  }

  /** Where snapshots approved before references were kept apart held them, inside details. */
  private static final Set<String> LEGACY_REFERENCES = Set.of("materials", "documents");

  /**
   * A stored snapshot as it is read. Snapshots approved before F10 hold a card's materials or a
   * use's documents (workspace ids) inside {@code details}; they are lifted into {@code refers}
   * here, leaving empty lists behind, so no reader and no search text gets a workspace id whenever
   * the snapshot was made. The stored row is not touched: a snapshot never changes.
   */
  static Snapshot read(Jsonb json, String stored) {
    Snapshot s = json.fromJson(stored, Snapshot.class);
    return s.details() == null || s.details().isBlank() ? s : s.liftedReferences();
  }

  private Snapshot liftedReferences() {
    JsonValue parsed;
    try (JsonReader reader = JSON_P.createReader(new StringReader(details))) {
      parsed = reader.readValue();
    }
    if (!(parsed instanceof JsonObject content)) {
      return this;
    }
    List<String> lifted = new ArrayList<>(refers);
    JsonObjectBuilder kept = JSON_P.createObjectBuilder();
    boolean found = false;
    for (var field : content.entrySet()) {
      if (LEGACY_REFERENCES.contains(field.getKey())
          && field.getValue() instanceof JsonArray ids
          && !ids.isEmpty()) {
        found = true;
        for (JsonValue id : ids) {
          if (id instanceof JsonString text && !lifted.contains(text.getString())) {
            lifted.add(text.getString());
          }
        }
        kept.add(field.getKey(), JsonValue.EMPTY_JSON_ARRAY);
      } else {
        kept.add(field.getKey(), field.getValue());
      }
    }
    if (!found) {
      return this;
    }
    return with(kept.build().toString(), lifted);
  }

  /** The same snapshot with other references: what a reader gets in place of workspace ids. */
  Snapshot referring(List<String> publications) {
    return with(details, publications);
  }

  private Snapshot with(String otherDetails, List<String> otherRefers) {
    return new Snapshot(
        kind,
        subjectId,
        title,
        type,
        typeLabel,
        date,
        number,
        programme,
        themes,
        tags,
        wijken,
        summary,
        version,
        files,
        about,
        otherDetails,
        otherRefers);
  }
}
