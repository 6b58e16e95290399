package nl.leerkring.portal.meetings;

import static nl.leerkring.portal.meetings.MeetingBuilder.AFTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** An agreed action and its follow-up. */
class MeetingActionTest {

  private static MeetingAction action() {
    Meeting m = MeetingBuilder.meeting("circle-1", null);
    m.hold(AFTER);
    return new MeetingAction(
        m, "Wijkscan delen", "t-duiven", null, "Duiven", LocalDate.of(2027, 1, 15), "c", AFTER);
  }

  @Test
  void anActionIsAgreedOnlyAtAHeldMeeting() {
    Meeting planned = MeetingBuilder.meeting("circle-1", null);
    PortalException e =
        assertThrows(
            PortalException.class,
            () -> new MeetingAction(planned, "X", "t", null, "T", null, "c", AFTER));
    assertEquals(MeetingCode.NOT_HELD, e.refusals().get(0).code());
  }

  @Test
  void anActionIsDoneOrDroppedWithANoteAndMayBeReopened() {
    MeetingAction a = action();
    assertEquals(ActionStatus.OPEN, a.status());
    a.follow(ActionStatus.DONE, "Gedeeld in de koffer", 0L, "lid", AFTER);
    assertEquals(ActionStatus.DONE, a.status());
    assertEquals("Gedeeld in de koffer", a.note());
    a.follow(ActionStatus.OPEN, null, 0L, "lid", AFTER);
    assertEquals(ActionStatus.OPEN, a.status());
  }

  @Test
  void droppingNeedsANote() {
    MeetingAction a = action();
    PortalException e =
        assertThrows(
            PortalException.class, () -> a.follow(ActionStatus.DROPPED, " ", 0L, "lid", AFTER));
    assertEquals(List.of("note"), e.refusals().stream().map(Refusal::field).toList());
    assertEquals(MeetingCode.NOTE_REQUIRED_TO_DROP, e.refusals().get(0).code());
    assertEquals(ActionStatus.OPEN, a.status());
  }

  @Test
  void aStaleOrMissingVersionChangesNothing() {
    MeetingAction a = action();
    PortalException stale =
        assertThrows(
            PortalException.class, () -> a.follow(ActionStatus.DONE, null, 3L, "lid", AFTER));
    assertEquals(TenantsException.Kind.CONFLICT, stale.kind());
    assertEquals(List.of(3L, 0L), stale.refusals().get(0).args());
    PortalException missing =
        assertThrows(
            PortalException.class, () -> a.follow(ActionStatus.DONE, null, null, "lid", AFTER));
    assertEquals(TenantsException.Kind.INVALID, missing.kind());
    assertEquals(ActionStatus.OPEN, a.status());
  }
}
