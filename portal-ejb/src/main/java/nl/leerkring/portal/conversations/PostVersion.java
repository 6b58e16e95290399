package nl.leerkring.portal.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A text a post once had, kept when its author changed it: its history. */
@Entity
@Table(name = "conversation_post_version")
@NamedQuery(
    name = PostVersion.OF_POST,
    query = "select v from PostVersion v where v.postId = :post order by v.number desc")
public class PostVersion {

  static final String OF_POST = "PostVersion.ofPost";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "post_id", nullable = false, length = 36)
  private String postId;

  /** 1 for the text as first written, 2 for the first change, … */
  @Column(nullable = false)
  private int number;

  @Column(nullable = false, length = Post.BODY_MAX)
  private String body;

  /** When this text was written. */
  @Column(name = "written_at", nullable = false)
  private Instant writtenAt;

  protected PostVersion() {}

  PostVersion(String postId, int number, String body, Instant writtenAt) {
    this.id = UUID.randomUUID().toString();
    this.postId = postId;
    this.number = number;
    this.body = body;
    this.writtenAt = writtenAt;
  }

  public int number() {
    return number;
  }

  public String body() {
    return body;
  }

  public Instant writtenAt() {
    return writtenAt;
  }
}
