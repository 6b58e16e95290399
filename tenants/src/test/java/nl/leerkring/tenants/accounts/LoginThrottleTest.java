package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
  private final LoginThrottle throttle = new LoginThrottle(clock, new ConcurrentHashMap<>());

  private static final String HOME = "198.51.100.4";
  private static final String ATTACKER = "203.0.113.9";

  private void fail(String username, int times) {
    fail(username, ATTACKER, times);
  }

  private void fail(String username, String source, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(username, source);
    }
  }

  private Duration waitFor(String username) {
    return throttle.waitFor(username, ATTACKER);
  }

  @Test
  void nodesSharingOneMapCountTogether() {
    ConcurrentMap<String, String> grid = new ConcurrentHashMap<>();
    LoginThrottle nodeA = new LoginThrottle(clock, grid);
    LoginThrottle nodeB = new LoginThrottle(clock, grid);

    for (int i = 0; i < 3; i++) {
      nodeA.failed("anna", ATTACKER);
    }
    nodeB.failed("anna", ATTACKER);
    nodeB.failed("anna", ATTACKER);

    assertEquals(Duration.ofSeconds(30), nodeA.waitFor("anna", ATTACKER));
    assertEquals(Duration.ofSeconds(30), nodeB.waitFor("anna", ATTACKER));
    assertEquals(Duration.ZERO, nodeB.waitFor("anna", HOME), "the owner elsewhere is not slowed");

    nodeB.succeeded("anna", ATTACKER);
    assertEquals(Duration.ZERO, nodeA.waitFor("anna", ATTACKER), "a success on B forgives on A");
  }

  @Test
  void nodesCountingAtOnceLoseNoFailure() throws InterruptedException {
    ConcurrentMap<String, String> grid = new ConcurrentHashMap<>();
    LoginThrottle nodeA = new LoginThrottle(clock, grid);
    LoginThrottle nodeB = new LoginThrottle(clock, grid);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (int i = 0; i < 200; i++) {
      LoginThrottle node = i % 2 == 0 ? nodeA : nodeB;
      pool.execute(() -> node.failed("anna", "10.0.0." + (Thread.currentThread().getId() % 4)));
    }
    pool.shutdown();
    assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));

    assertEquals("200/" + clock.instant().toEpochMilli(), grid.get("u:anna|*"));
  }

  @Test
  void fiveFailuresAreFree() {
    for (int i = 0; i < 5; i++) {
      assertEquals(Duration.ZERO, waitFor("anna"), "before failure " + (i + 1));
      throttle.failed("anna", ATTACKER);
    }
    assertEquals(Duration.ofSeconds(30), waitFor("anna"));
  }

  @Test
  void waitRunsDownWithTheClock() {
    fail("anna", 5);

    clock.advance(Duration.ofSeconds(10));
    assertEquals(Duration.ofSeconds(20), waitFor("anna"));

    clock.advance(Duration.ofSeconds(20));
    assertEquals(Duration.ZERO, waitFor("anna"));
  }

  @Test
  void eachFurtherFailureDoublesTheWait() {
    fail("anna", 5);
    Duration expected = Duration.ofSeconds(30);
    for (int failures = 6; failures <= 9; failures++) {
      clock.advance(waitFor("anna"));
      throttle.failed("anna", ATTACKER);
      expected = expected.multipliedBy(2);
      assertEquals(expected, waitFor("anna"), "after " + failures + " failures");
    }
    assertEquals(Duration.ofSeconds(480), expected);
  }

  @Test
  void waitIsCappedAtFifteenMinutes() {
    fail("anna", 10);
    assertEquals(Duration.ofMinutes(15), waitFor("anna"));

    fail("anna", 100);
    assertEquals(Duration.ofMinutes(15), waitFor("anna"));
  }

  @Test
  void waitIsCountedFromTheLastFailure() {
    fail("anna", 5);
    clock.advance(Duration.ofSeconds(25));
    throttle.failed("anna", ATTACKER);

    assertEquals(Duration.ofSeconds(60), waitFor("anna"));
  }

  @Test
  void anHourWithoutFailuresForgetsThem() {
    fail("anna", 6);
    assertTrue(waitFor("anna").toSeconds() > 0);
    clock.advance(Duration.ofMinutes(61));
    assertEquals(Duration.ZERO, waitFor("anna"));
    fail("anna", 1);
    assertEquals(Duration.ZERO, waitFor("anna"), "counting starts again at one");
  }

  @Test
  void successForgetsTheFailures() {
    fail("anna", 7);

    throttle.succeeded("anna", ATTACKER);

    assertEquals(Duration.ZERO, waitFor("anna"));
    fail("anna", 5);
    assertEquals(Duration.ofSeconds(30), waitFor("anna"));
  }

  @Test
  void usernameIsCaseInsensitive() {
    fail("Anna", 3);
    fail("ANNA", 2);

    assertEquals(Duration.ofSeconds(30), waitFor("anna"));
    assertEquals(Duration.ofSeconds(30), waitFor(" aNNa "));

    throttle.succeeded("AnNa", ATTACKER);
    assertEquals(Duration.ZERO, waitFor("anna"));
  }

  @Test
  void unknownUsernamesAreThrottledTheSame() {
    fail("anna", 6);
    fail("nobody-has-this-name", 6);

    assertEquals(waitFor("anna"), waitFor("nobody-has-this-name"));
    assertEquals(Duration.ofSeconds(60), waitFor("nobody-has-this-name"));
  }

  @Test
  void missingUsernameAndAddressAreThrottledLikeAnyOther() {
    fail(null, null, 5);

    assertEquals(Duration.ofSeconds(30), throttle.waitFor(null, null));
  }

  @Test
  void failuresOfOneUsernameDoNotSlowDownAnother() {
    fail("anna", 10);

    assertEquals(Duration.ZERO, waitFor("bram"));
  }

  // --- the owner elsewhere ---

  @Test
  void guessesFromOneAddressDoNotLockTheOwnerOutElsewhere() {
    fail("anna", 50);

    assertEquals(Duration.ofMinutes(15), waitFor("anna"), "the guesser waits");
    assertEquals(Duration.ZERO, throttle.waitFor("anna", HOME), "the owner does not");
  }

  @Test
  void theOwnersSuccessDoesNotFreeTheGuesser() {
    fail("anna", 6);

    throttle.succeeded("anna", HOME);

    assertEquals(Duration.ofSeconds(60), waitFor("anna"));
  }

  @Test
  void guessingSpreadOverManyAddressesLeavesOneFreeFailurePerAddress() {
    for (int i = 0; i < LoginThrottle.USERNAME_ALARM; i++) {
      throttle.failed("anna", "203.0.113." + i);
    }
    assertEquals(
        Duration.ofSeconds(30), throttle.waitFor("anna", "203.0.113.0"), "one failure is enough");
    throttle.failed("anna", "192.0.2.77");
    assertEquals(Duration.ofSeconds(30), throttle.waitFor("anna", "192.0.2.77"));
    assertEquals(
        Duration.ZERO,
        throttle.waitFor("anna", HOME),
        "an address that has not failed still gets its password checked");
    assertEquals(Duration.ZERO, throttle.waitFor("bram", "203.0.113.0"), "other usernames");
  }

  @Test
  void theOwnersSuccessEndsTheAlarmForTheUsername() {
    for (int i = 0; i < LoginThrottle.USERNAME_ALARM; i++) {
      throttle.failed("anna", "203.0.113." + i);
    }
    throttle.succeeded("anna", HOME);

    throttle.failed("anna", HOME);
    assertEquals(Duration.ZERO, throttle.waitFor("anna", HOME), "five free failures again");
  }

  @Test
  void anAddressTryingManyUsernamesWaitsForEveryUsername() {
    for (int i = 0; i < LoginThrottle.SOURCE_FREE_FAILURES; i++) {
      assertEquals(Duration.ZERO, throttle.waitFor("user" + i, ATTACKER), "attempt " + i);
      throttle.failed("user" + i, ATTACKER);
    }
    assertEquals(Duration.ofSeconds(30), throttle.waitFor("someone-new", ATTACKER));
    assertEquals(Duration.ZERO, throttle.waitFor("someone-new", HOME), "other addresses");
  }

  @Test
  void successDoesNotForgiveAnAddressItsSpraying() {
    for (int i = 0; i < LoginThrottle.SOURCE_FREE_FAILURES; i++) {
      throttle.failed("user" + i, ATTACKER);
    }
    throttle.succeeded("own-account", ATTACKER);

    assertEquals(Duration.ofSeconds(30), throttle.waitFor("someone-new", ATTACKER));
  }

  @Test
  void penaltyDoublesFromThirtySecondsToFifteenMinutes() {
    assertEquals(Duration.ofSeconds(30), LoginThrottle.penalty(5, 5));
    assertEquals(Duration.ofSeconds(60), LoginThrottle.penalty(6, 5));
    assertEquals(Duration.ofSeconds(480), LoginThrottle.penalty(9, 5));
    assertEquals(Duration.ofMinutes(15), LoginThrottle.penalty(10, 5));
    assertEquals(Duration.ofMinutes(15), LoginThrottle.penalty(Integer.MAX_VALUE, 5));
    assertEquals(Duration.ofSeconds(30), LoginThrottle.penalty(1, 1));
  }
}
