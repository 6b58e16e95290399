package nl.leerkring.tenants.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViewerTest {

  static final TenantId BERG_EN_DAL = new TenantId("tenant-berg-en-dal");
  static final TenantId NIJMEGEN = new TenantId("tenant-nijmegen");
  static final CircleId WIJKAANPAK = new CircleId("circle-wijkaanpak");
  static final CircleId MANTELZORG = new CircleId("circle-mantelzorg");

  static CircleGrant grant(CircleId circle, CircleRole role) {
    return new CircleGrant(circle, circle.value().substring("circle-".length()), "Leerkring", role);
  }

  static Viewer member(TenantId tenant, CircleGrant... circles) {
    return new Viewer("acc-m", "m", "Member", tenant, Set.of(Role.MEMBER), List.of(circles));
  }

  static Viewer tenantAdmin(TenantId tenant) {
    return new Viewer(
        "acc-ta", "ta", "Tenant admin", tenant, Set.of(Role.MEMBER, Role.TENANT_ADMIN), List.of());
  }

  static Viewer platformAdmin() {
    return new Viewer(
        "acc-pa", "pa", "Platform admin", null, Set.of(Role.PLATFORM_ADMIN), List.of());
  }

  static Viewer facilitator(CircleId circle) {
    return new Viewer(
        "acc-f",
        "f",
        "Facilitator",
        null,
        Set.of(Role.FACILITATOR),
        List.of(grant(circle, CircleRole.FACILITATOR)));
  }

  static Viewer researcher(CircleId circle) {
    return new Viewer(
        "acc-r",
        "r",
        "Researcher",
        null,
        Set.of(Role.RESEARCHER),
        List.of(grant(circle, CircleRole.RESEARCHER)));
  }

  @Test
  void anonymousViewerHasNoTenantRolesOrCircles() {
    Viewer anonymous = Viewer.anonymous();

    assertTrue(anonymous.isAnonymous());
    assertEquals(Optional.empty(), anonymous.homeTenant());
    assertTrue(anonymous.roles().isEmpty());
    assertTrue(anonymous.circles().isEmpty());
    assertTrue(anonymous.readableCircles().isEmpty());
    assertFalse(anonymous.isPlatformAdmin());
  }

  @Test
  void anonymousViewerMayNothingInAnyTenantOrCircle() {
    Viewer anonymous = Viewer.anonymous();

    assertFalse(anonymous.belongsTo(BERG_EN_DAL));
    assertFalse(anonymous.mayWorkIn(BERG_EN_DAL));
    assertFalse(anonymous.mayAdminister(BERG_EN_DAL));
    assertFalse(anonymous.takesPartIn(WIJKAANPAK));
    assertFalse(anonymous.coordinates(WIJKAANPAK));
  }

  @Test
  void anonymousViewerBelongsToNoTenantEvenWhenAskedAboutNone() {
    assertFalse(Viewer.anonymous().belongsTo(null));
  }

  @Test
  void signedInViewerIsNotAnonymous() {
    assertFalse(member(BERG_EN_DAL).isAnonymous());
  }

  @Test
  void memberBelongsToAndWorksInOwnTenantOnly() {
    Viewer member = member(BERG_EN_DAL);

    assertEquals(Optional.of(BERG_EN_DAL), member.homeTenant());
    assertTrue(member.belongsTo(BERG_EN_DAL));
    assertTrue(member.mayWorkIn(BERG_EN_DAL));
    assertFalse(member.belongsTo(NIJMEGEN));
    assertFalse(member.mayWorkIn(NIJMEGEN));
  }

  @Test
  void memberMayNotAdministerEvenOwnTenant() {
    Viewer member = member(BERG_EN_DAL);

    assertFalse(member.mayAdminister(BERG_EN_DAL));
    assertFalse(member.mayAdminister(NIJMEGEN));
  }

  @Test
  void memberTakesPartInTheCirclesOfTheirTenantWithoutCoordinating() {
    Viewer member = member(BERG_EN_DAL, grant(WIJKAANPAK, CircleRole.MEMBER));

    assertTrue(member.takesPartIn(WIJKAANPAK));
    assertFalse(member.takesPartIn(MANTELZORG));
    assertFalse(member.coordinates(WIJKAANPAK));
    assertEquals(Set.of(WIJKAANPAK), member.readableCircles());
  }

  @Test
  void tenantAdminAdministersOwnTenantOnly() {
    Viewer admin = tenantAdmin(BERG_EN_DAL);

    assertTrue(admin.mayAdminister(BERG_EN_DAL));
    assertTrue(admin.mayWorkIn(BERG_EN_DAL));
    assertFalse(admin.mayAdminister(NIJMEGEN));
    assertFalse(admin.mayWorkIn(NIJMEGEN));
    assertFalse(admin.isPlatformAdmin());
  }

  @Test
  void platformAdminWorksInAndAdministersEveryTenantWithoutBelongingToOne() {
    Viewer admin = platformAdmin();

    assertTrue(admin.isPlatformAdmin());
    assertTrue(admin.mayWorkIn(BERG_EN_DAL));
    assertTrue(admin.mayWorkIn(NIJMEGEN));
    assertTrue(admin.mayAdminister(BERG_EN_DAL));
    assertTrue(admin.mayAdminister(NIJMEGEN));
    assertFalse(admin.belongsTo(BERG_EN_DAL));
    assertEquals(Optional.empty(), admin.homeTenant());
  }

  @Test
  void platformAdminReadsNoCircleWithoutAGrant() {
    Viewer admin = platformAdmin();

    assertTrue(admin.readableCircles().isEmpty());
    assertFalse(admin.takesPartIn(WIJKAANPAK));
    assertFalse(admin.coordinates(WIJKAANPAK));
  }

  @Test
  void facilitatorTakesPartInTheirCircleButWorksInNoTenant() {
    Viewer facilitator = facilitator(MANTELZORG);

    assertTrue(facilitator.takesPartIn(MANTELZORG));
    assertFalse(facilitator.takesPartIn(WIJKAANPAK));
    assertFalse(facilitator.coordinates(MANTELZORG));
    assertEquals(Set.of(MANTELZORG), facilitator.readableCircles());
    assertEquals(Optional.empty(), facilitator.homeTenant());
    assertFalse(facilitator.mayWorkIn(BERG_EN_DAL));
    assertFalse(facilitator.mayAdminister(BERG_EN_DAL));
  }

  @Test
  void researcherReadsTheGrantedCircleOnly() {
    Viewer researcher = researcher(WIJKAANPAK);

    assertEquals(Set.of(WIJKAANPAK), researcher.readableCircles());
    assertTrue(researcher.takesPartIn(WIJKAANPAK));
    assertFalse(researcher.takesPartIn(MANTELZORG));
    assertFalse(researcher.coordinates(WIJKAANPAK));
    assertFalse(researcher.mayWorkIn(BERG_EN_DAL));
  }

  @Test
  void coordinatorCoordinatesOnlyTheCircleTheyModerate() {
    Viewer coordinator =
        new Viewer(
            "acc-c",
            "c",
            "Coordinator",
            BERG_EN_DAL,
            Set.of(Role.MEMBER, Role.COORDINATOR),
            List.of(
                grant(WIJKAANPAK, CircleRole.MEMBER), grant(MANTELZORG, CircleRole.COORDINATOR)));

    assertTrue(coordinator.coordinates(MANTELZORG));
    assertFalse(coordinator.coordinates(WIJKAANPAK));
    assertEquals(Set.of(WIJKAANPAK, MANTELZORG), coordinator.readableCircles());
  }

  @Test
  void readableCirclesCountACircleOnceWhateverTheNumberOfGrants() {
    Viewer viewer =
        member(
            BERG_EN_DAL,
            grant(WIJKAANPAK, CircleRole.MEMBER),
            grant(WIJKAANPAK, CircleRole.COORDINATOR));

    assertEquals(Set.of(WIJKAANPAK), viewer.readableCircles());
    assertEquals(2, viewer.circles().size());
  }

  @Test
  void circlesAreOrderedBySlugThenRole() {
    Viewer viewer =
        member(
            BERG_EN_DAL,
            grant(WIJKAANPAK, CircleRole.COORDINATOR),
            grant(MANTELZORG, CircleRole.MEMBER),
            grant(WIJKAANPAK, CircleRole.MEMBER));

    assertEquals(
        List.of(
            grant(MANTELZORG, CircleRole.MEMBER),
            grant(WIJKAANPAK, CircleRole.MEMBER),
            grant(WIJKAANPAK, CircleRole.COORDINATOR)),
        viewer.circles());
  }

  @Test
  void viewerIsNotChangedByLaterChangesToItsInputs() {
    Set<Role> roles = EnumSet.of(Role.MEMBER);
    List<CircleGrant> circles = new ArrayList<>(List.of(grant(WIJKAANPAK, CircleRole.MEMBER)));
    Viewer viewer = new Viewer("acc", "u", "U", BERG_EN_DAL, roles, circles);

    roles.add(Role.PLATFORM_ADMIN);
    circles.add(grant(MANTELZORG, CircleRole.MEMBER));

    assertFalse(viewer.isPlatformAdmin());
    assertEquals(Set.of(WIJKAANPAK), viewer.readableCircles());
    assertThrows(
        UnsupportedOperationException.class, () -> viewer.roles().add(Role.PLATFORM_ADMIN));
    assertThrows(
        UnsupportedOperationException.class,
        () -> viewer.circles().add(grant(MANTELZORG, CircleRole.MEMBER)));
    assertThrows(
        UnsupportedOperationException.class, () -> viewer.readableCircles().add(MANTELZORG));
  }

  @Test
  void systemViewerIsATenantlessPlatformAdmin() {
    Viewer system = Viewer.system();

    assertFalse(system.isAnonymous());
    assertTrue(system.isPlatformAdmin());
    assertEquals(Optional.empty(), system.homeTenant());
  }
}
