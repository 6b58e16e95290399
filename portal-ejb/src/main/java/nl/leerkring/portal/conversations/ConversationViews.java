package nl.leerkring.portal.conversations;

import java.time.Instant;
import java.util.List;

/** What the conversations answer. */
public final class ConversationViews {

  private ConversationViews() {}

  /** The item a thread is about, with where it is read. */
  public record AboutRef(String kind, String id, String title, String link) {}

  /** A thread in a list: {@code replies} counts the posts after the opening one. */
  public record ThreadSummary(
      String id,
      String circle,
      String title,
      AboutRef about,
      String startedBy,
      Instant startedAt,
      Instant lastPostAt,
      int replies) {}

  /**
   * A post as its reader may see it: a hidden one only for coordinators and its author, with the
   * reason; {@code mine} when the reader wrote it (and so may change it).
   */
  public record PostView(
      String id,
      int number,
      String author,
      String gemeente,
      String body,
      Instant writtenAt,
      Instant editedAt,
      int edits,
      String status,
      String hiddenReason,
      int reports,
      boolean mine,
      long version) {}

  /** A thread with its posts; {@code watch} is the reader's level for it. */
  public record ThreadView(
      String id,
      String circle,
      String circleName,
      String title,
      AboutRef about,
      Instant startedAt,
      List<PostView> posts,
      String watch,
      boolean mayModerate) {}

  /** An earlier text of a post. */
  public record VersionView(int number, String body, Instant writtenAt) {}

  /** A reader's level for a thread. */
  public record WatchView(String thread, String level) {}
}
