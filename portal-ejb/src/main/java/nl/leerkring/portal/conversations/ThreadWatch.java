package nl.leerkring.portal.conversations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import nl.leerkring.portal.signals.WatchLevel;

/**
 * How closely one person follows one thread. Without a row the circle's level counts; posting in a
 * thread watches it (unless the person chose otherwise before).
 */
@Entity
@Table(name = "conversation_watch")
@NamedQuery(
    name = ThreadWatch.OF_THREAD,
    query = "select w from ThreadWatch w where w.conversationId = :thread")
@NamedQuery(
    name = ThreadWatch.ONE,
    query =
        "select w from ThreadWatch w where w.conversationId = :thread and w.accountId = :account")
public class ThreadWatch {

  static final String OF_THREAD = "ThreadWatch.ofThread";
  static final String ONE = "ThreadWatch.one";

  @Id
  @Column(length = 36)
  private String id;

  @Column(name = "account_id", nullable = false, length = 36)
  private String accountId;

  @Column(name = "conversation_id", nullable = false, length = 36)
  private String conversationId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private WatchLevel level;

  /** Whether the person chose it, rather than it following from a post of theirs. */
  @Column(nullable = false)
  private boolean chosen;

  protected ThreadWatch() {}

  ThreadWatch(String accountId, String conversationId, WatchLevel level, boolean chosen) {
    this.id = UUID.randomUUID().toString();
    this.accountId = Objects.requireNonNull(accountId);
    this.conversationId = Objects.requireNonNull(conversationId);
    this.level = Objects.requireNonNull(level);
    this.chosen = chosen;
  }

  void choose(WatchLevel to) {
    level = Objects.requireNonNull(to);
    chosen = true;
  }

  String accountId() {
    return accountId;
  }

  WatchLevel level() {
    return level;
  }
}
