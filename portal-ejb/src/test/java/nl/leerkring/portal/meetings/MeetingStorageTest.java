package nl.leerkring.portal.meetings;

import static nl.leerkring.portal.meetings.MeetingBuilder.AFTER;
import static nl.leerkring.portal.meetings.MeetingBuilder.BEFORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.leerkring.portal.isolation.TestCircle;
import nl.leerkring.portal.isolation.TestDatabase;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole meeting written and read back through the real persistence unit and migrations (H2 in
 * memory, or PostgreSQL in CI): the mapping and the V12 schema agree, and the rules hold across
 * transactions.
 */
class MeetingStorageTest {

  private static TestDatabase db;

  @BeforeAll
  static void open() {
    db = new TestDatabase();
  }

  @AfterAll
  static void close() {
    db.close();
  }

  @Test
  void aMeetingWithAgendaRegistrationsMinutesAttendanceAndActionsRoundTrips() {
    TestCircle kring = TestCircle.persist(db);
    TenantId duiven = kring.duiven();
    String circleId = kring.circleId();
    String anna = db.asTenant(duiven, em -> MemberBuilder.persistMember(em, duiven).accountId());
    String bas = db.asTenant(duiven, em -> MemberBuilder.persistMember(em, duiven).accountId());
    Map<String, String> members = Map.of("duiven", duiven.value());

    String id =
        db.unbound(
            em -> {
              Meeting m =
                  new Meeting(
                      circleId,
                      MeetingDetails.read(
                          new MeetingDraft(
                              "Bijeenkomst",
                              "2026-12-10T14:00",
                              "2026-12-10T17:00",
                              "Raadhuis",
                              null,
                              "duiven",
                              1,
                              "Over de Blijfwijk",
                              null),
                          members),
                      "coordinator",
                      BEFORE);
              m.addAgendaItem("Intervisie", AgendaKind.INTERVISIE, 60, "Duiven", List.of("p-1"));
              m.answer(anna, "Anna", duiven.value(), Answer.YES, BEFORE);
              m.answer(bas, "Bas", duiven.value(), Answer.YES, BEFORE);
              em.persist(m);
              return m.id();
            });

    db.unbound(
        em -> {
          Meeting m = em.find(Meeting.class, id);
          assertTrue(m.registrationOf(bas).orElseThrow().waitlisted());
          m.answer(anna, "Anna", duiven.value(), Answer.NO, BEFORE);
          m.hold(AFTER);
          m.recordAttendance(Set.of(bas));
          m.writeMinutes("Concept", 0L, "coordinator", AFTER);
          m.openMinutes(7, AFTER);
          m.commentOnMinutes(bas, "Bas", false, "Mijn punt ontbreekt", AFTER);
          m.writeMinutes("Verslag van de bijeenkomst", 1L, "coordinator", AFTER);
          m.finaliseMinutes(AFTER);
          em.persist(
              new MeetingAction(
                  m, "Wijkscan delen", duiven.value(), null, "Duiven", null, "c", AFTER));
          return null;
        });

    db.unbound(
        em -> {
          Meeting m = em.find(Meeting.class, id);
          assertFalse(m.registrationOf(bas).orElseThrow().waitlisted(), "Bas moved up");
          assertEquals(Set.of(bas), m.present());
          assertEquals(MinutesState.FINAL, m.minutesState());
          assertEquals(2, m.minutesVersions().size());
          assertEquals("Concept", m.minutesVersion(1).orElseThrow().text());
          assertEquals(
              List.of("Bas:1:Mijn punt ontbreekt"),
              m.minutesComments().stream()
                  .map(c -> c.name() + ":" + c.minutesVersion() + ":" + c.text())
                  .toList());
          assertEquals(List.of("p-1"), m.agenda().get(0).materials());
          assertEquals(
              1,
              em.createNamedQuery(MeetingAction.OF_MEETING, MeetingAction.class)
                  .setParameter("meeting", id)
                  .getResultList()
                  .size());
          assertEquals(
              List.of(id),
              em
                  .createNamedQuery(Meeting.OF_CIRCLE, Meeting.class)
                  .setParameter("circle", circleId)
                  .getResultList()
                  .stream()
                  .map(Meeting::id)
                  .toList());
          assertTrue(MeetingIndexing.text(m).contains("Verslag van de bijeenkomst"));
          return null;
        });
  }

  @Test
  void draftMinutesAreNotSearchText() {
    Meeting m = MeetingBuilder.meeting("c", null);
    m.writeMinutes("Geheim concept", 0L, "c", BEFORE);
    assertFalse(MeetingIndexing.text(m).contains("Geheim"));
  }
}
