package nl.leerkring.tenants.tenancy;

import static nl.leerkring.tenants.tenancy.ViewerTest.BERG_EN_DAL;
import static nl.leerkring.tenants.tenancy.ViewerTest.MANTELZORG;
import static nl.leerkring.tenants.tenancy.ViewerTest.NIJMEGEN;
import static nl.leerkring.tenants.tenancy.ViewerTest.facilitator;
import static nl.leerkring.tenants.tenancy.ViewerTest.member;
import static nl.leerkring.tenants.tenancy.ViewerTest.platformAdmin;
import static nl.leerkring.tenants.tenancy.ViewerTest.tenantAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

class TenantBindingTest {

  private static Optional<TenantId> bound(Object... arguments) {
    return TenantBinding.tenantOf(arguments);
  }

  private static TenantsException refused(Object... arguments) {
    return assertThrows(TenantsException.class, () -> TenantBinding.tenantOf(arguments));
  }

  @Test
  void ownMemberMayActOnOwnTenant() {
    assertEquals(Optional.of(BERG_EN_DAL), bound(member(BERG_EN_DAL), BERG_EN_DAL));
  }

  @Test
  void platformAdminMayActOnAnyTenant() {
    assertEquals(Optional.of(BERG_EN_DAL), bound(platformAdmin(), BERG_EN_DAL));
    assertEquals(Optional.of(NIJMEGEN), bound(platformAdmin(), NIJMEGEN));
  }

  @Test
  void otherTenantIsRefused() {
    TenantsException refused = refused(member(BERG_EN_DAL), NIJMEGEN);

    assertEquals(TenantsException.Kind.FORBIDDEN, refused.kind());
    assertTrue(refused.getMessage().contains(NIJMEGEN.value()), refused.getMessage());
  }

  @Test
  void tenantAdminOfAnotherTenantIsRefused() {
    assertEquals(
        TenantsException.Kind.FORBIDDEN, refused(tenantAdmin(BERG_EN_DAL), NIJMEGEN).kind());
  }

  @Test
  void tenantlessViewerActingOnATenantIsRefused() {
    assertEquals(
        TenantsException.Kind.FORBIDDEN, refused(facilitator(MANTELZORG), NIJMEGEN).kind());
    assertEquals(TenantsException.Kind.FORBIDDEN, refused(Viewer.anonymous(), NIJMEGEN).kind());
  }

  @Test
  void withoutTenantArgumentTheViewersHomeTenantIsBound() {
    assertEquals(Optional.of(BERG_EN_DAL), bound(member(BERG_EN_DAL), "some other argument", 42));
  }

  @Test
  void nullTenantArgumentFallsBackToTheViewersHomeTenant() {
    assertEquals(Optional.of(BERG_EN_DAL), bound(member(BERG_EN_DAL), null, null));
  }

  @Test
  void tenantlessViewerBindsNothing() {
    assertEquals(Optional.empty(), bound(platformAdmin()));
    assertEquals(Optional.empty(), bound(facilitator(MANTELZORG), null));
    assertEquals(Optional.empty(), bound(Viewer.anonymous()));
  }

  @Test
  void argumentOrderDoesNotMatter() {
    assertEquals(Optional.of(BERG_EN_DAL), bound(BERG_EN_DAL, "x", member(BERG_EN_DAL)));
    assertEquals(TenantsException.Kind.FORBIDDEN, refused(NIJMEGEN, member(BERG_EN_DAL)).kind());
  }

  @Test
  void methodWithoutViewerArgumentIsAProgrammingError() {
    assertThrows(IllegalStateException.class, () -> bound(BERG_EN_DAL, "x"));
    assertThrows(IllegalStateException.class, () -> bound());
    assertThrows(IllegalStateException.class, () -> bound((Object) null));
  }
}
