package nl.leerkring.tenants.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing per username: five failures in a row are free, after that each
 * attempt must wait 30 s, doubling per further failure up to 15 minutes. A success forgets the
 * failures. Applied to any username, known or not, so the throttle reveals nothing about which
 * accounts exist.
 *
 * <p>NOTE: thread-safe; state is per node and in memory. Entries idle for an hour are dropped when
 * the map grows.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int PRUNE_ABOVE = 10_000;

  private record Failures(int count, Instant last) {}

  private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /**
   * How long this username must still wait before a password is checked; zero when it may try now.
   */
  public Duration waitFor(String username) {
    Failures f = failures.get(key(username));
    if (f == null || f.count() < FREE_FAILURES || isForgotten(f)) {
      return Duration.ZERO;
    }
    Duration wait = penalty(f.count());
    Duration remaining = Duration.between(clock.instant(), f.last().plus(wait));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  public void failed(String username) {
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(this::isForgotten);
    }
    failures.merge(
        key(username),
        new Failures(1, clock.instant()),
        (old, one) -> isForgotten(old) ? one : new Failures(old.count() + 1, one.last()));
  }

  public void succeeded(String username) {
    failures.remove(key(username));
  }

  private boolean isForgotten(Failures f) {
    return f.last().plus(FORGET_AFTER).isBefore(clock.instant());
  }

  static Duration penalty(int failureCount) {
    int doublings = Math.min(failureCount - FREE_FAILURES, 10);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static String key(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }
}
