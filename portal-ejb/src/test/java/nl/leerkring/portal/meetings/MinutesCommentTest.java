package nl.leerkring.portal.meetings;

import static nl.leerkring.portal.meetings.MeetingBuilder.AFTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import nl.leerkring.portal.PortalException;
import nl.leerkring.tenants.Refusal;
import nl.leerkring.tenants.TenantsException;
import org.junit.jupiter.api.Test;

/** Comments on open minutes, reading old versions, and the agenda's order. */
class MinutesCommentTest {

  private static final Instant LATER = AFTER.plus(Duration.ofHours(2));

  /** A held meeting that Ans attended and Bert did not, with a first draft of its minutes. */
  private static Meeting heldWithDraft() {
    Meeting m = MeetingBuilder.meeting("circle-1", null);
    m.hold(AFTER);
    m.recordAttendance(Set.of("ans"));
    m.writeMinutes("Eerste versie", 0L, "coordinator", AFTER);
    return m;
  }

  private static PortalException refused(Runnable r) {
    return assertThrows(PortalException.class, r::run);
  }

  private static List<Object> codes(PortalException e) {
    return e.refusals().stream().map(r -> (Object) r.code()).toList();
  }

  @Test
  void anAttendeeCommentsOnTheVersionSheReadWhileTheMinutesAreOpen() {
    Meeting m = heldWithDraft();
    m.openMinutes(7, AFTER);
    MinutesComment c = m.commentOnMinutes("ans", "Ans", false, "  Punt 2 klopt niet ", LATER);
    assertEquals("Punt 2 klopt niet", c.text());
    assertEquals(1, c.minutesVersion());
    m.writeMinutes("Tweede versie", 1L, "coordinator", LATER);
    m.commentOnMinutes("coordinator-id", "Coördinator", true, "Aangepast", LATER);
    assertEquals(
        List.of(1, 2), m.minutesComments().stream().map(MinutesComment::minutesVersion).toList());
  }

  @Test
  void whoWasNotThereMayNotComment() {
    Meeting m = heldWithDraft();
    m.openMinutes(7, AFTER);
    PortalException e = refused(() -> m.commentOnMinutes("bert", "Bert", false, "Ik", LATER));
    assertEquals(TenantsException.Kind.FORBIDDEN, e.kind());
    assertEquals(List.of(MeetingCode.ONLY_ATTENDEES), codes(e));
    assertTrue(m.minutesComments().isEmpty());
  }

  @Test
  void commentsAreRefusedBeforeOpeningAfterTheDaysAndOnceFinal() {
    Meeting draft = heldWithDraft();
    assertEquals(
        List.of(MeetingCode.MINUTES_NOT_OPEN),
        codes(refused(() -> draft.commentOnMinutes("ans", "Ans", false, "Te vroeg", LATER))));

    Meeting expired = heldWithDraft();
    expired.openMinutes(1, AFTER);
    Instant dayLater = AFTER.plus(Duration.ofDays(1));
    PortalException late =
        refused(() -> expired.commentOnMinutes("ans", "Ans", false, "Te laat", dayLater));
    assertEquals(TenantsException.Kind.CONFLICT, late.kind());

    Meeting finished = heldWithDraft();
    finished.openMinutes(7, AFTER);
    finished.finaliseMinutes(LATER);
    assertEquals(
        List.of(MeetingCode.MINUTES_NOT_OPEN),
        codes(refused(() -> finished.commentOnMinutes("ans", "Ans", false, "Na", LATER))));
    assertTrue(finished.minutesComments().isEmpty());
  }

  @Test
  void anEmptyOrOverlongCommentNamesTheTextField() {
    Meeting m = heldWithDraft();
    m.openMinutes(7, AFTER);
    for (String text : new String[] {" ", "x".repeat(MinutesComment.TEXT_MAX + 1)}) {
      PortalException e = refused(() -> m.commentOnMinutes("ans", "Ans", false, text, LATER));
      assertEquals(List.of("text"), e.refusals().stream().map(Refusal::field).toList());
    }
    assertTrue(m.minutesComments().isEmpty());
  }

  @Test
  void everySavedVersionKeepsItsOwnText() {
    Meeting m = heldWithDraft();
    m.writeMinutes("Tweede versie", 1L, "coordinator", LATER);
    assertEquals("Eerste versie", m.minutesVersion(1).orElseThrow().text());
    assertEquals("Tweede versie", m.minutesVersion(2).orElseThrow().text());
    assertTrue(m.minutesVersion(3).isEmpty());
  }

  @Test
  void agendaItemsMoveAndLeaveWithoutGapsInTheirPositions() {
    Meeting m = MeetingBuilder.meeting("circle-1", null);
    AgendaItem news = m.addAgendaItem("Nieuws", AgendaKind.NEWS, 15, null, List.of());
    AgendaItem theme = m.addAgendaItem("Thema", AgendaKind.THEME, 60, null, List.of());
    AgendaItem visit = m.addAgendaItem("Bezoek", AgendaKind.VISIT, 90, null, List.of());
    m.moveAgendaItem(visit.id(), -1);
    m.moveAgendaItem(news.id(), -1); // already first: stays
    m.settleAgenda();
    assertEquals(
        List.of("Nieuws", "Bezoek", "Thema"), m.agenda().stream().map(AgendaItem::title).toList());
    assertEquals(List.of(1, 2, 3), m.agenda().stream().map(AgendaItem::position).toList());
    m.removeAgendaItem(news.id());
    m.settleAgenda();
    assertEquals(List.of(1, 2), m.agenda().stream().map(AgendaItem::position).toList());
    assertEquals(theme.id(), m.agenda().get(1).id());
    assertEquals(
        List.of(MeetingCode.AGENDA_ITEM_NOT_FOUND),
        codes(refused(() -> m.removeAgendaItem(news.id()))));
  }
}
