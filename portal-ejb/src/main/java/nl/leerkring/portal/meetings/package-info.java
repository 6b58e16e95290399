/**
 * A circle's meetings (bijeenkomsten, issue F7): planning by the circle's coordinators and
 * facilitators, an ordered agenda citing what the circle reads, registration with a waiting list,
 * attendance, minutes (draft → open for comments → final, versions kept), the actions agreed there
 * and their follow-up, and iCalendar files. {@link nl.leerkring.portal.meetings.Meetings} is the
 * boundary; {@link nl.leerkring.portal.meetings.Meeting} and {@link
 * nl.leerkring.portal.meetings.MeetingAction} hold the rules.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A meeting belongs to its circle, not to a gemeente's workspace: it is not {@code
 *       TenantOwned} and needs no {@code WorkspaceContributor}. Registrations are per account and
 *       hold only what participants see of each other (name, answer). Who may do what is one rule,
 *       {@link nl.leerkring.portal.meetings.Participation}, computed from the {@code Viewer}'s
 *       circle grants; anyone outside the circle gets "not found" for meetings and actions alike.
 *   <li>Researchers granted on the circle read meetings, agenda and actions, and minutes once
 *       final; never registrations, attendance, or draft minutes. Search indexes exactly that
 *       (final minutes only), under the circle's visibility.
 *   <li>The waiting list is ordered by a turn the meeting hands out per yes, not by a clock, so two
 *       answers in the same millisecond keep their order; it moves up inside the aggregate whenever
 *       a place frees up (a no, a maybe, a larger capacity).
 *   <li>Start and end are local date-times in Europe/Amsterdam, as people plan them; calendars get
 *       UTC instants. A meeting keeps one iCalendar UID and raises its SEQUENCE on every change and
 *       on cancellation (RFC 5545), written by biweekly rather than by hand.
 *   <li>Agenda materials are ids of catalog items or method cards published to the circle or to
 *       everyone ({@code Publications.publishedTo}); they are resolved again on every read, so a
 *       withdrawn item disappears from the agenda instead of leaking its title.
 *   <li>Minutes, meetings and actions are changed from the version the editor started from; a stale
 *       save is a 409 naming {@code version}, and final minutes are read-only (409).
 *   <li>A person's calendar feed ({@link nl.leerkring.portal.meetings.CalendarFeeds}) is a secret
 *       link, because calendar applications cannot sign in; the feed is computed with the person's
 *       access when it is read. The secret is stored as it is (not hashed) so the person can see
 *       their link again; it grants only that calendar, and renewing or revoking it is one call.
 * </ul>
 *
 * <p>Out of scope here (the rest of F7): comments on open minutes, reminders, the learning agenda
 * and harvest, and demo meetings.
 */
package nl.leerkring.portal.meetings;
