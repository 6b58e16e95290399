package nl.leerkring.portal.mail;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One mail waiting to be sent, written in the transaction that caused it. It is sent once it is due
 * ({@code holdUntil}), retried with growing pauses when the server refuses it, and given up after
 * {@link #MAX_ATTEMPTS}. Not tenant-owned: it belongs to its recipient, and its text was rendered
 * from what that recipient may read.
 */
@Entity
@Table(name = "mail_queue")
@NamedQuery(
    name = QueuedMail.DUE,
    query =
        "select m.id from QueuedMail m where m.sentAt is null and m.droppedAt is null"
            + " and m.holdUntil <= :now order by m.holdUntil, m.id")
@NamedQuery(
    name = QueuedMail.BY_UNSUBSCRIBE,
    query = "select m from QueuedMail m where m.unsubscribeToken = :token")
@NamedQuery(
    name = QueuedMail.PENDING_OF_KIND,
    query =
        "select m from QueuedMail m where m.accountId = :account and m.kind = :kind"
            + " and m.sentAt is null and m.droppedAt is null")
@NamedQuery(
    name = QueuedMail.PENDING_OF_NOTIFICATIONS,
    query =
        "select m from QueuedMail m where m.notificationId in :ids"
            + " and m.sentAt is null and m.droppedAt is null")
public class QueuedMail {

  public static final String DUE = "QueuedMail.due";
  public static final String BY_UNSUBSCRIBE = "QueuedMail.byUnsubscribe";
  public static final String PENDING_OF_KIND = "QueuedMail.pendingOfKind";
  public static final String PENDING_OF_NOTIFICATIONS = "QueuedMail.pendingOfNotifications";

  /** After this many refusals by the mail server the mail is given up. */
  static final int MAX_ATTEMPTS = 8;

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", length = 36)
  private String accountId;

  @Column(nullable = false, length = 200)
  private String recipient;

  @Column(nullable = false, length = 5)
  private String language;

  @Column(nullable = false, length = 300)
  private String subject;

  @Column(nullable = false, length = 100_000)
  private String body;

  @Column(length = 40)
  private String kind;

  @Column(name = "unsubscribe_token", length = 64, unique = true)
  private String unsubscribeToken;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "hold_until", nullable = false)
  private Instant holdUntil;

  @Column(name = "sent_at")
  private Instant sentAt;

  @Column(name = "dropped_at")
  private Instant droppedAt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "last_error", length = 1000)
  private String lastError;

  @Column(name = "notification_id", length = 36)
  private String notificationId;

  protected QueuedMail() {}

  QueuedMail(
      Letter letter, String unsubscribeToken, Instant now, Duration hold, String notificationId) {
    this(letter, unsubscribeToken, now, hold);
    this.notificationId = notificationId;
  }

  QueuedMail(Letter letter, String unsubscribeToken, Instant now, Duration hold) {
    this.id = UUID.randomUUID().toString();
    this.accountId = letter.accountId();
    this.recipient = Objects.requireNonNull(letter.to());
    this.language = letter.language();
    this.subject = letter.subject();
    this.body = letter.body();
    this.kind = letter.kind();
    this.unsubscribeToken = unsubscribeToken;
    this.createdAt = now;
    this.holdUntil = now.plus(hold);
  }

  boolean isPending() {
    return sentAt == null && droppedAt == null;
  }

  void sent(Instant now) {
    sentAt = now;
  }

  /** The server refused it: try again later, with a pause that doubles, or give up. */
  void failed(Instant now, String error) {
    attempts++;
    lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
    if (attempts >= MAX_ATTEMPTS) {
      droppedAt = now;
    } else {
      holdUntil = now.plus(Duration.ofMinutes(1L << attempts));
    }
  }

  /** No longer wanted (the person saw it in the portal, or unsubscribed): never sent. */
  void drop(Instant now) {
    if (isPending()) {
      droppedAt = now;
    }
  }

  Letter letter() {
    return new Letter(accountId, recipient, language, subject, body, kind);
  }

  public String id() {
    return id;
  }

  String accountId() {
    return accountId;
  }

  String kind() {
    return kind;
  }

  String unsubscribeToken() {
    return unsubscribeToken;
  }

  int attempts() {
    return attempts;
  }
}
