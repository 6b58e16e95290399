package nl.leerkring.portal.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.leerkring.portal.isolation.TestCircle;
import nl.leerkring.portal.isolation.TestDatabase;
import nl.leerkring.portal.meetings.Meeting;
import nl.leerkring.portal.meetings.MeetingBuilder;
import nl.leerkring.tenants.accounts.MemberBuilder;
import nl.leerkring.tenants.tenancy.TenantId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A question with its history, harvest citing sources at a meeting, and a synthesis in versions,
 * written and read back through the real persistence unit and migrations (H2 in memory, or
 * PostgreSQL in CI): the mapping and the V17 schema agree, and the rules hold across transactions.
 */
class LearningStorageTest {

  private static final Instant AT = Instant.parse("2026-12-11T09:00:00Z");

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
  void aQuestionWithHistoryHarvestAndASynthesisRoundTrips() {
    TestCircle kring = TestCircle.persist(db);
    TenantId duiven = kring.duiven();
    String circleId = kring.circleId();
    String anna = db.asTenant(duiven, em -> MemberBuilder.persistMember(em, duiven).accountId());
    String meetingId =
        db.unbound(
            em -> {
              Meeting m = MeetingBuilder.hostless(circleId);
              em.persist(m);
              return m.id();
            });

    String[] ids =
        db.unbound(
            em -> {
              LearningQuestion q =
                  new LearningQuestion(
                      circleId,
                      "Welke aanpak past bij welke wijk?",
                      Phase.REALISE,
                      new LearningQuestion.Owner(duiven.value(), null, "Duiven"),
                      "Cora",
                      AT);
              em.persist(q);
              // Harvest names its question by id only: the question's row must come first.
              em.flush();
              q.workedOnAt(meetingId, AT, "Anna");
              HarvestItem h =
                  new HarvestItem(
                      q,
                      HarvestKind.STORY,
                      "Het buurtgesprek bracht bewoners en corporatie samen.",
                      meetingId,
                      anna,
                      "Anna",
                      duiven.value(),
                      List.of("pub-1", "card-1"),
                      AT);
              em.persist(h);
              Synthesis s =
                  new Synthesis(
                      circleId, Phase.REALISE, "Denkkader", "Opzet", List.of(h.id()), "Cora", AT);
              em.persist(s);
              return new String[] {q.id(), h.id(), s.id()};
            });

    db.unbound(
        em -> {
          LearningQuestion q = em.find(LearningQuestion.class, ids[0]);
          q.changeStatus(QuestionStatus.ANSWERED, "Zie het denkkader", q.version(), "Cora", AT);
          Synthesis s = em.find(Synthesis.class, ids[2]);
          s.publish(s.version(), "Cora", AT);
          s.revise("Denkkader", "Tweede opzet", List.of(ids[1]), s.version(), "Cora", AT);
          return null;
        });

    db.unbound(
        em -> {
          LearningQuestion q = em.find(LearningQuestion.class, ids[0]);
          assertEquals(QuestionStatus.ANSWERED, q.status());
          assertEquals(List.of(meetingId), q.meetings());
          assertEquals(
              List.of(
                  QuestionEvent.Kind.RAISED, QuestionEvent.Kind.MEETING, QuestionEvent.Kind.STATUS),
              q.events().stream().map(QuestionEvent::kind).toList());
          List<HarvestItem> harvest =
              em.createNamedQuery(HarvestItem.OF_QUESTION, HarvestItem.class)
                  .setParameter("question", ids[0])
                  .getResultList();
          assertEquals(List.of("pub-1", "card-1"), harvest.get(0).sources());
          assertEquals(HarvestKind.STORY, harvest.get(0).kind());
          Synthesis s = em.find(Synthesis.class, ids[2]);
          assertEquals(2, s.versions().size());
          assertEquals("Opzet", s.published().orElseThrow().text());
          assertEquals("Tweede opzet", s.newest().text());
          assertEquals(List.of(ids[1]), s.newest().citations());
          assertTrue(
              em.createQuery(
                          "select h from HarvestItem h where h.sources like :p", HarvestItem.class)
                      .setParameter("p", "%\"card-1\"%")
                      .getResultList()
                      .size()
                  >= 1,
              "the method page finds harvest by the ids it cites");
          return null;
        });
  }

  /** The circle page's harvest per question: only its own circle's questions, each counted once. */
  @Test
  void harvestIsCountedPerQuestionOfTheCircleOnly() {
    TestCircle kring = TestCircle.persist(db);
    TestCircle other = TestCircle.persist(db);
    String anna =
        db.asTenant(
            kring.duiven(), em -> MemberBuilder.persistMember(em, kring.duiven()).accountId());
    String[] q = {
      question(kring, anna, 3),
      question(kring, anna, 1),
      question(kring, anna, 0),
      question(other, anna, 2)
    };
    Map<String, Integer> counts = db.unbound(em -> Learning.harvestCounts(em, kring.circleId()));
    assertEquals(Map.of(q[0], 3, q[1], 1), counts);
    assertEquals(Map.of(q[3], 2), db.unbound(em -> Learning.harvestCounts(em, other.circleId())));
  }

  /** A question of the circle with {@code harvest} stories; its id. */
  private static String question(TestCircle circle, String author, int harvest) {
    return db.unbound(
        em -> {
          LearningQuestion q =
              new LearningQuestion(
                  circle.circleId(),
                  "Wat werkt in de wijk?",
                  Phase.SPECIFY,
                  new LearningQuestion.Owner(circle.duiven().value(), null, "Duiven"),
                  "Cora",
                  AT);
          em.persist(q);
          em.flush();
          for (int i = 0; i < harvest; i++) {
            em.persist(
                new HarvestItem(
                    q,
                    HarvestKind.STORY,
                    "Verhaal " + i,
                    null,
                    author,
                    "Anna",
                    circle.duiven().value(),
                    List.of(),
                    AT.plusSeconds(i)));
          }
          return q.id();
        });
  }
}
