package nl.leerkring.tenants.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;

/**
 * An account's part in a circle other than through its tenant: coordinator, facilitator or
 * researcher.
 */
@Embeddable
public class CircleAssignment {

  @Column(name = "circle_id", length = 36, nullable = false)
  private String circleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "circle_role", length = 20, nullable = false)
  private CircleRole role;

  protected CircleAssignment() {}

  public CircleAssignment(CircleId circle, CircleRole role) {
    if (role == CircleRole.MEMBER) {
      throw new IllegalArgumentException(
          "Circle membership comes from the tenant, not an assignment.");
    }
    this.circleId = circle.value();
    this.role = Objects.requireNonNull(role);
  }

  public CircleId circle() {
    return new CircleId(circleId);
  }

  public CircleRole role() {
    return role;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CircleAssignment that
        && Objects.equals(circleId, that.circleId)
        && role == that.role;
  }

  @Override
  public int hashCode() {
    return Objects.hash(circleId, role);
  }
}
