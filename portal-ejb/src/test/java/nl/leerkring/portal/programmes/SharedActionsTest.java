package nl.leerkring.portal.programmes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.leerkring.portal.isolation.TestCircle;
import nl.leerkring.portal.isolation.TestDatabase;
import nl.leerkring.portal.programmes.SharedActions.SharedAction;
import nl.leerkring.tenants.directory.Circle;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a circle reads of the programme actions its gemeenten shared, through the real persistence
 * unit and V23: a shared action by its title and status, an unshared one of another gemeente
 * exactly like an id that does not exist, a withdrawn share without its title.
 */
class SharedActionsTest {

  private static TestDatabase db;

  @BeforeAll
  static void open() {
    db = new TestDatabase();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  private static <R> R read(java.util.function.Function<SharedActions, R> work) {
    return db.unbound(
        em -> {
          SharedActions actions = new SharedActions();
          actions.em = em;
          return work.apply(actions);
        });
  }

  @Test
  void aCircleReadsWhatItsGemeentenSharedAndNothingElse() {
    TestCircle kring = TestCircle.persist(db);
    TenantId duiven = kring.duiven();
    TenantId other = TestCircle.persist(db).duiven(); // a gemeente of another circle
    String shared = sharedIn(kring);
    String unshared = db.asTenant(duiven, em -> ProgrammeBuilder.persistAction(em, duiven).id());
    String othersShared =
        db.asTenant(other, em -> ProgrammeBuilder.persistShare(em, other).actionId());
    String missing = UUID.randomUUID().toString();

    Map<String, SharedAction> found =
        read(a -> a.inCircle(kring.circleId(), List.of(shared, unshared, othersShared, missing)));

    assertEquals(List.of(shared), List.copyOf(found.keySet()));
    SharedAction action = found.get(shared);
    assertEquals("Werkgroep starten", action.title());
    assertEquals("planned", action.status());
    assertEquals("Duiven", action.gemeente());
    assertTrue(action.shared());
    assertTrue(citable(kring.circleId(), duiven.value(), shared));
    assertFalse(citable(kring.circleId(), other.value(), shared), "not theirs");
    assertFalse(citable(kring.circleId(), duiven.value(), unshared));
    assertFalse(citable(kring.circleId(), other.value(), othersShared), "other circle");
  }

  @Test
  void aWithdrawnShareReadsAsNoLongerSharedWithoutItsTitleAndIsNoLongerCitable() {
    TestCircle kring = TestCircle.persist(db);
    TenantId duiven = kring.duiven();
    String actionId =
        db.asTenant(
            duiven,
            em -> {
              ActionShare s =
                  ProgrammeBuilder.share(
                      em, ProgrammeBuilder.persistAction(em, duiven), kring.circleId());
              s.withdraw(Instant.parse("2026-12-07T10:00:00Z"));
              return s.actionId();
            });

    SharedAction action = read(a -> a.inCircle(kring.circleId(), List.of(actionId))).get(actionId);

    assertFalse(action.shared());
    assertNull(action.title());
    assertNull(action.status());
    assertFalse(citable(kring.circleId(), duiven.value(), actionId));
    assertTrue(read(a -> a.citableBy(kring.circleId(), duiven.value())).isEmpty());
  }

  @Test
  void aGemeenteThatLeftTheCircleNoLongerOffersItsSharesToCite() {
    TestCircle kring = TestCircle.persist(db);
    TenantId duiven = kring.duiven();
    String actionId = sharedIn(kring);
    db.unbound(em -> em.find(Circle.class, kring.circleId()).release(duiven));

    assertFalse(citable(kring.circleId(), duiven.value(), actionId));
    assertTrue(read(a -> a.inCircle(kring.circleId(), List.of(actionId))).get(actionId).shared());
  }

  private static boolean citable(String circleId, String tenantId, String actionId) {
    return read(a -> a.citable(circleId, tenantId, actionId));
  }

  /** A new action of the circle's gemeente, shared with the circle: its id. */
  private static String sharedIn(TestCircle kring) {
    TenantId duiven = kring.duiven();
    return db.asTenant(
        duiven,
        em ->
            ProgrammeBuilder.share(em, ProgrammeBuilder.persistAction(em, duiven), kring.circleId())
                .actionId());
  }
}
