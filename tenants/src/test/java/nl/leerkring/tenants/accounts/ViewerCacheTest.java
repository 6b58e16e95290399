package nl.leerkring.tenants.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import nl.leerkring.tenants.TenantsException;
import nl.leerkring.tenants.cluster.LocalTopics;
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
  private long credentialVersion = 3;

  /**
   * The database as the cache sees it: counts lookups and answers the current roles and credential
   * version.
   */
  private final Function<String, SignedIn> database =
      username -> {
        lookUps.incrementAndGet();
        return new SignedIn(
            new Viewer(
                "acc-" + username, username, username, new TenantId("t-duiven"), roles, List.of()),
            credentialVersion);
      };

  /** The viewer for a credential of the current version. */
  private Viewer viewerOf(String username, Function<String, SignedIn> lookUp) {
    return cache.viewerOf(username, 3, lookUp).orElseThrow();
  }

  @BeforeEach
  void twoSeconds() {
    cache.seconds = 2;
    cache.clock = () -> now;
  }

  @Test
  void aViewerSeenWithinTheTimeIsNotLookedUpAgain() {
    Viewer first = viewerOf("duiven.lid", database);
    now += TimeUnit.MILLISECONDS.toNanos(1_999);
    assertSame(first, viewerOf("duiven.lid", database));
    assertEquals(1, lookUps.get());
    viewerOf("wijchen.lid", database);
    assertEquals(2, lookUps.get(), "each username has its own entry");
  }

  @Test
  void afterTheTimeTheViewerIsLookedUpAgain() {
    viewerOf("duiven.lid", database);
    now += TimeUnit.SECONDS.toNanos(2);
    roles = Set.of(Role.MEMBER, Role.TENANT_ADMIN);
    assertEquals(roles, viewerOf("duiven.lid", database).roles());
    assertEquals(2, lookUps.get());
  }

  @Test
  void aChangeIsSeenAtOnce() {
    viewerOf("duiven.lid", database);
    roles = Set.of();
    cache.changed();
    assertEquals(Set.of(), viewerOf("duiven.lid", database).roles());
    assertEquals(2, lookUps.get());
  }

  @Test
  void aChangeOnAnotherNodeIsSeenAtOnceWithinTheTime() {
    LocalTopics cluster = new LocalTopics();
    ViewerCache other = new ViewerCache();
    other.seconds = 2;
    other.clock = () -> now;
    other.grid = cluster.node();
    other.listen();
    cache.grid = cluster.node();
    cache.listen();
    viewerOf("duiven.lid", database);
    other.viewerOf("duiven.lid", 3, database);
    assertEquals(2, lookUps.get());

    credentialVersion = 4; // deactivated on the other node
    other.changed();

    assertTrue(cache.viewerOf("duiven.lid", 3, database).isEmpty(), "refused here at once");
    assertEquals(3, lookUps.get());
    cache.stopListening();
    other.changed();
    assertTrue(cache.viewerOf("duiven.lid", 4, database).isPresent());
    assertEquals(3, lookUps.get(), "a node that stopped listening keeps its entry");
  }

  @Test
  void aLookupThatRacesAChangeIsNotServedAfterIt() {
    // The lookup reads the old roles, and a change is flushed before it stores its answer.
    Function<String, SignedIn> racing =
        username -> {
          SignedIn old = database.apply(username);
          cache.changed();
          return old;
        };
    assertEquals(Set.of(Role.MEMBER), viewerOf("duiven.lid", racing).roles());
    roles = Set.of();
    assertEquals(Set.of(), viewerOf("duiven.lid", database).roles());
    assertEquals(2, lookUps.get());
  }

  @Test
  void zeroSecondsTurnsTheCacheOff() {
    cache.seconds = 0;
    viewerOf("duiven.lid", database);
    viewerOf("duiven.lid", database);
    assertEquals(2, lookUps.get());
  }

  @Test
  void anAccountThatIsGoneIsNotRemembered() {
    Function<String, SignedIn> gone =
        username -> {
          lookUps.incrementAndGet();
          throw new TenantsException(
              TenantsException.Kind.UNAUTHENTICATED, AccountCode.ACCOUNT_NOT_FOUND, username);
        };
    assertThrows(TenantsException.class, () -> viewerOf("weg", gone));
    assertThrows(TenantsException.class, () -> viewerOf("weg", gone));
    assertEquals(2, lookUps.get());
  }

  @Test
  void aFullCacheStartsAgainRatherThanGrow() {
    for (int i = 0; i < ViewerCache.MAX_ENTRIES; i++) {
      viewerOf("lid" + i, database);
    }
    viewerOf("one.more", database);
    viewerOf("lid0", database);
    assertEquals(ViewerCache.MAX_ENTRIES + 2, lookUps.get(), "lid0 was forgotten");
  }

  // --- credentials that have ended ---

  @Test
  void aCredentialOfAnOlderVersionIsRefused() {
    assertTrue(cache.viewerOf("duiven.lid", 3, database).isPresent());
    assertTrue(cache.viewerOf("duiven.lid", 2, database).isEmpty(), "from the cache");
    assertEquals(1, lookUps.get());
  }

  @Test
  void aChangedCredentialIsRefusedAtOnceOnThisNode() {
    cache.viewerOf("duiven.lid", 3, database);
    credentialVersion = 4; // the password was changed, and the change flushed here
    cache.changed();

    assertTrue(cache.viewerOf("duiven.lid", 3, database).isEmpty());
    assertTrue(cache.viewerOf("duiven.lid", 4, database).isPresent());
  }

  @Test
  void anotherNodesChangeEndsTheCredentialHereWithinTheTime() {
    cache.viewerOf("duiven.lid", 3, database);
    credentialVersion = 4; // changed on another node: this cache was not told

    now += TimeUnit.MILLISECONDS.toNanos(1_999);
    assertTrue(cache.viewerOf("duiven.lid", 3, database).isPresent(), "the documented bound");
    now += TimeUnit.MILLISECONDS.toNanos(1);
    assertTrue(cache.viewerOf("duiven.lid", 3, database).isEmpty(), "not a moment longer");
  }

  @Test
  void aCredentialNewerThanTheCacheIsLookedUpAtOnce() {
    cache.viewerOf("duiven.lid", 3, database);
    credentialVersion = 4; // a fresh token issued on another node after a change

    assertTrue(cache.viewerOf("duiven.lid", 4, database).isPresent());
    assertEquals(2, lookUps.get());
    assertTrue(cache.viewerOf("duiven.lid", 3, database).isEmpty(), "and the old one ends here");
  }

  @Test
  void withTheCacheOffEveryCredentialIsComparedWithTheDatabase() {
    cache.seconds = 0;
    cache.viewerOf("duiven.lid", 3, database);
    credentialVersion = 4;
    assertTrue(cache.viewerOf("duiven.lid", 3, database).isEmpty());
  }
}
