package nl.leerkring.tenants.directory;

import static nl.leerkring.tenants.Invalid.invalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.Test;

class CircleTest {

  private static final TenantId BERG_EN_DAL = new TenantId("tenant-berg-en-dal");
  private static final TenantId NIJMEGEN = new TenantId("tenant-nijmegen");
  private static final LocalDate START = LocalDate.of(2025, 1, 1);
  private static final LocalDate END = LocalDate.of(2026, 12, 31);

  private static Circle circle() {
    return new Circle("leerkring-wdw", "Leerkring WDW", "Wijkaanpak", START, END);
  }

  @Test
  void newCircleKeepsItsDescriptionAndHasNoMembers() {
    Circle circle = new Circle("leerkring-wdw", " Leerkring WDW ", " Wijkaanpak ", START, END);

    assertEquals("leerkring-wdw", circle.slug());
    assertEquals("Leerkring WDW", circle.name());
    assertEquals("Wijkaanpak", circle.programmeLine());
    assertEquals(START, circle.periodStart());
    assertEquals(END, circle.periodEnd());
    assertTrue(circle.memberTenantIds().isEmpty());
  }

  @Test
  void everyNewCircleGetsItsOwnId() {
    assertNotEquals(circle().id(), circle().id());
  }

  @Test
  void periodEndingBeforeItStartsIsInvalid() {
    TenantsException e =
        invalid(() -> new Circle("leerkring-wdw", "Leerkring WDW", null, END, START));

    assertEquals(DirectoryCode.PERIOD_ENDS_BEFORE_START, e.refusals().get(0).code());
    assertEquals("end", e.refusals().get(0).field());
  }

  @Test
  void periodOfOneDayIsAccepted() {
    Circle circle = new Circle("leerkring-wdw", "Leerkring WDW", null, START, START);

    assertEquals(START, circle.periodEnd());
  }

  @Test
  void openPeriodAndMissingProgrammeLineAreAccepted() {
    Circle circle = new Circle("leerkring-wdw", "Leerkring WDW", null, null, null);

    assertNull(circle.programmeLine());
    assertNull(circle.periodStart());
    assertNull(circle.periodEnd());
    assertEquals(START, new Circle("wdw", "WDW", null, START, null).periodStart());
    assertEquals(END, new Circle("wdw", "WDW", null, null, END).periodEnd());
  }

  @Test
  void badSlugOrNameIsInvalid() {
    invalid(() -> new Circle("Leerkring WDW", "Leerkring WDW", null, START, END));
    invalid(() -> new Circle("leerkring-wdw", " ", null, START, END));
  }

  @Test
  void admittedTenantIsAMember() {
    Circle circle = circle();

    circle.admit(BERG_EN_DAL);

    assertTrue(hasMember(circle, BERG_EN_DAL));
    assertFalse(hasMember(circle, NIJMEGEN));
    assertEquals(Set.of(BERG_EN_DAL.value()), circle.memberTenantIds());
  }

  @Test
  void admittingTwiceKeepsOneMembership() {
    Circle circle = circle();

    circle.admit(BERG_EN_DAL);
    circle.admit(BERG_EN_DAL);

    assertEquals(1, circle.memberTenantIds().size());
  }

  @Test
  void releasedTenantIsNoLongerAMember() {
    Circle circle = circle();
    circle.admit(BERG_EN_DAL);
    circle.admit(NIJMEGEN);

    circle.release(BERG_EN_DAL);

    assertFalse(hasMember(circle, BERG_EN_DAL));
    assertTrue(hasMember(circle, NIJMEGEN));
  }

  @Test
  void releasingANonMemberChangesNothing() {
    Circle circle = circle();
    circle.admit(NIJMEGEN);

    circle.release(BERG_EN_DAL);

    assertEquals(Set.of(NIJMEGEN.value()), circle.memberTenantIds());
  }

  @Test
  void memberListCannotBeChangedFromOutside() {
    Circle circle = circle();

    assertThrows(
        UnsupportedOperationException.class, () -> circle.memberTenantIds().add("tenant-x"));
  }

  /** Membership as the directory reads it: by the tenant ids a circle holds. */
  private static boolean hasMember(Circle circle, TenantId tenant) {
    return circle.memberTenantIds().contains(tenant.value());
  }

  // --- F9: a circle over time ---

  @Test
  void aCircleIsRenamedAndGivenAnotherPeriodButKeepsItsSlug() {
    Circle circle = circle();
    LocalDate later = LocalDate.of(2027, 12, 31);

    circle.change(" Leerkring Wonen ", START, later);

    assertEquals("Leerkring Wonen", circle.name());
    assertEquals(later, circle.periodEnd());
    assertEquals("leerkring-wdw", circle.slug());
    circle.change("Open", null, null);
    assertNull(circle.periodStart());
  }

  @Test
  void aWrongChangeReportsEveryFieldAndChangesNothing() {
    Circle circle = circle();

    TenantsException e = invalid(() -> circle.change(" ", END, START));

    assertEquals(2, e.refusals().size());
    assertEquals("Leerkring WDW", circle.name());
    assertEquals(END, circle.periodEnd());
  }

  @Test
  void aGemeenteJoinsOnceAndLeavesOnce() {
    Circle circle = circle();

    assertTrue(circle.admit(BERG_EN_DAL));
    assertFalse(circle.admit(BERG_EN_DAL));
    assertTrue(circle.hasMember(BERG_EN_DAL));
    assertTrue(circle.release(BERG_EN_DAL));
    assertFalse(circle.release(BERG_EN_DAL));
    assertFalse(circle.hasMember(BERG_EN_DAL));
  }
}
