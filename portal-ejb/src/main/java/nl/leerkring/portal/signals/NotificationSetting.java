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

/** How one person wants one kind of notification mailed; a kind without one has its default. */
@Entity
@Table(name = "notification_setting")
@IdClass(NotificationSetting.Key.class)
@NamedQuery(
    name = NotificationSetting.OF_ACCOUNT,
    query = "select s from NotificationSetting s where s.accountId = :account")
public class NotificationSetting {

  public static final String OF_ACCOUNT = "NotificationSetting.ofAccount";

  /** The primary key: one setting per person and kind. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String accountId;
    private String kind;

    public Key() {}

    public Key(String accountId, String kind) {
      this.accountId = accountId;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && Objects.equals(accountId, k.accountId)
          && Objects.equals(kind, k.kind);
    }

    @Override
    public int hashCode() {
      return Objects.hash(accountId, kind);
    }
  }

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(length = 40)
  private String kind;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Delivery delivery;

  protected NotificationSetting() {}

  public NotificationSetting(String accountId, String kind, Delivery delivery) {
    this.accountId = Objects.requireNonNull(accountId);
    this.kind = Objects.requireNonNull(kind);
    this.delivery = Objects.requireNonNull(delivery);
  }

  public void deliver(Delivery how) {
    delivery = Objects.requireNonNull(how);
  }

  String kind() {
    return kind;
  }

  public Delivery delivery() {
    return delivery;
  }
}
