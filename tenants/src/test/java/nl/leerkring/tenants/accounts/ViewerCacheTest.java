package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ViewerCacheTest {

  private final ViewerCache cache = new ViewerCache();
  private final AtomicInteger lookUps = new AtomicInteger();
  private long now = 1_000_000_000L;
  private Set<Role> roles = Set.of(Role.MEMBER);

  /** The database as the cache sees it: counts lookups and answers the current roles. */
  private final Function<String, Viewer> database =
      username -> {
        lookUps.incrementAndGet();
        return new Viewer(
            "acc-" + username, username, username, new TenantId("t-duiven"), roles, List.of());
      };

  @BeforeEach
  void twoSeconds() {
    cache.seconds = 2;
    cache.clock = () -> now;
  }

  @Test
  void aViewerSeenWithinTheTimeIsNotLookedUpAgain() {
    Viewer first = cache.viewerOf("duiven.lid", database);
    now += TimeUnit.MILLISECONDS.toNanos(1_999);
    assertSame(first, cache.viewerOf("duiven.lid", database));
    assertEquals(1, lookUps.get());
    cache.viewerOf("wijchen.lid", database);
    assertEquals(2, lookUps.get(), "each username has its own entry");
  }

  @Test
  void afterTheTimeTheViewerIsLookedUpAgain() {
    cache.viewerOf("duiven.lid", database);
    now += TimeUnit.SECONDS.toNanos(2);
    roles = Set.of(Role.MEMBER, Role.TENANT_ADMIN);
    assertEquals(roles, cache.viewerOf("duiven.lid", database).roles());
    assertEquals(2, lookUps.get());
  }

  @Test
  void aChangeIsSeenAtOnce() {
    cache.viewerOf("duiven.lid", database);
    roles = Set.of();
    cache.changed();
    assertEquals(Set.of(), cache.viewerOf("duiven.lid", database).roles());
    assertEquals(2, lookUps.get());
  }

  @Test
  void aLookupThatRacesAChangeIsNotServedAfterIt() {
    // The lookup reads the old roles, and a change is flushed before it stores its answer.
    Function<String, Viewer> racing =
        username -> {
          Viewer old = database.apply(username);
          cache.changed();
          return old;
        };
    assertEquals(Set.of(Role.MEMBER), cache.viewerOf("duiven.lid", racing).roles());
    roles = Set.of();
    assertEquals(Set.of(), cache.viewerOf("duiven.lid", database).roles());
    assertEquals(2, lookUps.get());
  }

  @Test
  void zeroSecondsTurnsTheCacheOff() {
    cache.seconds = 0;
    cache.viewerOf("duiven.lid", database);
    cache.viewerOf("duiven.lid", database);
    assertEquals(2, lookUps.get());
  }

  @Test
  void anAccountThatIsGoneIsNotRemembered() {
    Function<String, Viewer> gone =
        username -> {
          lookUps.incrementAndGet();
          throw new TenantsException(TenantsException.Kind.UNAUTHENTICATED, "gone");
        };
    assertThrows(TenantsException.class, () -> cache.viewerOf("weg", gone));
    assertThrows(TenantsException.class, () -> cache.viewerOf("weg", gone));
    assertEquals(2, lookUps.get());
  }

  @Test
  void aFullCacheStartsAgainRatherThanGrow() {
    for (int i = 0; i < ViewerCache.MAX_ENTRIES; i++) {
      cache.viewerOf("lid" + i, database);
    }
    cache.viewerOf("one.more", database);
    cache.viewerOf("lid0", database);
    assertEquals(ViewerCache.MAX_ENTRIES + 2, lookUps.get(), "lid0 was forgotten");
  }
}
