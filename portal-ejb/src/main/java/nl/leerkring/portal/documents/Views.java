package nl.leerkring.portal.documents;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the documents boundary answers. */
public final class Views {

  private Views() {}

  /** One file of a document. */
  public record FileView(
      String id,
      String kind,
      int version,
      Integer annexNo,
      String title,
      String fileName,
      String contentType,
      long size,
      int characters,
      boolean textTruncated,
      Instant uploadedAt,
      String uploadedBy) {

    static FileView of(DocumentFile f) {
      return new FileView(
          f.id(),
          f.kind().name(),
          f.fileVersion(),
          f.annexNo(),
          f.title(),
          f.fileName(),
          f.contentType(),
          f.size(),
          f.characters(),
          f.textTruncated(),
          f.uploadedAt(),
          f.uploadedBy());
    }
  }

  /**
   * A case document with its current file, earlier versions and annexes. {@code version} is the
   * optimistic version an edit must send back; {@code fileVersion} the number of the current
   * original.
   */
  public record DocumentView(
      String id,
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
      String status,
      long version,
      int fileVersion,
      FileView file,
      List<FileView> earlierVersions,
      List<FileView> annexes,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      List<nl.leerkring.portal.publishing.PublicationView> publications,
      List<HistoryView> history) {}

  /**
   * One line of a document's history: {@code what} is EDITED, DELETED or RESTORED; {@code fields}
   * the fields an edit changed.
   */
  public record HistoryView(Instant at, String by, String what, List<String> fields) {

    static HistoryView of(DocumentEvent e) {
      return new HistoryView(e.at(), e.by(), e.what().name(), e.fields());
    }
  }

  /**
   * A document in a list. {@code status} is PRIVATE, SUBMITTED, PUBLISHED, HIDDEN or RETURNED (see
   * {@link Documents#status}); in the prullenbak, {@code deletedAt}, {@code deletedBy} and {@code
   * purgeAfter} (when it is removed for good) are set, else null.
   */
  public record DocumentSummary(
      String id,
      String title,
      String type,
      String typeLabel,
      LocalDate date,
      String number,
      List<String> themes,
      List<String> wijken,
      String status,
      long version,
      int fileVersion,
      Instant deletedAt,
      String deletedBy,
      Instant purgeAfter) {}
}
