package nl.leerkring.portal.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A feed's secret: long, random, URL-safe, and replaced on renewal. */
class CalendarFeedTest {

  @Test
  void aSecretIs256RandomBitsInAUrlAndRenewalReplacesIt() {
    CalendarFeed feed = new CalendarFeed("account", Instant.EPOCH);
    String first = feed.secret();
    assertEquals(43, first.length());
    assertTrue(first.matches("[A-Za-z0-9_-]+"), first);
    feed.renew(Instant.EPOCH.plusSeconds(1));
    assertNotEquals(first, feed.secret());
    assertNotEquals(
        new CalendarFeed("a", Instant.EPOCH).secret(),
        new CalendarFeed("a", Instant.EPOCH).secret());
  }
}
