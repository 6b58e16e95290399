package nl.leerkring.portal.meetings;

import static nl.leerkring.portal.meetings.MeetingBuilder.AFTER;
import static nl.leerkring.portal.meetings.MeetingBuilder.BEFORE;
import static nl.leerkring.portal.meetings.MeetingBuilder.MEMBERS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** The rules of a meeting: its life, the waiting list, the minutes and attendance. */
class MeetingTest {

  private static Meeting meeting(Integer capacity) {
    return MeetingBuilder.meeting("circle-1", capacity);
  }

  private static PortalException refused(Runnable r) {
    return assertThrows(PortalException.class, r::run);
  }

  private static List<String> fields(PortalException e) {
    return e.refusals().stream().map(Refusal::field).toList();
  }

  private static List<MeetingCode> codes(PortalException e) {
    return e.refusals().stream().map(r -> (MeetingCode) r.code()).toList();
  }

  // --- details ---

  @Test
  void aPlannedMeetingKeepsWhatWasAsked() {
    Meeting m = meeting(12);
    assertEquals("Bijeenkomst in Duiven", m.title());
    assertEquals("t-duiven", m.hostTenant());
    assertEquals(MeetingStatus.PLANNED, m.status());
    assertEquals(0, m.sequence());
    assertEquals(12, m.capacity());
  }

  @Test
  void everyWrongFieldIsReportedAtOnce() {
    MeetingDraft bad =
        new MeetingDraft(
            " ",
            "2026-12-10T17:00",
            "2026-12-10T14:00",
            null,
            "javascript:alert(1)",
            "deventer",
            -1,
            null,
            null);
    PortalException e = refused(() -> MeetingDetails.read(bad, MEMBERS));
    assertEquals(TenantsException.Kind.INVALID, e.kind());
    assertEquals(List.of("title", "end", "onlineUrl", "host", "capacity"), fields(e));
    assertEquals(
        List.of(
            MeetingCode.REQUIRED,
            MeetingCode.END_BEFORE_START,
            MeetingCode.ONLINE_URL_INVALID,
            MeetingCode.HOST_NOT_MEMBER,
            MeetingCode.CAPACITY_NEGATIVE),
        codes(e));
  }

  @Test
  void aStartThatIsNoDateTimeNamesItsField() {
    MeetingDraft bad =
        new MeetingDraft(
            "T", "10 december", "2026-12-10T14:00", null, null, null, null, null, null);
    PortalException e = refused(() -> MeetingDetails.read(bad, MEMBERS));
    assertEquals(List.of("start"), fields(e));
    assertEquals(List.of(MeetingCode.DATE_TIME_INVALID), codes(e));
  }

  @Test
  void optionalFieldsMayBeAbsent() {
    MeetingDetails d =
        MeetingDetails.read(
            new MeetingDraft(
                "Online",
                "2026-12-10T14:00",
                "2026-12-10T15:00",
                null,
                null,
                null,
                null,
                null,
                null),
            MEMBERS);
    assertNull(d.hostTenant());
    assertNull(d.capacity());
  }

  // --- life ---

  @Test
  void aMeetingIsHeldOnlyOnceItStartedAndClosedOnlyWithFinalMinutes() {
    Meeting m = meeting(null);
    PortalException early = refused(() -> m.hold(BEFORE));
    assertEquals(List.of(MeetingCode.NOT_STARTED), codes(early));
    m.hold(AFTER);
    assertEquals(MeetingStatus.HELD, m.status());
    assertEquals(List.of(MeetingCode.MINUTES_NOT_FINAL), codes(refused(() -> m.close(AFTER))));
    m.writeMinutes("Verslag", 0L, "coordinator", AFTER);
    m.finaliseMinutes(AFTER);
    m.close(AFTER);
    assertEquals(MeetingStatus.CLOSED, m.status());
    PortalException again = refused(() -> m.cancel("te laat", AFTER));
    assertEquals(TenantsException.Kind.CONFLICT, again.kind());
    assertEquals(List.of(MeetingCode.STATUS_TRANSITION), codes(again));
  }

  @Test
  void aCancellationNeedsAReasonAndRaisesTheSequence() {
    Meeting m = meeting(null);
    assertEquals(List.of("reason"), fields(refused(() -> m.cancel(" ", AFTER))));
    assertEquals(MeetingStatus.PLANNED, m.status());
    m.cancel("Storm", BEFORE);
    assertEquals(MeetingStatus.CANCELLED, m.status());
    assertEquals(1, m.sequence());
    assertEquals(List.of(MeetingCode.STATUS_TRANSITION), codes(refused(() -> m.hold(AFTER))));
    assertEquals(
        List.of(MeetingCode.REGISTRATION_CLOSED),
        codes(refused(() -> m.answer("a", "A", null, Answer.YES, AFTER))));
  }

  @Test
  void aChangeRaisesTheSequenceAndOnlyWhilePlanned() {
    Meeting m = meeting(5);
    m.reschedule(MeetingDetails.read(MeetingBuilder.draft(6), MEMBERS), BEFORE);
    assertEquals(1, m.sequence());
    m.hold(AFTER);
    assertEquals(
        List.of(MeetingCode.NOT_PLANNED),
        codes(
            refused(
                () -> m.reschedule(MeetingDetails.read(MeetingBuilder.draft(6), MEMBERS), AFTER))));
  }

  // --- the waiting list ---

  @Test
  void beyondCapacityAYesWaitsAndMovesUpWhenSomeoneSaysNo() {
    Meeting m = meeting(2);
    assertFalse(m.answer("a", "Anna", "t-duiven", Answer.YES, BEFORE).waitlisted());
    assertFalse(m.answer("b", "Bas", "t-wijchen", Answer.YES, BEFORE).waitlisted());
    assertTrue(m.answer("c", "Cor", "t-duiven", Answer.YES, BEFORE).waitlisted());
    assertTrue(m.answer("d", "Dirk", "t-wijchen", Answer.YES, BEFORE).waitlisted());
    assertEquals(2, m.confirmed());
    assertEquals(2, m.waitlisted());

    assertEquals(List.of(), m.movedUp(), "nobody moved up yet");

    m.answer("a", "Anna", "t-duiven", Answer.NO, BEFORE);

    // The first on the list (Cor, who said yes before Dirk) has the place now.
    assertFalse(m.registrationOf("c").orElseThrow().waitlisted());
    assertTrue(m.registrationOf("d").orElseThrow().waitlisted());
    assertEquals(2, m.confirmed());
    // Cor, and only Cor, is to be told; once told, not again.
    assertEquals(List.of("c"), m.movedUp().stream().map(Registration::accountId).toList());
    assertEquals(List.of(), m.movedUp());
  }

  @Test
  void aMaybeTakesNoPlaceAndAWaitingNoFreesNone() {
    Meeting m = meeting(1);
    m.answer("a", "Anna", null, Answer.MAYBE, BEFORE);
    assertFalse(m.answer("b", "Bas", null, Answer.YES, BEFORE).waitlisted());
    assertTrue(m.answer("c", "Cor", null, Answer.YES, BEFORE).waitlisted());
    assertTrue(m.answer("d", "Dirk", null, Answer.YES, BEFORE).waitlisted());
    m.answer("d", "Dirk", null, Answer.NO, BEFORE);
    assertTrue(m.registrationOf("c").orElseThrow().waitlisted());
    assertEquals(List.of(), m.movedUp(), "a waiting no frees no place: nobody is told");
    assertEquals(1, m.confirmed());
    assertEquals(1, m.count(Answer.MAYBE));
    assertEquals(1, m.count(Answer.NO));
  }

  @Test
  void sayingYesAgainKeepsOnesTurn() {
    Meeting m = meeting(1);
    m.answer("a", "Anna", null, Answer.YES, BEFORE);
    m.answer("b", "Bas", null, Answer.YES, BEFORE);
    m.answer("b", "Bas", null, Answer.YES, BEFORE);
    assertTrue(m.registrationOf("b").orElseThrow().waitlisted());
    assertEquals(2, m.registrations().size());
  }

  @Test
  void moreCapacityLetsTheWaitingListMoveUpAndLessThanConfirmedIsRefused() {
    Meeting m = meeting(1);
    m.answer("a", "Anna", null, Answer.YES, BEFORE);
    m.answer("b", "Bas", null, Answer.YES, BEFORE);
    m.answer("c", "Cor", null, Answer.YES, BEFORE);
    m.reschedule(MeetingDetails.read(MeetingBuilder.draft(2), MEMBERS), BEFORE);
    assertFalse(m.registrationOf("b").orElseThrow().waitlisted());
    assertTrue(m.registrationOf("c").orElseThrow().waitlisted());
    assertEquals(List.of("b"), m.movedUp().stream().map(Registration::accountId).toList());
    PortalException e =
        refused(() -> m.reschedule(MeetingDetails.read(MeetingBuilder.draft(1), MEMBERS), BEFORE));
    assertEquals(List.of("capacity"), fields(e));
    assertEquals(List.of(MeetingCode.CAPACITY_BELOW_CONFIRMED), codes(e));
    assertEquals(2, m.capacity());
  }

  @Test
  void withoutCapacityEveryYesHasAPlace() {
    Meeting m = meeting(null);
    for (int i = 0; i < 50; i++) {
      assertFalse(m.answer("p" + i, "P" + i, null, Answer.YES, BEFORE).waitlisted());
    }
    assertEquals(50, m.confirmed());
  }

  // --- minutes ---

  @Test
  void minutesGoFromDraftToOpenToFinalAndThenStayAsTheyAre() {
    Meeting m = meeting(null);
    m.hold(AFTER);
    assertEquals(
        List.of(MeetingCode.MINUTES_MISSING), codes(refused(() -> m.openMinutes(7, AFTER))));
    m.writeMinutes("Eerste versie", 0L, "coordinator", AFTER);
    assertEquals(MinutesState.DRAFT, m.minutesState());
    PortalException stale = refused(() -> m.writeMinutes("Tweede", 0L, "facilitator", AFTER));
    assertEquals(TenantsException.Kind.CONFLICT, stale.kind());
    assertEquals(List.of("version"), fields(stale));
    assertEquals(List.of("days"), fields(refused(() -> m.openMinutes(0, AFTER))));
    m.openMinutes(7, AFTER);
    assertEquals(MinutesState.OPEN, m.minutesState());
    assertTrue(m.minutesOpenAt(AFTER.plusSeconds(3600)));
    assertFalse(m.minutesOpenAt(AFTER.plusSeconds(8 * 24 * 3600)));
    m.writeMinutes("Tweede versie", 1L, "facilitator", AFTER);
    m.finaliseMinutes(AFTER);
    assertEquals(MinutesState.FINAL, m.minutesState());
    PortalException late = refused(() -> m.writeMinutes("Derde", 2L, "coordinator", AFTER));
    assertEquals(List.of(MeetingCode.MINUTES_FINAL), codes(late));
    assertEquals("Tweede versie", m.minutesText());
    assertEquals(List.of(1, 2), m.minutesVersions().stream().map(MinutesVersion::number).toList());
  }

  @Test
  void minutesWithoutTextOrVersionAreRefusedTogether() {
    Meeting m = meeting(null);
    PortalException e = refused(() -> m.writeMinutes(" ", null, "c", AFTER));
    assertEquals(List.of("text", "version"), fields(e));
    assertNull(m.minutesState());
  }

  @Test
  void minutesAreOpenedOrMadeFinalOnlyAfterTheMeeting() {
    Meeting m = meeting(null);
    m.writeMinutes("Voorbereiding", 0L, "c", BEFORE);
    assertEquals(List.of(MeetingCode.NOT_HELD), codes(refused(() -> m.finaliseMinutes(BEFORE))));
  }

  // --- attendance and agenda ---

  @Test
  void attendanceIsTakenAfterTheMeetingAndReplacesAnEarlierRecord() {
    Meeting m = meeting(null);
    assertEquals(
        List.of(MeetingCode.NOT_HELD), codes(refused(() -> m.recordAttendance(Set.of("a")))));
    m.hold(AFTER);
    m.recordAttendance(Set.of("a", "b"));
    m.recordAttendance(Set.of("b"));
    assertEquals(Set.of("b"), m.present());
  }

  @Test
  void agendaItemsKeepTheirOrderAndStopOnceClosedOrCancelled() {
    Meeting m = meeting(null);
    m.addAgendaItem("Nieuws", AgendaKind.NEWS, 15, "Duiven", List.of());
    m.addAgendaItem("Intervisie", AgendaKind.INTERVISIE, 60, "Wijchen", List.of("p1"));
    assertEquals(List.of(1, 2), m.agenda().stream().map(AgendaItem::position).toList());
    m.cancel("Storm", BEFORE);
    assertEquals(
        List.of(MeetingCode.AGENDA_CLOSED),
        codes(refused(() -> m.addAgendaItem("X", AgendaKind.OTHER, null, null, List.of()))));
  }
}
