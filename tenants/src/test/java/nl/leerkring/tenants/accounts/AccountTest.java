package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AccountTest {

  private static final TenantId BERG_EN_DAL = new TenantId("tenant-berg-en-dal");

  private static TenantsException invalid(Executable executable) {
    TenantsException e = assertThrows(TenantsException.class, executable);
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    return e;
  }

  @Test
  void usernameIsStoredInLowerCaseWithoutSurroundingSpace() {
    assertEquals("anna.de-vries@berg_en_dal", Account.normalise("  Anna.de-Vries@Berg_en_Dal "));
  }

  @Test
  void usernameOfOneToHundredCharactersIsAccepted() {
    assertEquals("a", Account.normalise("a"));
    assertEquals("a".repeat(100), Account.normalise("a".repeat(100)));
  }

  @Test
  void missingBlankOrOverlongUsernameIsInvalid() {
    invalid(() -> Account.normalise(null));
    invalid(() -> Account.normalise(""));
    invalid(() -> Account.normalise("   "));
    invalid(() -> Account.normalise("a".repeat(101)));
  }

  @Test
  void usernameWithOtherCharactersIsInvalidAndNamed() {
    TenantsException e = invalid(() -> Account.normalise("anna de vries"));
    assertTrue(e.getMessage().contains("anna de vries"), e.getMessage());

    invalid(() -> Account.normalise("anna/vries"));
    invalid(() -> Account.normalise("ánna"));
  }

  @Test
  void tenantAccountAlwaysGetsTheMemberRole() {
    assertEquals(Set.of(Role.MEMBER), Account.requireRolesFit(BERG_EN_DAL, Set.of()));
    assertEquals(
        Set.of(Role.MEMBER, Role.TENANT_ADMIN),
        Account.requireRolesFit(BERG_EN_DAL, Set.of(Role.TENANT_ADMIN)));
  }

  @Test
  void coordinatorMayHaveATenantOrNone() {
    assertEquals(
        Set.of(Role.MEMBER, Role.COORDINATOR),
        Account.requireRolesFit(BERG_EN_DAL, Set.of(Role.COORDINATOR)));
    assertEquals(Set.of(Role.COORDINATOR), Account.requireRolesFit(null, Set.of(Role.COORDINATOR)));
  }

  @Test
  void facilitatorOrResearcherWithATenantIsInvalid() {
    invalid(() -> Account.requireRolesFit(BERG_EN_DAL, Set.of(Role.FACILITATOR)));
    invalid(() -> Account.requireRolesFit(BERG_EN_DAL, Set.of(Role.RESEARCHER)));
  }

  @Test
  void memberOrTenantAdminWithoutATenantIsInvalid() {
    invalid(() -> Account.requireRolesFit(null, Set.of(Role.MEMBER)));
    invalid(() -> Account.requireRolesFit(null, Set.of(Role.TENANT_ADMIN)));
  }

  @Test
  void accountWithoutRolesIsInvalid() {
    invalid(() -> Account.requireRolesFit(null, Set.of()));
  }

  @Test
  void tenantlessRolesNeedNoTenant() {
    assertEquals(
        Set.of(Role.PLATFORM_ADMIN), Account.requireRolesFit(null, Set.of(Role.PLATFORM_ADMIN)));
    assertEquals(Set.of(Role.RESEARCHER), Account.requireRolesFit(null, Set.of(Role.RESEARCHER)));
  }

  @Test
  void fittedRolesAreACopyOfTheRequest() {
    Set<Role> requested = EnumSet.of(Role.TENANT_ADMIN);

    Set<Role> fitted = Account.requireRolesFit(BERG_EN_DAL, requested);
    requested.add(Role.PLATFORM_ADMIN);

    assertFalse(fitted.contains(Role.PLATFORM_ADMIN));
    assertEquals(Set.of(Role.MEMBER, Role.TENANT_ADMIN), fitted);
  }
}
