package nl.leerkring.portal.signals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** How closely one person follows one circle; no row is {@link WatchLevel#NORMAL}. */
@Entity
@Table(name = "circle_watch")
@IdClass(CircleWatch.Key.class)
@NamedQuery(
    name = CircleWatch.OF_ACCOUNT,
    query = "select w from CircleWatch w where w.accountId = :account")
public class CircleWatch {

  public static final String OF_ACCOUNT = "CircleWatch.ofAccount";

  /** The primary key: one level per person and circle. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String accountId;
    private String circleId;

    public Key() {}

    public Key(String accountId, String circleId) {
      this.accountId = accountId;
      this.circleId = circleId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(circleId, k.circleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, circleId);
    }
  }

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(name = "circle_id", length = 36)
  private String circleId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private WatchLevel level;

  protected CircleWatch() {}

  CircleWatch(String accountId, String circleId, WatchLevel level) {
    this.accountId = Objects.requireNonNull(accountId);
    this.circleId = Objects.requireNonNull(circleId);
    this.level = Objects.requireNonNull(level);
  }

  void watch(WatchLevel to) {
    level = Objects.requireNonNull(to);
  }

  String circleId() {
    return circleId;
  }

  WatchLevel level() {
    return level;
  }
}
