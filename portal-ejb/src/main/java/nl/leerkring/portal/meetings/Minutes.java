package nl.leerkring.portal.meetings;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import nl.leerkring.portal.PortalException;
import nl.leerkring.portal.meetings.Views.MinutesCommentView;
import nl.leerkring.portal.meetings.Views.MinutesVersionText;
import nl.leerkring.tenants.audit.Audit;
import nl.leerkring.tenants.tenancy.Viewer;

/**
 * What the attendees do with a meeting's minutes besides reading them: comment while they are open,
 * and read the text of any saved version. Researchers read only the final text (through {@link
 * Meetings#meeting}); comments and versions are the participants'.
 */
@Stateless
public class Minutes {

  @PersistenceContext EntityManager em;

  @Inject Audit audit;

  Clock clock = Clock.systemUTC();

  /** A comment on the open minutes, by an attendee (or a planner answering). */
  public MinutesCommentView comment(Viewer viewer, String meetingId, String text) {
    Meeting m = Access.readable(em, viewer, meetingId);
    Participation p = Participation.of(viewer, m.circleId());
    if (!p.participates()) {
      throw PortalException.forbidden(MeetingCode.ONLY_ATTENDEES);
    }
    MinutesComment c =
        m.commentOnMinutes(
            viewer.accountId(), viewer.displayName(), p.plans(), text, clock.instant());
    em.flush();
    audit.record(viewer, null, "meeting.minutes.comment", "meeting:" + m.id(), c.id());
    return new MinutesCommentView(
        c.id(), c.accountId(), c.name(), c.minutesVersion(), c.text(), c.writtenAt());
  }

  /** The text of saved version {@code number}; for the circle's participants. */
  public MinutesVersionText version(Viewer viewer, String meetingId, int number) {
    Meeting m = Access.readable(em, viewer, meetingId);
    if (!Participation.of(viewer, m.circleId()).participates()) {
      throw PortalException.notFound(MeetingCode.MINUTES_VERSION_NOT_FOUND, number);
    }
    MinutesVersion v =
        m.minutesVersion(number)
            .orElseThrow(
                () -> PortalException.notFound(MeetingCode.MINUTES_VERSION_NOT_FOUND, number));
    return new MinutesVersionText(v.number(), v.text(), v.savedBy(), v.savedAt());
  }
}
