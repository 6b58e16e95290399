package nl.leerkring.portal.koffer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.publishing.PublicationView;

/** What the koffer's boundaries return. */
public final class Views {

  private Views() {}

  /** A method card in its own gemeente's workspace, with its publications. */
  public record MethodCardView(
      String id,
      long version,
      MethodContent card,
      Instant createdAt,
      String createdBy,
      Instant updatedAt,
      String updatedBy,
      List<PublicationView> publications) {}

  /** A use as published (and as its own gemeente keeps it). */
  public record UseContent(
      String methodId,
      String methodName,
      String wijk,
      String wijktype,
      LocalDate from,
      LocalDate until,
      String programmeAction,
      String whatHappened,
      String whatWorked,
      String whatToChange,
      Integer rating,
      List<String> documents) {

    /** The same use with other documents: none in a snapshot, publication ids for readers. */
    UseContent withDocuments(List<String> ids) {
      return new UseContent(
          methodId,
          methodName,
          wijk,
          wijktype,
          from,
          until,
          programmeAction,
          whatHappened,
          whatWorked,
          whatToChange,
          rating,
          ids);
    }

    static UseContent of(MethodUse u) {
      return new UseContent(
          u.methodId(),
          u.methodName(),
          u.wijk(),
          u.wijktype(),
          u.from(),
          u.until(),
          u.programmeAction(),
          u.whatHappened(),
          u.whatWorked(),
          u.whatToChange(),
          u.rating(),
          u.documents());
    }
  }

  /** A use in its own gemeente's workspace. */
  public record UseView(
      String id,
      long version,
      UseContent use,
      Instant createdAt,
      String createdBy,
      List<PublicationView> publications) {}

  /** A method in a circle's koffer, for lists. */
  public record KofferEntry(
      String methodId,
      String publicationId,
      String name,
      String summary,
      String evidence,
      String evidenceLabel,
      List<String> themes,
      List<String> wijktypes,
      List<String> vraagstukken,
      String gemeente,
      String circle,
      int uses,
      int gemeenten,
      BigDecimal averageRating) {}

  /** A published version of a card. */
  public record VersionView(
      String publicationId, int version, String status, Instant publishedAt, String by) {}

  /**
   * A use shown on a card: shared with the circle, or the viewer's own gemeente's (private).
   *
   * @param shared whether the use was published; false means only the viewer's gemeente sees it
   */
  public record UseOnCard(String gemeente, boolean shared, UseContent use) {}

  /** A published document that belongs to the method. */
  public record RelatedDocument(String publicationId, String title, String gemeente) {}

  /** Another method that shares vraagstukken or themes. */
  public record RelatedCard(String methodId, String name, List<String> shared) {}

  /** A comment under a card. */
  public record CommentView(
      String id,
      String author,
      String gemeente,
      String body,
      Instant at,
      String status,
      String hiddenReason,
      int reports) {}

  /** One card in the koffer, with everything around it. */
  public record KofferCard(
      String methodId,
      String publicationId,
      String gemeente,
      String circle,
      int version,
      Instant publishedAt,
      MethodContent card,
      List<VersionView> versions,
      List<UseOnCard> uses,
      List<RelatedDocument> documents,
      List<RelatedCard> related,
      List<CommentView> comments) {}
}
