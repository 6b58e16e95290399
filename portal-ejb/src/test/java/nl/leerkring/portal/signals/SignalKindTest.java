package nl.leerkring.portal.signals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.leerkring.tenants.tenancy.CircleGrant;
import nl.leerkring.tenants.tenancy.CircleId;
import nl.leerkring.tenants.tenancy.CircleRole;
import nl.leerkring.tenants.tenancy.Role;
import nl.leerkring.tenants.tenancy.TenantId;
import nl.leerkring.tenants.tenancy.Viewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fan-out rules over a model of who may read what: two circles, four gemeenten, and people of
 * every role, each a {@link Viewer} built as the portal builds it. A signal about Duiven's item in
 * the WDW circle reaches exactly the people the boundaries would let open that item's moderation
 * list, Duiven's own item, or the circle's meeting, and never anyone else.
 */
class SignalKindTest {

  static final CircleId WDW = new CircleId("c-wdw");
  static final CircleId ACHTERHOEK = new CircleId("c-achterhoek");
  static final TenantId DUIVEN = new TenantId("t-duiven");
  static final TenantId WIJCHEN = new TenantId("t-wijchen");
  static final TenantId DOESBURG = new TenantId("t-doesburg");
  static final TenantId DEVENTER = new TenantId("t-deventer");

  /** Who is who; WDW holds Duiven, Wijchen and Doesburg, the Achterhoek circle Deventer. */
  static final Map<String, Viewer> PEOPLE = new LinkedHashMap<>();

  static {
    member("duiven.lid", DUIVEN, WDW);
    member("duiven.collega", DUIVEN, WDW);
    member("wijchen.lid", WIJCHEN, WDW);
    member("doesburg.lid", DOESBURG, WDW);
    member("deventer.lid", DEVENTER, ACHTERHOEK);
    part("coordinator", CircleRole.COORDINATOR, Role.COORDINATOR, WDW);
    part("coordinator.achterhoek", CircleRole.COORDINATOR, Role.COORDINATOR, ACHTERHOEK);
    part("facilitator", CircleRole.FACILITATOR, Role.FACILITATOR, WDW);
    part("researcher", CircleRole.RESEARCHER, Role.RESEARCHER, WDW);
    PEOPLE.put(
        "admin",
        new Viewer("admin", "admin", "Admin", null, Set.of(Role.PLATFORM_ADMIN), List.of()));
  }

  private static void member(String name, TenantId tenant, CircleId circle) {
    person(name, tenant, CircleRole.MEMBER, Role.MEMBER, circle);
  }

  private static void part(String name, CircleRole how, Role role, CircleId circle) {
    person(name, null, how, role, circle);
  }

  private static void person(
      String name, TenantId tenant, CircleRole how, Role role, CircleId circle) {
    PEOPLE.put(
        name,
        new Viewer(
            name,
            name,
            name,
            tenant,
            Set.of(role),
            List.of(new CircleGrant(circle, circle.value(), circle.value(), how))));
  }

  /** A signal about Duiven's item in WDW, caused by {@code actor}. */
  private static Signal about(SignalKind kind, String actor) {
    return new Signal(
        kind,
        WDW.value(),
        DUIVEN.value(),
        "item-1",
        "Wijkaanpak",
        "app/x",
        actor,
        "wijchen.lid",
        null);
  }

  private static Set<String> reached(SignalKind kind, String actor) {
    Signal s = about(kind, actor);
    Set<String> out = new TreeSet<>();
    PEOPLE.forEach(
        (name, viewer) -> {
          if (kind.reaches(viewer, s)) {
            out.add(name);
          }
        });
    return out;
  }

  @Test
  void waitingWorkReachesTheCircleCoordinatorsOnly() {
    for (SignalKind k :
        EnumSet.of(
            SignalKind.SUBMISSION_WAITING,
            SignalKind.ITEM_REPORTED,
            SignalKind.STATEMENT_WAITING)) {
      assertEquals(Set.of("coordinator"), reached(k, "duiven.lid"), k.name());
    }
  }

  @Test
  void decisionsReachTheOwnerGemeentesMembersButNotTheDecider() {
    for (SignalKind k :
        EnumSet.of(
            SignalKind.SUBMISSION_APPROVED,
            SignalKind.SUBMISSION_RETURNED,
            SignalKind.ITEM_HIDDEN,
            SignalKind.ITEM_RESTORED,
            SignalKind.STATEMENT_ACCEPTED,
            SignalKind.STATEMENT_RETURNED)) {
      assertEquals(Set.of("duiven.lid", "duiven.collega"), reached(k, "coordinator"), k.name());
    }
  }

  @Test
  void meetingsReachEveryoneWhoTakesPartInTheCircleExceptWhoChangedThem() {
    assertEquals(
        Set.of(
            "duiven.lid",
            "duiven.collega",
            "wijchen.lid",
            "doesburg.lid",
            "facilitator",
            "researcher"),
        reached(SignalKind.MEETING_PLANNED, "coordinator"));
  }

  @Test
  void anActionReachesOnlyItsOwnerWhileTheyTakePartInTheCircle() {
    assertEquals(Set.of("wijchen.lid"), reached(SignalKind.ACTION_ASSIGNED, "coordinator"));
    Signal elsewhere =
        new Signal(
            SignalKind.ACTION_ASSIGNED,
            WDW.value(),
            null,
            "action-1",
            "Doen",
            "app/x",
            "coordinator",
            "deventer.lid",
            null);
    assertFalse(SignalKind.ACTION_ASSIGNED.reaches(PEOPLE.get("deventer.lid"), elsewhere));
  }

  @Test
  void aNewItemOrThreadReachesOnlyThoseWhoTakePartInTheCircleTheWatchersAreChosenFrom() {
    for (SignalKind kind : List.of(SignalKind.NEW_ITEM, SignalKind.THREAD_STARTED)) {
      assertEquals(
          Set.of(
              "coordinator",
              "duiven.collega",
              "wijchen.lid",
              "doesburg.lid",
              "facilitator",
              "researcher"),
          reached(kind, "duiven.lid"),
          kind + ": not its starter, nobody outside the circle");
      assertFalse(kind.reaches(PEOPLE.get("coordinator.achterhoek"), about(kind, "coordinator")));
      assertFalse(kind.isTodo(), "news, not work: in the daily digest");
      assertEquals(Delivery.DAILY, kind.defaultDelivery());
    }
    assertEquals(SignalKind.ActivityGroup.CONVERSATIONS, SignalKind.THREAD_STARTED.activityGroup());
  }

  @Test
  void aSavedSearchMatchReachesOnlyTheOneWhoseSearchFoundIt() {
    assertEquals(Set.of("wijchen.lid"), reached(SignalKind.SAVED_SEARCH_MATCH, null));
    assertEquals(Delivery.DAILY, SignalKind.SAVED_SEARCH_MATCH.defaultDelivery());
  }

  @Test
  void aPlaceFromTheWaitingListReachesOnlyWhoMovedUpUntilTheyAnswer() {
    // The one whose "no" freed the place is Duiven's member; the place is Wijchen's member's.
    assertEquals(Set.of("wijchen.lid"), reached(SignalKind.REGISTRATION_CONFIRMED, "duiven.lid"));
    assertTrue(SignalKind.REGISTRATION_CONFIRMED.isTodo());
    assertTrue(SignalKind.MEETING_ANSWERED.settles().contains(SignalKind.REGISTRATION_CONFIRMED));
    assertTrue(SignalKind.MEETING_CANCELLED.settles().contains(SignalKind.REGISTRATION_CONFIRMED));
  }

  @ParameterizedTest
  @EnumSource(SignalKind.class)
  void noKindReachesAnOutsiderTheActorOrSomeoneWhoCannotOpenTheSubject(SignalKind kind) {
    Set<String> reached = reached(kind, "duiven.lid");
    assertFalse(reached.contains("duiven.lid"), "the one who caused it");
    for (String outsider : List.of("deventer.lid", "coordinator.achterhoek", "admin")) {
      assertFalse(reached.contains(outsider), kind + " reached " + outsider);
    }
    for (String name : reached) {
      Viewer v = PEOPLE.get(name);
      assertTrue(
          v.takesPartIn(WDW) || v.belongsTo(DUIVEN),
          name + " may open neither the circle nor Duiven's own item, yet " + kind + " reached");
    }
  }

  @Test
  void aDecisionSettlesTheWaitingAndAResubmissionTheReturned() {
    assertTrue(SignalKind.SUBMISSION_APPROVED.settles().contains(SignalKind.SUBMISSION_WAITING));
    assertTrue(SignalKind.SUBMISSION_RETURNED.settles().contains(SignalKind.SUBMISSION_WAITING));
    assertTrue(SignalKind.SUBMISSION_WAITING.settles().contains(SignalKind.SUBMISSION_RETURNED));
    assertTrue(SignalKind.ITEM_RESTORED.settles().contains(SignalKind.ITEM_HIDDEN));
    assertTrue(SignalKind.MEETING_ANSWERED.settlesOwnOnly());
    for (SignalKind k : SignalKind.values()) {
      for (SignalKind settled : k.settles()) {
        assertTrue(settled.isTodo(), k + " settles " + settled + ", which is never a to-do");
      }
    }
  }

  @Test
  void anonymousViewersReachNothing() {
    for (SignalKind k : SignalKind.values()) {
      assertFalse(k.reaches(Viewer.anonymous(), about(k, "duiven.lid")), k.name());
    }
  }

  @Test
  void aReplyOrMentionReachesTheNamedPersonOnlyWhileTheyReadTheCircle() {
    for (SignalKind k : EnumSet.of(SignalKind.REPLY, SignalKind.MENTION)) {
      assertEquals(Set.of("wijchen.lid"), reached(k, "duiven.lid"), k.name());
      Signal outside =
          new Signal(
              k,
              WDW.value(),
              null,
              "thread-1",
              "Vraag",
              "app/x",
              "duiven.lid",
              "deventer.lid",
              null);
      assertFalse(k.reaches(PEOPLE.get("deventer.lid"), outside), "named, but outside the circle");
    }
    assertTrue(
        SignalKind.POSTED.settles().containsAll(Set.of(SignalKind.REPLY, SignalKind.MENTION)));
    assertTrue(SignalKind.POSTED.settlesOwnOnly(), "only the poster's own to-dos end");
  }

  @Test
  void onlyTheCirclesNewsShowsInItsActivity() {
    assertEquals(SignalKind.ActivityGroup.CATALOG, SignalKind.SUBMISSION_APPROVED.activityGroup());
    assertEquals(SignalKind.ActivityGroup.MEETINGS, SignalKind.MINUTES_FINAL.activityGroup());
    assertEquals(SignalKind.ActivityGroup.CONVERSATIONS, SignalKind.POSTED.activityGroup());
    for (SignalKind k :
        EnumSet.of(
            SignalKind.SUBMISSION_WAITING,
            SignalKind.SUBMISSION_RETURNED,
            SignalKind.ITEM_HIDDEN,
            SignalKind.STATEMENT_WAITING,
            SignalKind.MINUTES_OPEN,
            SignalKind.REPLY,
            SignalKind.MENTION)) {
      assertEquals(null, k.activityGroup(), k + " is someone's own news, not the circle's");
    }
  }
}
