package nl.leerkring.portal.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A thread (gesprek) in a circle: free ("vraag aan de kring") or about one of the circle's items.
 * It belongs to the circle, not to a gemeente's workspace: everyone who reads the circle reads it
 * while they may read what it is about. Its posts are {@link Post}s; the first is its opening.
 */
@Entity
@Table(name = "conversation")
@NamedQuery(
    name = Conversation.OF_CIRCLE,
    query = "select c from Conversation c where c.circleId = :circle order by c.lastPostAt desc")
@NamedQuery(
    name = Conversation.ABOUT,
    query =
        "select c from Conversation c where c.aboutKind = :kind and c.aboutId = :about"
            + " order by c.lastPostAt desc")
public class Conversation {

  static final String OF_CIRCLE = "Conversation.ofCircle";
  static final String ABOUT = "Conversation.about";

  /** The longest title. */
  static final int TITLE_MAX = 200;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "circle_id", nullable = false, length = 36)
  private String circleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "about_kind", length = 10)
  private AboutKind aboutKind;

  @Column(name = "about_id", length = 36)
  private String aboutId;

  @Column(name = "about_title", length = 300)
  private String aboutTitle;

  @Column(nullable = false, length = TITLE_MAX)
  private String title;

  @Column(name = "started_by", nullable = false, length = 36)
  private String startedBy;

  @Column(name = "started_by_name", nullable = false, length = 200)
  private String startedByName;

  @Column(name = "started_at", nullable = false)
  private Instant startedAt;

  @Column(name = "last_post_at", nullable = false)
  private Instant lastPostAt;

  @Column(nullable = false)
  private int posts;

  protected Conversation() {}

  Conversation(
      String circleId,
      AboutKind aboutKind,
      String aboutId,
      String aboutTitle,
      String title,
      String startedBy,
      String startedByName,
      Instant at) {
    this.id = UUID.randomUUID().toString();
    this.circleId = Objects.requireNonNull(circleId);
    this.aboutKind = aboutKind;
    this.aboutId = aboutId;
    this.aboutTitle =
        aboutTitle == null || aboutTitle.length() <= 300
            ? aboutTitle
            : aboutTitle.substring(0, 300);
    this.title = Objects.requireNonNull(title);
    this.startedBy = Objects.requireNonNull(startedBy);
    this.startedByName = startedByName == null ? "" : startedByName;
    this.startedAt = at;
    this.lastPostAt = at;
  }

  /** The next post's number (the opening is 1) and the time of the newest. */
  int added(Instant at) {
    posts++;
    if (at.isAfter(lastPostAt)) {
      lastPostAt = at;
    }
    return posts;
  }

  public String id() {
    return id;
  }

  public String circleId() {
    return circleId;
  }

  public AboutKind aboutKind() {
    return aboutKind;
  }

  public String aboutId() {
    return aboutId;
  }

  public String aboutTitle() {
    return aboutTitle;
  }

  public String title() {
    return title;
  }

  public String startedBy() {
    return startedBy;
  }

  public String startedByName() {
    return startedByName;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastPostAt() {
    return lastPostAt;
  }

  public int posts() {
    return posts;
  }

  /** Where the thread is read, at one of its posts. */
  String link(String postId) {
    return "app/thread.xhtml?id=" + id + (postId == null ? "" : "#post-" + postId);
  }
}
