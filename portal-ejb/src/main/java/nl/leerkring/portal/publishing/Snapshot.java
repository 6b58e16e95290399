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
 *     card's steps, a use's story); null for documents
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
    String details) {

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
  }
}
