package nl.leerkring.portal.programmes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.leerkring.tenants.tenancy.TenantOwned;

/**
 * A gemeente's choice to share one of its programme actions with a circle it belongs to, so its
 * members may cite the action in that circle's harvest. Withdrawing keeps the row, so a citation
 * can say "no longer shared" rather than vanish; sharing again takes it up where it was.
 */
@Entity
@Table(name = "programme_action_share")
@NamedQuery(
    name = ActionShare.OF_ACTION,
    query = "select s from ActionShare s where s.actionId = :action")
public class ActionShare extends TenantOwned {

  static final String OF_ACTION = "ActionShare.ofAction";

  @Column(name = "programme_id", nullable = false, length = 36)
  String programmeId;

  @Column(name = "action_id", nullable = false, length = 36)
  String actionId;

  @Column(name = "circle_id", nullable = false, length = 36)
  String circleId;

  @Column(name = "shared_by", nullable = false, length = 200)
  String sharedBy;

  @Column(name = "shared_at", nullable = false)
  Instant sharedAt;

  @Column(name = "withdrawn_at")
  Instant withdrawnAt;

  protected ActionShare() {}

  ActionShare(ProgrammeAction action, String circleId, String by, Instant now) {
    this.programmeId = action.programmeId();
    this.actionId = Objects.requireNonNull(action.id(), "An action is required.");
    this.circleId = Objects.requireNonNull(circleId, "A circle is required.");
    share(by, now);
  }

  /**
   * Shares (again): who shared it last and when. Sharing what is shared changes nothing, so a
   * repeated request keeps the first date.
   */
  boolean share(String by, Instant now) {
    if (isShared()) {
      return false;
    }
    this.sharedBy = Objects.requireNonNull(by, "Who shares is required.");
    this.sharedAt = Objects.requireNonNull(now, "A time is required.");
    this.withdrawnAt = null;
    return true;
  }

  /** Withdraws the share; withdrawing what is withdrawn changes nothing. */
  boolean withdraw(Instant now) {
    if (!isShared()) {
      return false;
    }
    this.withdrawnAt = Objects.requireNonNull(now, "A time is required.");
    return true;
  }

  public boolean isShared() {
    return sharedAt != null && withdrawnAt == null;
  }

  public String circleId() {
    return circleId;
  }

  public String actionId() {
    return actionId;
  }

  public String sharedBy() {
    return sharedBy;
  }

  public Instant sharedAt() {
    return sharedAt;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }
}
