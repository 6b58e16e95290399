package nl.leerkring.tenants.accounts;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import nl.leerkring.tenants.cluster.Grid;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * Slows down password guessing without letting a guesser lock the owner out. Failures are counted
 * three ways, each forgotten after an hour without failures:
 *
 * <ul>
 *   <li>per username <em>and</em> source address: five failures in a row are free, after that each
 *       attempt from that address for that username must wait 30 s, doubling per further failure up
 *       to 15 minutes. The wait holds for that pair only: the owner signing in from another address
 *       is not slowed down by it.
 *   <li>per username, over all addresses: once a username has {@value #USERNAME_ALARM} failures
 *       (guessing spread over many addresses), every address gets one free failure for it instead
 *       of five. An address that has not failed for the username still gets its password checked,
 *       so a correct password from a new address is never refused.
 *   <li>per source address, over all usernames: {@value #SOURCE_FREE_FAILURES} failures are free,
 *       then the address waits as above for every username (against trying one password on many
 *       accounts). This can hold back colleagues behind the same NAT address as the guesser, never
 *       the owner elsewhere.
 * </ul>
 *
 * <p>A success forgets the failures of its pair and of its username (only someone who knows the
 * password can do that), not those of its address. Applied to any username, known or not, so the
 * throttle reveals nothing about which accounts exist.
 *
 * <p>NOTE: thread-safe. The counts live in the cluster's {@link Grid} map, so every node of a
 * cluster applies these rules to the same counts (alone, in this node's memory); a restart of the
 * whole cluster forgives. Entries idle for an hour expire (alone: dropped when the map grows).
 * Counts are updated by compare-and-set, so two nodes counting at once lose no failure.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int FREE_FAILURES = 5;
  static final int FREE_FAILURES_UNDER_ATTACK = 1;
  static final int USERNAME_ALARM = 20;
  static final int SOURCE_FREE_FAILURES = 100;
  static final Duration FIRST_WAIT = Duration.ofSeconds(30);
  static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
  static final Duration FORGET_AFTER = Duration.ofHours(1);
  private static final int PRUNE_ABOVE = 10_000;

  static final String MAP = "leerkring.login-failures";

  /** Failures counted for a key; kept in the map as text ({@code count/epochMillis}). */
  private record Failures(int count, Instant last) {
    static Failures of(String stored) {
      if (stored == null) {
        return null;
      }
      int slash = stored.indexOf('/');
      return new Failures(
          Integer.parseInt(stored.substring(0, slash)),
          Instant.ofEpochMilli(Long.parseLong(stored.substring(slash + 1))));
    }

    String stored() {
      return count + "/" + last.toEpochMilli();
    }
  }

  /** What failures are counted for: a username, a source address, or the pair of both. */
  private record Key(String username, String source) {
    String stored() {
      return (username == null ? "*" : "u:" + username) + "|" + (source == null ? "*" : source);
    }
  }

  @Inject Grid grid;

  @Inject MetricRegistry metrics;

  private ConcurrentMap<String, String> failures;
  private final Clock clock;

  public LoginThrottle() {
    this(Clock.systemUTC(), new ConcurrentHashMap<>());
  }

  /**
   * A throttle over {@code failures}: throttles over one map act as one (the nodes of a cluster).
   */
  LoginThrottle(Clock clock, ConcurrentMap<String, String> failures) {
    this.clock = clock;
    this.failures = failures;
  }

  @PostConstruct
  void share() {
    if (grid != null && grid.clustered()) {
      failures = grid.map(MAP, FORGET_AFTER);
    }
  }

  /**
   * How long an attempt for this username from this source address must still wait before a
   * password is checked; zero when it may try now.
   */
  public Duration waitFor(String username, String source) {
    String name = name(username);
    String from = source(source);
    int free =
        failuresOf(new Key(name, null)) >= USERNAME_ALARM
            ? FREE_FAILURES_UNDER_ATTACK
            : FREE_FAILURES;
    Duration pair = remaining(new Key(name, from), free);
    Duration address = remaining(new Key(null, from), SOURCE_FREE_FAILURES);
    return pair.compareTo(address) >= 0 ? pair : address;
  }

  public void failed(String username, String source) {
    if (failures instanceof ConcurrentHashMap<String, String> local && local.size() > PRUNE_ABOVE) {
      local.values().removeIf(stored -> isForgotten(Failures.of(stored)));
    }
    if (metrics != null) {
      metrics.counter("leerkring.signin.failures").inc();
    }
    String name = name(username);
    String from = source(source);
    add(new Key(name, from));
    add(new Key(name, null));
    add(new Key(null, from));
  }

  public void succeeded(String username, String source) {
    String name = name(username);
    failures.remove(new Key(name, source(source)).stored());
    failures.remove(new Key(name, null).stored());
  }

  private void add(Key key) {
    Instant now = clock.instant();
    failures.merge(
        key.stored(),
        new Failures(1, now).stored(),
        (stored, one) -> {
          Failures old = Failures.of(stored);
          return isForgotten(old) ? one : new Failures(old.count() + 1, now).stored();
        });
  }

  private int failuresOf(Key key) {
    Failures f = Failures.of(failures.get(key.stored()));
    return f == null || isForgotten(f) ? 0 : f.count();
  }

  private Duration remaining(Key key, int free) {
    Failures f = Failures.of(failures.get(key.stored()));
    if (f == null || f.count() < free || isForgotten(f)) {
      return Duration.ZERO;
    }
    Duration remaining = Duration.between(clock.instant(), f.last().plus(penalty(f.count(), free)));
    return remaining.isNegative() ? Duration.ZERO : remaining;
  }

  private boolean isForgotten(Failures f) {
    return f.last().plus(FORGET_AFTER).isBefore(clock.instant());
  }

  /** The wait after {@code failureCount} failures of which {@code free} were free. */
  static Duration penalty(int failureCount, int free) {
    int doublings = Math.min(failureCount - free, 10);
    Duration wait = FIRST_WAIT.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
  }

  private static String name(String username) {
    return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
  }

  private static String source(String source) {
    return source == null ? "" : source;
  }
}
