/**
 * A circle's meetings (bijeenkomsten, issue F7): planning by the circle's coordinators and
 * facilitators, an ordered agenda citing what the circle reads, registration with a waiting list,
 * attendance, minutes (draft → open for comments → final, versions kept), the actions agreed there
 * and their follow-up, a circle's home ({@code Meetings.home}) and iCalendar files. {@link
 * nl.leerkring.portal.meetings.Meetings} and {@link nl.leerkring.portal.meetings.Minutes} (comments
 * on open minutes, old versions) are the boundaries, {@code MeetingViews} says what a reader sees;
 * {@link nl.leerkring.portal.meetings.Meeting} and {@link
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
 *       them with {@code TZID=Europe/Amsterdam} and a VTIMEZONE built from the JDK's zone rules (no
 *       download, no hand-kept table), so a meeting stays at 14:00 across a change to summer time
 *       even in a calendar that guesses zones badly. A meeting keeps one iCalendar UID and raises
 *       its SEQUENCE on every change and on cancellation (RFC 5545), written by biweekly rather
 *       than by hand.
 *   <li>Agenda materials are ids of catalog items or method cards published to the circle or to
 *       everyone ({@code Publications.publishedTo}); they are resolved again on every read, so a
 *       withdrawn item disappears from the agenda instead of leaking its title.
 *   <li>Minutes, meetings and actions are changed from the version the editor started from; a stale
 *       save is a 409 naming {@code version}, and final minutes are read-only (409).
 *   <li>Comments on minutes are the attendees' (a planner may answer), only while the minutes are
 *       open and before the days they were opened for run out; each records the version it was
 *       written on, so the comment and the change it led to can be read side by side. Comments and
 *       old versions are for participants; researchers read only the final text.
 *   <li>Agenda positions are unique per meeting: a new order is written as negative positions,
 *       flushed, then settled, so no intermediate state breaks the constraint.
 *   <li>A person's calendar feed ({@link nl.leerkring.portal.meetings.CalendarFeeds}) is a secret
 *       link, because calendar applications cannot sign in; the feed is computed with the person's
 *       access when it is read. The secret is stored as it is (not hashed) so the person can see
 *       their link again; it grants only that calendar, and renewing or revoking it is one call.
 * </ul>
 *
 * <p>Out of scope here: reminders and notices when someone moves up the waiting list, the learning
 * agenda and harvest (their own component, shown on the circle page through {@code
 * circle-learning.xhtml}).
 */
package nl.leerkring.portal.meetings;
