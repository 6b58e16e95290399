package nl.leerkring.portal.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import nl.leerkring.portal.Moderated;
import nl.leerkring.portal.PortalException;

/**
 * One post of a thread. Only its author changes it, and every change keeps the text it replaced as
 * a {@link PostVersion}; a hidden post is not changed until a coordinator restores it (the text a
 * coordinator judged stays what they judged). Moderation is the shared {@link Moderated} rule.
 */
@Entity
@Table(name = "conversation_post")
@NamedQuery(
    name = Post.OF_THREAD,
    query = "select p from Post p where p.conversationId = :thread order by p.number")
@NamedQuery(
    name = Post.SINCE_IN_CIRCLE,
    query =
        "select p from Post p where p.circleId = :circle and p.writtenAt >= :since"
            + " order by p.writtenAt desc")
public class Post {

  static final String OF_THREAD = "Post.ofThread";
  static final String SINCE_IN_CIRCLE = "Post.sinceInCircle";

  /** The longest post. */
  static final int BODY_MAX = 10_000;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Column(nullable = false)
  private int number;

  @Column(name = "author_id", nullable = false, length = 36)
  private String authorId;

  @Column(name = "author_name", nullable = false, length = 200)
  private String authorName;

  @Column(name = "author_tenant", length = 36)
  private String authorTenant;

  @Column(nullable = false, length = BODY_MAX)
  private String body;

  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  @Column(name = "edited_at")
  private Instant editedAt;

  @Column(nullable = false)
  private int edits;

  @Embedded private Moderated moderation = new Moderated();

  @Version private long version;

  protected Post() {}

  Post(
      Conversation thread,
      int number,
      String authorId,
      String authorName,
      String authorTenant,
      String body,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.conversationId = thread.id();
    this.circleId = thread.circleId();
    this.number = number;
    this.authorId = Objects.requireNonNull(authorId);
    this.authorName = authorName == null ? "" : authorName;
    this.authorTenant = authorTenant;
    this.body = Objects.requireNonNull(body);
    this.writtenAt = at;
  }

  /**
   * Changes the text; returns the version it replaced, to be kept. Only the author, not while
   * hidden.
   */
  PostVersion edit(String by, String newBody, Instant at) {
    if (!authorId.equals(by)) {
      throw PortalException.forbidden(ConversationCode.ONLY_AUTHOR);
    }
    if (!moderation.isVisible()) {
      throw PortalException.conflict(ConversationCode.HIDDEN_POST);
    }
    edits++;
    PostVersion replaced =
        new PostVersion(id, edits, body, editedAt == null ? writtenAt : editedAt);
    body = Objects.requireNonNull(newBody);
    editedAt = at;
    return replaced;
  }

  boolean readableBy(boolean coordinator, String accountId) {
    return moderation.readableBy(coordinator, authorId.equals(accountId));
  }

  public String id() {
    return id;
  }

  public String conversationId() {
    return conversationId;
  }

  public String circleId() {
    return circleId;
  }

  public int number() {
    return number;
  }

  public String authorId() {
    return authorId;
  }

  public String authorName() {
    return authorName;
  }

  public String authorTenant() {
    return authorTenant;
  }

  public String body() {
    return body;
  }

  public Instant writtenAt() {
    return writtenAt;
  }

  public Instant editedAt() {
    return editedAt;
  }

  public int edits() {
    return edits;
  }

  public Moderated moderation() {
    return moderation;
  }

  public long version() {
    return version;
  }
}
