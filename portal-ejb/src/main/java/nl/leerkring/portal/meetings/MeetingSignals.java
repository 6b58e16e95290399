package nl.leerkring.portal.meetings;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import nl.leerkring.portal.signals.Signal;
import nl.leerkring.portal.signals.SignalKind;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * The signals of meetings (F8), fired inside the boundary's transaction: planned, changed and
 * cancelled meetings and opened or final minutes reach the circle's participants; an action reaches
 * its owner (the person, or the members of the owning gemeente).
 */
@Dependent
class MeetingSignals {

  @Inject Event<Signal> signals;

  /** After {@code Meetings.changed}: the audit action names what happened. */
  void changed(Viewer viewer, Meeting m, String what) {
    SignalKind kind =
        switch (what) {
          case "meeting.planned" -> SignalKind.MEETING_PLANNED;
          case "meeting.changed" -> SignalKind.MEETING_CHANGED;
          case "meeting.cancelled" -> SignalKind.MEETING_CANCELLED;
          case "meeting.minutes.opened" -> SignalKind.MINUTES_OPEN;
          case "meeting.minutes.final" -> SignalKind.MINUTES_FINAL;
          default -> null;
        };
    if (kind != null) {
      signals.fire(
          Signal.of(kind, m.circleId(), null, m.id(), m.title(), link(m.id()), viewer.accountId()));
    }
  }

  /** The viewer answered the invitation: their own to-do ends. */
  void answered(Viewer viewer, Meeting m) {
    signals.fire(
        Signal.of(
            SignalKind.MEETING_ANSWERED,
            m.circleId(),
            null,
            m.id(),
            m.title(),
            link(m.id()),
            viewer.accountId()));
  }

  /** Those who moved up from the waiting list have a place now; each of them is told. */
  void movedUp(Viewer viewer, Meeting m) {
    for (Registration r : m.movedUp()) {
      signals.fire(
          new Signal(
              SignalKind.REGISTRATION_CONFIRMED,
              m.circleId(),
              null,
              m.id(),
              m.title(),
              link(m.id()),
              viewer.accountId(),
              r.accountId(),
              null));
    }
  }

  /** An action was agreed, or followed up (done ends its owner's to-do). */
  void action(Viewer viewer, MeetingAction a) {
    SignalKind kind =
        a.status() == ActionStatus.DONE ? SignalKind.ACTION_DONE : SignalKind.ACTION_ASSIGNED;
    signals.fire(
        new Signal(
            kind,
            a.circleId(),
            a.ownerTenant(),
            a.id(),
            a.title(),
            link(a.meetingId()),
            viewer.accountId(),
            a.ownerAccount(),
            a.due()));
  }

  private static String link(String meetingId) {
    return "app/meeting.xhtml?id=" + meetingId;
  }
}
