package nl.leerkring.portal.publishing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A publication as its owner, a coordinator or a reader sees it.
 *
 * @param itemDate the item's own date (a document's), else the day it was published or submitted
 * @param type the item's type code (a document's), null for other kinds
 * @param typeLabel that type as the owner's gemeente names it
 * @param themes the item's themes
 * @param summary the item's summary
 */
public record PublicationView(
    String id,
    String kind,
    String subjectId,
    String title,
    String scope,
    String circle,
    String status,
    String reason,
    String ownerTenant,
    String ownerName,
    String submittedBy,
    Instant submittedAt,
    String decidedBy,
    Instant decidedAt,
    Snapshot snapshot,
    String aboutId,
    LocalDate itemDate,
    String type,
    String typeLabel,
    List<String> themes,
    String summary,
    String circleName) {

  public PublicationView {
    themes = themes == null ? List.of() : List.copyOf(themes);
  }
}
