package nl.leerkring.tenants.directory;

import static nl.leerkring.tenants.Invalid.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

class TenantTest {

  @Test
  void newTenantKeepsSlugNameAndCbsCode() {
    Tenant tenant = new Tenant("berg-en-dal", "  Berg en Dal ", "GM1945");

    assertEquals("berg-en-dal", tenant.slug());
    assertEquals("Berg en Dal", tenant.name());
    assertEquals("GM1945", tenant.cbsCode());
    assertNotNull(tenant.id());
    assertNotNull(tenant.createdAt());
  }

  @Test
  void everyNewTenantGetsItsOwnId() {
    Tenant one = new Tenant("nijmegen", "Nijmegen", "GM0268");
    Tenant other = new Tenant("nijmegen", "Nijmegen", "GM0268");

    assertNotEquals(one.id(), other.id());
    assertNotEquals(one, other);
    assertEquals(one, one);
  }

  @Test
  void cbsCodeIsGmFollowedByFourDigits() {
    assertEquals("GM0226", new Tenant("duiven", "Duiven", "GM0226").cbsCode());
  }

  @Test
  void badCbsCodeIsInvalidAndNamed() {
    TenantsException e = invalid(() -> new Tenant("duiven", "Duiven", "GM226"));
    assertTrue(e.getMessage().contains("GM226"), e.getMessage());

    invalid(() -> new Tenant("duiven", "Duiven", "gm0226"));
    invalid(() -> new Tenant("duiven", "Duiven", "GM02260"));
    invalid(() -> new Tenant("duiven", "Duiven", "PV0226"));
    invalid(() -> new Tenant("duiven", "Duiven", " GM0226"));
    invalid(() -> new Tenant("duiven", "Duiven", null));
  }

  @Test
  void badSlugIsInvalid() {
    invalid(() -> new Tenant("Duiven", "Duiven", "GM0226"));
  }

  @Test
  void missingBlankOrOverlongNameIsInvalid() {
    invalid(() -> new Tenant("duiven", null, "GM0226"));
    invalid(() -> new Tenant("duiven", "  ", "GM0226"));
    invalid(() -> new Tenant("duiven", "D".repeat(201), "GM0226"));
  }

  @Test
  void everyWrongFieldOfANewTenantIsReportedAtOnce() {
    TenantsException e = invalid(() -> new Tenant("Duiven!", " ", "0226"));

    assertEquals(
        java.util.List.of("slug", "name", "cbsCode"),
        e.refusals().stream().map(r -> r.field()).toList());
  }

  @Test
  void aTenantIsRenamedAndGivenAnotherCbsCodeButKeepsItsSlug() {
    Tenant tenant = new Tenant("duiven", "Duiven", "GM0226");

    assertTrue(tenant.change(" Gemeente Duiven ", "GM0227"));

    assertEquals("Gemeente Duiven", tenant.name());
    assertEquals("GM0227", tenant.cbsCode());
    assertEquals("duiven", tenant.slug());
    assertFalse(tenant.change("Gemeente Duiven", "GM0227"), "nothing changed");
  }

  @Test
  void aWrongChangeChangesNothing() {
    Tenant tenant = new Tenant("duiven", "Duiven", "GM0226");

    TenantsException e = invalid(() -> tenant.change("", "GM02"));

    assertEquals(2, e.refusals().size());
    assertEquals("Duiven", tenant.name());
    assertEquals("GM0226", tenant.cbsCode());
  }
}
