package nl.leerkring.tenants.accounts;

import static nl.leerkring.tenants.Invalid.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class AccountTest {

  private static final TenantId BERG_EN_DAL = new TenantId("tenant-berg-en-dal");

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

  // --- the credential version: changes that end earlier sign-ins ---

  private static Account member() {
    return new Account("anna", "Anna", "hash-1", BERG_EN_DAL, Set.of(Role.TENANT_ADMIN));
  }

  @Test
  void aNewAccountIsActive() {
    assertTrue(member().isActive());
  }

  @Test
  void aPasswordChangeEndsEarlierSignIns() {
    Account anna = member();
    long before = anna.credentialVersion();

    anna.changePassword("hash-2");

    assertTrue(anna.credentialVersion() > before);
  }

  @Test
  void aRoleChangeEndsEarlierSignIns() {
    Account anna = member();
    long before = anna.credentialVersion();

    anna.assignRoles(Set.of(Role.MEMBER));

    assertEquals(Set.of(Role.MEMBER), anna.roles());
    assertTrue(anna.credentialVersion() > before);
  }

  @Test
  void assigningTheSameRolesAgainChangesNothing() {
    Account anna = member();
    long before = anna.credentialVersion();

    anna.assignRoles(Set.of(Role.TENANT_ADMIN)); // MEMBER is added as at creation

    assertEquals(before, anna.credentialVersion());
  }

  @Test
  void rolesThatDoNotFitAreRefusedAndEndNothing() {
    Account anna = member();
    long before = anna.credentialVersion();

    invalid(() -> anna.assignRoles(Set.of(Role.RESEARCHER)));

    assertEquals(Set.of(Role.MEMBER, Role.TENANT_ADMIN), anna.roles());
    assertEquals(before, anna.credentialVersion());
  }

  @Test
  void aChangeOfCoordinatedCirclesEndsEarlierSignIns() {
    Account anna = member();
    CircleId circle = new CircleId("circle-1");
    long before = anna.credentialVersion();

    anna.assign(CircleRole.COORDINATOR, Set.of(circle));
    long coordinating = anna.credentialVersion();
    anna.assign(CircleRole.COORDINATOR, Set.of(circle));
    long again = anna.credentialVersion();
    anna.assign(CircleRole.COORDINATOR, Set.of());

    assertTrue(coordinating > before, "a circle given");
    assertEquals(coordinating, again, "the same circles again change nothing");
    assertTrue(anna.credentialVersion() > again, "a circle taken away");
    assertTrue(anna.assignments().isEmpty());
  }

  @Test
  void replacingCoordinatedCirclesKeepsOtherAssignments() {
    Account han = new Account("han", "Han", "hash", null, Set.of(Role.FACILITATOR));
    han.assign(new CircleAssignment(new CircleId("circle-1"), CircleRole.FACILITATOR));

    han.assign(CircleRole.COORDINATOR, Set.of(new CircleId("circle-2")));

    assertEquals(2, han.assignments().size());
  }

  @Test
  void deactivationEndsEarlierSignInsOnce() {
    Account anna = member();
    long before = anna.credentialVersion();

    anna.deactivate();
    long deactivated = anna.credentialVersion();
    anna.deactivate();

    assertFalse(anna.isActive());
    assertTrue(deactivated > before);
    assertEquals(deactivated, anna.credentialVersion());
  }

  // --- usernames made by tenant admins ---

  @Test
  void aTenantAdminsNewUsernameIsInTheGemeentesNamespace() {
    assertEquals("duiven.jan", Account.inNamespaceOf("duiven", "Jan"));
    assertEquals("duiven.jan", Account.inNamespaceOf("duiven", "duiven.jan"), "kept");
    assertEquals(
        "duiven.deventer.lid",
        Account.inNamespaceOf("duiven", "deventer.lid"),
        "another gemeente's name is qualified, never looked up as it is");
  }

  @Test
  void aQualifiedUsernameStillObeysTheUsernameRule() {
    invalid(() -> Account.inNamespaceOf("duiven", "a".repeat(95)));
    invalid(() -> Account.inNamespaceOf("duiven", "jan de vries"));
  }

  // --- F9: edits over time ---

  @Test
  void aNewNameOrEmailAddressEndsNoSignIn() {
    Account anna = member();
    long before = anna.credentialVersion();

    anna.describe("  Anna de Vries ", " anna@berg-en-dal.nl ");

    assertEquals("Anna de Vries", anna.displayName());
    assertEquals("anna@berg-en-dal.nl", anna.email());
    assertEquals(before, anna.credentialVersion());
  }

  @Test
  void aBlankEmailAddressRemovesItAndABadOneIsRefusedOnItsField() {
    Account anna = member();
    anna.describe("Anna", "anna@example.org");
    anna.describe("Anna", " ");
    assertEquals(null, anna.email());

    TenantsException e = invalid(() -> anna.describe("Anna", "geen-adres"));
    assertEquals("email", e.refusals().get(0).field());
    assertEquals(AccountCode.EMAIL_INVALID, e.refusals().get(0).code());
  }

  @Test
  void reactivationLetsTheAccountSignInButEndedTokensStayEnded() {
    Account anna = member();
    anna.deactivate();
    long ended = anna.credentialVersion();

    assertTrue(anna.reactivate());

    assertTrue(anna.isActive());
    assertEquals(ended, anna.credentialVersion(), "tokens of before the deactivation stay refused");
    assertFalse(anna.reactivate(), "active already");
  }

  @Test
  void appointingAndRelievingACoordinatorEndEarlierSignIns() {
    Account anna = member();
    CircleId circle = new CircleId("circle-wdw");
    long before = anna.credentialVersion();

    assertTrue(anna.appoint(circle));
    assertTrue(anna.roles().contains(Role.COORDINATOR));
    long appointed = anna.credentialVersion();
    assertTrue(appointed > before);
    assertFalse(anna.appoint(circle), "once is enough");
    assertEquals(appointed, anna.credentialVersion());

    assertTrue(anna.relieve(circle));
    assertFalse(anna.roles().contains(Role.COORDINATOR), "a coordinator of nothing is none");
    assertTrue(anna.credentialVersion() > appointed);
    assertFalse(anna.relieve(circle));
  }
}
