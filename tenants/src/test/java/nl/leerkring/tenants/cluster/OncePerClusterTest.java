package nl.leerkring.tenants.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.junit.jupiter.api.Test;

class OncePerClusterTest {

  private static final Duration HOURLY = Duration.ofHours(1);
  private final ConcurrentMap<String, String> claims = new ConcurrentHashMap<>();

  private OncePerCluster at(String time) {
    OncePerCluster once = new OncePerCluster();
    once.clock = Clock.fixed(Instant.parse(time), ZoneOffset.UTC);
    return once;
  }

  @Test
  void onlyTheFirstNodeOfAPeriodRunsIt() {
    assertTrue(at("2026-12-06T10:17:00Z").claim(claims, "blobs", HOURLY, "node-a"));
    assertFalse(at("2026-12-06T10:17:02Z").claim(claims, "blobs", HOURLY, "node-b"));
  }

  @Test
  void clocksThatDifferWithinThePeriodAgree() {
    assertTrue(at("2026-12-06T10:17:00Z").claim(claims, "blobs", HOURLY, "node-a"));
    assertFalse(at("2026-12-06T10:26:59Z").claim(claims, "blobs", HOURLY, "node-b"));
  }

  @Test
  void theNextPeriodIsClaimedAfresh() {
    assertTrue(at("2026-12-06T10:17:00Z").claim(claims, "blobs", HOURLY, "node-a"));
    assertTrue(at("2026-12-06T11:17:00Z").claim(claims, "blobs", HOURLY, "node-b"));
    assertEquals(2, claims.size());
  }

  @Test
  void tasksAreClaimedApart() {
    assertTrue(at("2026-12-06T03:41:00Z").claim(claims, "blobs", HOURLY, "node-a"));
    assertTrue(at("2026-12-06T03:41:00Z").claim(claims, "trash", Duration.ofDays(1), "node-b"));
  }

  @Test
  void theClaimingNodeMayAskAgain() {
    assertTrue(at("2026-12-06T10:17:00Z").claim(claims, "blobs", HOURLY, "node-a"));
    assertTrue(at("2026-12-06T10:18:00Z").claim(claims, "blobs", HOURLY, "node-a"));
  }

  @Test
  void aNodeAloneAlwaysRuns() {
    OncePerCluster once = at("2026-12-06T10:17:00Z");
    once.grid = new Grid();
    assertTrue(once.claim("blobs", HOURLY));
    assertTrue(once.claim("blobs", HOURLY));
  }
}
