package nl.leerkring.portal.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;

/** Who takes part in a circle's life, from the viewer's grants (issue F7 §4). */
class ParticipationTest {

  private static final String CIRCLE = "circle-1";

  private static Viewer with(CircleRole role, String circle) {
    return new Viewer(
        "acc",
        "u",
        "U",
        role == CircleRole.MEMBER ? new TenantId("t") : null,
        Set.of(Role.MEMBER),
        List.of(new CircleGrant(new CircleId(circle), "kring", "Kring", role)));
  }

  @Test
  void eachRoleTakesPartAsTheIssueSays() {
    assertEquals(
        new Participation(true, false, true),
        Participation.of(with(CircleRole.MEMBER, CIRCLE), CIRCLE));
    assertEquals(
        new Participation(true, true, true),
        Participation.of(with(CircleRole.COORDINATOR, CIRCLE), CIRCLE));
    assertEquals(
        new Participation(true, true, true),
        Participation.of(with(CircleRole.FACILITATOR, CIRCLE), CIRCLE));
    assertEquals(
        new Participation(false, false, true),
        Participation.of(with(CircleRole.RESEARCHER, CIRCLE), CIRCLE));
  }

  @Test
  void anotherCirclesPeopleAndAnonymousReadNothing() {
    Participation none = new Participation(false, false, false);
    assertEquals(none, Participation.of(with(CircleRole.COORDINATOR, "other"), CIRCLE));
    assertEquals(none, Participation.of(Viewer.anonymous(), CIRCLE));
    assertEquals(none, Participation.of(null, CIRCLE));
  }
}
