package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/** How closely one person follows one circle; no row is {@link WatchLevel#NORMAL}. */
@Entity
@Table(name = "circle_watch")
@IdClass(PerAccount.class)
@NamedQuery(
    name = CircleWatch.OF_ACCOUNT,
    query = "select w from CircleWatch w where w.accountId in :accounts")
@NamedQuery(
    name = CircleWatch.OF_CIRCLE,
    query = "select w from CircleWatch w where w.name = :circle")
@NamedQuery(
    name = CircleWatch.WATCHERS,
    query =
        "select w.accountId from CircleWatch w where w.name = :circle"
            + " and w.level = nl.leerkring.portal.signals.WatchLevel.WATCHING")
public class CircleWatch {

  public static final String OF_ACCOUNT = "CircleWatch.ofAccount";
  public static final String OF_CIRCLE = "CircleWatch.ofCircle";
  public static final String WATCHERS = "CircleWatch.watchers";

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(name = "circle_id", length = 36)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private WatchLevel level;

  protected CircleWatch() {}

  CircleWatch(String accountId, String circleId, WatchLevel level) {
    this.accountId = Objects.requireNonNull(accountId);
    this.name = Objects.requireNonNull(circleId);
    this.level = Objects.requireNonNull(level);
  }

  void watch(WatchLevel to) {
    level = Objects.requireNonNull(to);
  }

  String accountId() {
    return accountId;
  }

  String circleId() {
    return name;
  }

  WatchLevel level() {
    return level;
  }
}
