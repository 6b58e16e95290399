package nl.leerkring.tenants.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

class RoleTest {

  @Test
  void parsesTheLabel() {
    assertEquals(Role.TENANT_ADMIN, Role.parse("tenant-admin"));
  }

  @Test
  void parsesTheConstantName() {
    assertEquals(Role.TENANT_ADMIN, Role.parse("TENANT_ADMIN"));
  }

  @Test
  void parsesLowerCaseWithUnderscoresAndSurroundingSpace() {
    assertEquals(Role.TENANT_ADMIN, Role.parse("tenant_admin"));
    assertEquals(Role.PLATFORM_ADMIN, Role.parse("  Platform-Admin "));
  }

  @Test
  void unknownRoleIsInvalid() {
    TenantsException e = assertThrows(TenantsException.class, () -> Role.parse("superuser"));

    assertEquals(TenantsException.Kind.INVALID, e.kind());
    assertTrue(e.getMessage().contains("superuser"), e.getMessage());
  }

  @Test
  void missingOrBlankRoleIsInvalid() {
    assertEquals(
        TenantsException.Kind.INVALID,
        assertThrows(TenantsException.class, () -> Role.parse(null)).kind());
    assertEquals(
        TenantsException.Kind.INVALID,
        assertThrows(TenantsException.class, () -> Role.parse("  ")).kind());
  }

  @Test
  void labelIsLowerCaseWithHyphens() {
    assertEquals("tenant-admin", Role.TENANT_ADMIN.label());
    assertEquals("platform-admin", Role.PLATFORM_ADMIN.label());
    assertEquals("member", Role.MEMBER.label());
  }

  @Test
  void everyRoleParsesBackFromItsLabel() {
    for (Role role : Role.values()) {
      assertEquals(role, Role.parse(role.label()));
    }
  }
}
