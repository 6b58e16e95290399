package nl.leerkring.portal.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A learning question's status moves, explanations, versions and meetings. */
class LearningQuestionTest {

  static final Instant RAISED = Instant.parse("2025-03-01T10:00:00Z");
  static final Instant LATER = Instant.parse("2025-06-01T10:00:00Z");

  static LearningQuestion question(Phase phase) {
    return new LearningQuestion(
        "circle-1",
        "Wat maakt een wijkaanpak blijvend?",
        phase,
        new LearningQuestion.Owner("t-duiven", null, "Duiven"),
        "Cora",
        RAISED);
  }

  static LearningQuestion inStatus(QuestionStatus status) {
    LearningQuestion q = question(Phase.REALISE);
    if (status != QuestionStatus.OPEN) {
      q.changeStatus(status, "Omdat", 0L, "Cora", LATER);
    }
    return q;
  }

  @Test
  void aQuestionIsRaisedOpenWithItsRaisingInItsHistory() {
    LearningQuestion q = question(Phase.SPECIFY);
    assertEquals(QuestionStatus.OPEN, q.status());
    assertEquals(1, q.events().size());
    assertEquals(QuestionEvent.Kind.RAISED, q.events().get(0).kind());
    assertEquals(RAISED, q.events().get(0).at());
  }

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "OPEN, EXPLORING, true",
    "OPEN, ANSWERED, true",
    "OPEN, PARKED, true",
    "EXPLORING, ANSWERED, true",
    "EXPLORING, PARKED, true",
    "EXPLORING, OPEN, false",
    "ANSWERED, EXPLORING, true",
    "ANSWERED, OPEN, false",
    "ANSWERED, PARKED, false",
    "PARKED, OPEN, true",
    "PARKED, EXPLORING, true",
    "PARKED, ANSWERED, false",
    "ANSWERED, ANSWERED, true"
  })
  void statusMovesAsTheStatusAllows(QuestionStatus from, QuestionStatus to, boolean allowed) {
    LearningQuestion q = inStatus(from);
    long version = q.version();
    if (allowed) {
      q.changeStatus(to, "Toelichting", version, "Cora", LATER);
      assertEquals(to, q.status());
      assertEquals("Toelichting", q.explanation());
    } else {
      PortalException e =
          assertThrows(
              PortalException.class,
              () -> q.changeStatus(to, "Toelichting", version, "Cora", LATER));
      assertEquals(TenantsException.Kind.CONFLICT, e.kind());
      assertEquals(LearningCode.STATUS_TRANSITION, e.refusals().get(0).code());
      assertEquals(from, q.status());
    }
  }

  @Test
  void answeringParkingAndReopeningNeedAnExplanationButStartingToExploreDoesNot() {
    LearningQuestion q = question(Phase.REALISE);
    for (QuestionStatus s : List.of(QuestionStatus.ANSWERED, QuestionStatus.PARKED)) {
      PortalException e =
          assertThrows(PortalException.class, () -> q.changeStatus(s, "  ", 0L, "Cora", LATER));
      assertEquals(List.of("explanation"), e.refusals().stream().map(Refusal::field).toList());
      assertEquals(LearningCode.EXPLANATION_REQUIRED, e.refusals().get(0).code());
    }
    q.changeStatus(QuestionStatus.EXPLORING, null, 0L, "Cora", LATER);
    assertEquals(QuestionStatus.EXPLORING, q.status());
    LearningQuestion answered = inStatus(QuestionStatus.ANSWERED);
    assertThrows(
        PortalException.class,
        () -> answered.changeStatus(QuestionStatus.EXPLORING, null, 0L, "Cora", LATER));
    assertEquals(QuestionStatus.ANSWERED, answered.status());
  }

  @Test
  void aStaleOrMissingVersionChangesNothing() {
    LearningQuestion q = question(Phase.REALISE);
    PortalException stale =
        assertThrows(
            PortalException.class,
            () -> q.changeStatus(QuestionStatus.ANSWERED, "Ja", 4L, "Cora", LATER));
    assertEquals(TenantsException.Kind.CONFLICT, stale.kind());
    assertEquals(List.of(4L, 0L), stale.refusals().get(0).args());
    PortalException missing =
        assertThrows(
            PortalException.class,
            () -> q.changeStatus(QuestionStatus.ANSWERED, "Ja", null, "Cora", LATER));
    assertEquals(TenantsException.Kind.INVALID, missing.kind());
    assertEquals("version", missing.refusals().get(0).field());
    assertEquals(QuestionStatus.OPEN, q.status());
    assertEquals(1, q.events().size());
  }

  @Test
  void aMeetingIsLinkedOnceAndSetsAnOpenQuestionExploring() {
    LearningQuestion q = question(Phase.REALISE);
    assertTrue(q.workedOnAt("m-1", LATER, "Cora"));
    assertFalse(q.workedOnAt("m-1", LATER, "Cora"));
    assertTrue(q.workedOnAt("m-2", LATER, "Cora"));
    assertEquals(List.of("m-1", "m-2"), q.meetings());
    assertEquals(QuestionStatus.EXPLORING, q.status());
    LearningQuestion answered = inStatus(QuestionStatus.ANSWERED);
    answered.workedOnAt("m-3", LATER, "Cora");
    assertEquals(QuestionStatus.ANSWERED, answered.status(), "an answer stays an answer");
  }

  @Test
  void aParkedQuestionTakesNoHarvestUntilTakenUpAgain() {
    LearningQuestion q = inStatus(QuestionStatus.PARKED);
    PortalException e = assertThrows(PortalException.class, () -> harvest(q));
    assertEquals(LearningCode.QUESTION_PARKED, e.refusals().get(0).code());
    q.changeStatus(QuestionStatus.EXPLORING, "Weer actueel", q.version(), "Cora", LATER);
    assertEquals(q.id(), harvest(q).questionId());
  }

  @Test
  void aPhaseBuildsOnItselfAndEarlierPhasesOnly() {
    assertTrue(Phase.REALISE.buildsOn(Phase.SPECIFY));
    assertTrue(Phase.REALISE.buildsOn(Phase.REALISE));
    assertFalse(Phase.REALISE.buildsOn(Phase.REFLECT));
    assertTrue(Phase.REFLECT.buildsOn(Phase.SPECIFY));
    assertFalse(Phase.SPECIFY.buildsOn(Phase.REALISE));
  }

  static HarvestItem harvest(LearningQuestion q) {
    return new HarvestItem(
        q, HarvestKind.INSIGHT, "Inzicht", null, "a-1", "Anna", "t-duiven", List.of("p-1"), LATER);
  }
}
