package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One person's copy of a signal, in their inbox. Reading it marks it read; it stays a to-do (if its
 * kind is one) until a later signal about the same subject settles it.
 */
@Entity
@NamedQuery(
    name = Notification.WITH_LINK,
    query = "select x from Notification x where x.link = :link and x.text is not null")
@Table(name = "notification")
@NamedQuery(
    name = Notification.OF_ACCOUNT,
    query =
        "select n from Notification n where n.accountId = :account"
            + " and (:unread = false or n.readAt is null) order by n.createdAt desc, n.id")
@NamedQuery(
    name = Notification.COUNT_OF_ACCOUNT,
    query =
        "select count(n) from Notification n where n.accountId = :account"
            + " and (:unread = false or n.readAt is null)")
@NamedQuery(
    name = Notification.TODOS,
    query =
        "select n from Notification n where n.accountId = :account and n.doneAt is null"
            + " and n.kind in :kinds order by n.createdAt desc")
@NamedQuery(
    name = Notification.OPEN_ABOUT,
    query =
        "select n from Notification n where n.subjectId = :subject and n.kind in :kinds"
            + " and (n.circleId = :circle or n.circleId is null) and n.doneAt is null")
@NamedQuery(
    name = Notification.UNREAD_OF_ACCOUNT,
    query = "select n from Notification n where n.accountId = :account and n.readAt is null")
@NamedQuery(
    name = Notification.UNREAD_ABOUT,
    query =
        "select n from Notification n where n.accountId = :account and n.readAt is null"
            + " and n.subjectId = :subject")
@NamedQuery(
    name = Notification.UNREAD_SINCE,
    query =
        "select n from Notification n where n.accountId in :accounts and n.readAt is null"
            + " and n.createdAt >= :since order by n.createdAt desc, n.id")
@NamedQuery(
    name = Notification.DIGEST_CANDIDATES,
    query =
        "select distinct n.accountId from Notification n where n.readAt is null"
            + " and n.createdAt >= :since and not exists (select d from DigestMarker d"
            + " where d.accountId = n.accountId and d.name = :period) order by n.accountId")
public class Notification {

  public static final String UNREAD_SINCE = "Notification.unreadSince";
  public static final String UNREAD_ABOUT = "Notification.unreadAbout";
  public static final String WITH_LINK = "Notification.withLink";
  public static final String DIGEST_CANDIDATES = "Notification.digestCandidates";

  public static final String OF_ACCOUNT = "Notification.ofAccount";
  public static final String COUNT_OF_ACCOUNT = "Notification.countOfAccount";
  public static final String TODOS = "Notification.todos";
  public static final String OPEN_ABOUT = "Notification.openAbout";
  public static final String UNREAD_OF_ACCOUNT = "Notification.unreadOfAccount";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(name = "signal_id", nullable = false, length = 36)
  private String signalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private SignalKind kind;

  @Column(name = "circle_id", length = 36)
  private String circleId;

  @Column(name = "subject_id", nullable = false, length = 36)
  private String subjectId;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(nullable = false, length = 500)
  private String link;

  private LocalDate due;

  @Column(name = "excerpt", length = Signal.TEXT_MAX)
  private String text;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "read_at")
  private Instant readAt;

  @Column(name = "done_at")
  private Instant doneAt;

  protected Notification() {}

  Notification(String accountId, String signalId, Signal s, Instant createdAt) {
    this.id = UUID.randomUUID().toString();
    this.accountId = accountId;
    this.signalId = signalId;
    this.kind = s.kind();
    this.circleId = s.circleId();
    this.subjectId = s.subjectId();
    this.title = s.title();
    this.link = s.link();
    this.due = s.due();
    this.text = s.text();
    this.createdAt = createdAt;
    if (!s.kind().isTodo()) {
      this.doneAt = createdAt; // nothing to do: only news
    }
  }

  void read(Instant now) {
    if (readAt == null) {
      readAt = now;
    }
  }

  void done(Instant now) {
    if (doneAt == null) {
      doneAt = now;
    }
  }

  /**
   * As the inbox shows it; without its title once the subject has left the recipient's view (the
   * kind still says what happened).
   */
  InboxItem view(boolean subjectReadable) {
    return new InboxItem(
        id,
        kind.name(),
        subjectReadable ? title : null,
        link,
        createdAt,
        readAt != null,
        doneAt != null);
  }

  Todo todo(boolean subjectReadable) {
    return new Todo(kind.name(), subjectReadable ? title : null, link, due);
  }

  String accountId() {
    return accountId;
  }

  String id() {
    return id;
  }

  SignalKind kind() {
    return kind;
  }

  String circleId() {
    return circleId;
  }

  String subjectId() {
    return subjectId;
  }

  String title() {
    return title;
  }

  String link() {
    return link;
  }

  /** The words it is about (a reply's text), or {@code null}. */
  String text() {
    return text;
  }

  void forgetText() {
    text = null;
  }

  Instant createdAt() {
    return createdAt;
  }
}
