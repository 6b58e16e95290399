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

/** How one person wants one kind of notification mailed; a kind without one has its default. */
@Entity
@Table(name = "notification_setting")
@IdClass(PerAccount.class)
@NamedQuery(
    name = NotificationSetting.OF_ACCOUNT,
    query = "select s from NotificationSetting s where s.accountId in :accounts")
public class NotificationSetting {

  /** The settings of the accounts {@code :accounts}. */
  public static final String OF_ACCOUNT = "NotificationSetting.ofAccounts";

  @Id
  @Column(name = "account_id", length = 36)
  private String accountId;

  @Id
  @Column(name = "kind", length = 40)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private Delivery delivery;

  protected NotificationSetting() {}

  public NotificationSetting(String accountId, String kind, Delivery delivery) {
    this.accountId = Objects.requireNonNull(accountId);
    this.name = Objects.requireNonNull(kind);
    this.delivery = Objects.requireNonNull(delivery);
  }

  public void deliver(Delivery how) {
    delivery = Objects.requireNonNull(how);
  }

  String accountId() {
    return accountId;
  }

  String kind() {
    return name;
  }

  public Delivery delivery() {
    return delivery;
  }
}
