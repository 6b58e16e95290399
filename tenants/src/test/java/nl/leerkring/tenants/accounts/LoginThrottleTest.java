package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  private static final class TestClock extends Clock {
    private Instant now = Instant.parse("2025-03-01T09:00:00Z");

    void advance(Duration duration) {
      now = now.plus(duration);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException();
    }
  }

  private final TestClock clock = new TestClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String username, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username);
    }
  }

  @Test
  void fiveFailuresAreFree() {
    for (int i = 0; i < 5; i++) {
      assertEquals(Duration.ZERO, throttle.waitFor("anna"), "before failure " + (i + 1));
      throttle.failed("anna");
    }
    assertEquals(Duration.ofSeconds(30), throttle.waitFor("anna"));
  }

  @Test
  void sixthAttemptWaitsThirtySeconds() {
    fail("anna", 5);

    assertEquals(Duration.ofSeconds(30), throttle.waitFor("anna"));
  }

  @Test
  void waitRunsDownWithTheClock() {
    fail("anna", 5);

    clock.advance(Duration.ofSeconds(10));
    assertEquals(Duration.ofSeconds(20), throttle.waitFor("anna"));

    clock.advance(Duration.ofSeconds(20));
    assertEquals(Duration.ZERO, throttle.waitFor("anna"));
  }

  @Test
  void eachFurtherFailureDoublesTheWait() {
    fail("anna", 5);
    Duration expected = Duration.ofSeconds(30);
    for (int failures = 6; failures <= 9; failures++) {
      clock.advance(throttle.waitFor("anna"));
      throttle.failed("anna");
      expected = expected.multipliedBy(2);
      assertEquals(expected, throttle.waitFor("anna"), "after " + failures + " failures");
    }
    assertEquals(Duration.ofSeconds(480), expected);
  }

  @Test
  void waitIsCappedAtFifteenMinutes() {
    fail("anna", 10);
    assertEquals(Duration.ofMinutes(15), throttle.waitFor("anna"));

    fail("anna", 100);
    assertEquals(Duration.ofMinutes(15), throttle.waitFor("anna"));
  }

  @Test
  void waitIsCountedFromTheLastFailure() {
    fail("anna", 5);
    clock.advance(Duration.ofSeconds(25));
    throttle.failed("anna");

    assertEquals(Duration.ofSeconds(60), throttle.waitFor("anna"));
  }

  @Test
  void anHourWithoutFailuresForgetsThem() {
    fail("anna", 6);
    assertTrue(throttle.waitFor("anna").toSeconds() > 0);
    clock.advance(Duration.ofMinutes(61));
    assertEquals(Duration.ZERO, throttle.waitFor("anna"));
    fail("anna", 1);
    assertEquals(Duration.ZERO, throttle.waitFor("anna"), "counting starts again at one");
  }

  @Test
  void successForgetsTheFailures() {
    fail("anna", 7);

    throttle.succeeded("anna");

    assertEquals(Duration.ZERO, throttle.waitFor("anna"));
    fail("anna", 5);
    assertEquals(Duration.ofSeconds(30), throttle.waitFor("anna"));
  }

  @Test
  void usernameIsCaseInsensitive() {
    fail("Anna", 3);
    fail("ANNA", 2);

    assertEquals(Duration.ofSeconds(30), throttle.waitFor("anna"));
    assertEquals(Duration.ofSeconds(30), throttle.waitFor(" aNNa "));

    throttle.succeeded("AnNa");
    assertEquals(Duration.ZERO, throttle.waitFor("anna"));
  }

  @Test
  void unknownUsernamesAreThrottledTheSame() {
    fail("anna", 6);
    fail("nobody-has-this-name", 6);

    assertEquals(throttle.waitFor("anna"), throttle.waitFor("nobody-has-this-name"));
    assertEquals(Duration.ofSeconds(60), throttle.waitFor("nobody-has-this-name"));
  }

  @Test
  void missingUsernameIsThrottledLikeAnyOther() {
    fail(null, 5);

    assertEquals(Duration.ofSeconds(30), throttle.waitFor(null));
  }

  @Test
  void failuresOfOneUsernameDoNotSlowDownAnother() {
    fail("anna", 10);

    assertEquals(Duration.ZERO, throttle.waitFor("bram"));
  }

  @Test
  void penaltyDoublesFromThirtySecondsToFifteenMinutes() {
    assertEquals(Duration.ofSeconds(30), LoginThrottle.penalty(5));
    assertEquals(Duration.ofSeconds(60), LoginThrottle.penalty(6));
    assertEquals(Duration.ofSeconds(480), LoginThrottle.penalty(9));
    assertEquals(Duration.ofMinutes(15), LoginThrottle.penalty(10));
    assertEquals(Duration.ofMinutes(15), LoginThrottle.penalty(Integer.MAX_VALUE));
  }
}
