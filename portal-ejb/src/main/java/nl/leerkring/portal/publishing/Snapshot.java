package nl.leerkring.portal.publishing;

import java.time.LocalDate;
import java.util.List;

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

  /** The same snapshot with other references: what a reader gets in place of workspace ids. */
  Snapshot referring(List<String> publications) {
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
        details,
        publications);
  }
}
