package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import nl.leerkring.tenants.tenancy.Role;
import org.junit.jupiter.api.Test;

/** A one-time password-reset link: random, stored hashed, once, until it expires. */
class PasswordResetTest {

  private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

  private static PasswordReset.Issued issue() {
    Account anna = new Account("anna", "Anna", "hash", null, Set.of(Role.RESEARCHER));
    return PasswordReset.issue(anna, "admin", NOW, Duration.ofHours(24));
  }

  @Test
  void theTokenIsRandomAndOnlyItsHashIsKept() {
    PasswordReset.Issued one = issue();
    PasswordReset.Issued other = issue();

    assertNotEquals(one.token(), other.token());
    assertTrue(one.token().length() >= 43, "256 bits: " + one.token());
    assertTrue(one.token().matches("[A-Za-z0-9_-]+"), "URL-safe: " + one.token());
    assertEquals(64, OneTimeToken.hashOf(one.token()).length());
    assertNotEquals(one.token(), OneTimeToken.hashOf(one.token()));
  }

  @Test
  void aLinkWorksUntilItExpires() {
    PasswordReset reset = issue().reset();

    assertEquals(NOW.plus(Duration.ofHours(24)), reset.expiresAt());
    assertTrue(reset.isUsable(NOW));
    assertTrue(reset.isUsable(NOW.plus(Duration.ofHours(24)).minusSeconds(1)));
    assertFalse(reset.isUsable(NOW.plus(Duration.ofHours(24))));
  }

  @Test
  void aLinkWorksOnce() {
    PasswordReset reset = issue().reset();

    reset.end(NOW.plusSeconds(60));

    assertFalse(reset.isUsable(NOW.plusSeconds(61)));
  }

  @Test
  void aLinkMustBeValidForSomeTime() {
    Account anna = new Account("anna", "Anna", "hash", null, Set.of(Role.RESEARCHER));
    assertThrows(
        IllegalArgumentException.class,
        () -> PasswordReset.issue(anna, "admin", NOW, Duration.ZERO));
  }
}
