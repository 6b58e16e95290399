package nl.leerkring.portal.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ActionShareTest {

  private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
  private static final Instant TUESDAY = MONDAY.plusSeconds(86_400);

  private static ActionShare shared() {
    return new ActionShare(new ProgrammeAction("programma"), "kring", "Anna", MONDAY);
  }

  @Test
  void aNewShareIsSharedBySomeoneAtATime() {
    ActionShare s = shared();
    assertTrue(s.isShared());
    assertEquals("Anna", s.sharedBy());
    assertEquals(MONDAY, s.sharedAt());
    assertNull(s.withdrawnAt());
  }

  @Test
  void sharingWhatIsSharedKeepsTheFirstDate() {
    ActionShare s = shared();
    assertFalse(s.share("Bert", TUESDAY));
    assertEquals("Anna", s.sharedBy());
    assertEquals(MONDAY, s.sharedAt());
  }

  @Test
  void aWithdrawnShareIsNoLongerSharedAndWithdrawingTwiceChangesNothing() {
    ActionShare s = shared();
    assertTrue(s.withdraw(TUESDAY));
    assertFalse(s.isShared());
    assertFalse(s.withdraw(TUESDAY.plusSeconds(60)));
    assertEquals(TUESDAY, s.withdrawnAt());
  }

  @Test
  void sharingAgainTakesUpTheShareWithWhoAndWhen() {
    ActionShare s = shared();
    s.withdraw(TUESDAY);
    assertTrue(s.share("Bert", TUESDAY.plusSeconds(60)));
    assertTrue(s.isShared());
    assertEquals("Bert", s.sharedBy());
    assertNull(s.withdrawnAt());
  }
}
