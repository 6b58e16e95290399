/**
 * A circle's conversations (issue F8 part 5): threads (gesprekken) about one of its items — a
 * catalog item, a method card, a meeting, a learning question — or free ("vraag aan de kring"),
 * with replies, {@code @mentions} of people and gemeenten, edits that keep what they replaced,
 * per-thread watch levels and the moderation every circle text has. {@link
 * nl.leerkring.portal.conversations.Conversations} is the boundary; {@link
 * nl.leerkring.portal.conversations.Post} (edits, history), {@link
 * nl.leerkring.portal.conversations.Mentions} and {@link nl.leerkring.portal.conversations.Hearers}
 * (who hears of a post) hold the rules.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>A thread is the circle's, not a gemeente's workspace: no {@code TenantOwned} rows and no
 *       {@code WorkspaceContributor}. Everyone who reads the circle ({@code
 *       meetings.Participation#reads}, researchers too, as for koffer comments) reads and writes
 *       its threads, as long as what a thread is about is still the circle's ({@code Abouts}: the
 *       item's own component decides); anyone else is told "not found".
 *   <li>Moderation is {@code portal.Moderated}, the rule koffer comments use too, embedded in each
 *       post: readers report, coordinators hide with a reason the author sees, or restore.
 *   <li>Notifications go through signals: one {@code REPLY} or {@code MENTION} signal per hearer,
 *       naming them; the fan-out lets it through only while they take part in the circle, so a
 *       mention of someone outside it notifies nobody and the poster is told nothing either way.
 *       The signal carries the post's text (the circle's own conversation, never a workspace's), so
 *       mail and digests can quote it. Each reply also raises {@code POSTED}, which tells no one,
 *       settles the poster's own reply and mention to-dos in that thread and feeds the circle's
 *       activity. A new thread raises {@code THREAD_STARTED} instead: one signal, which the job
 *       fans out to the circle's watchers (by their settings and access, like a new item), and
 *       which also feeds the activity; those its opening post mentions hear only the mention.
 *   <li>Opening a thread marks one's notifications about it read (their held mail is dropped).
 *   <li>An edit keeps every earlier text ({@link nl.leerkring.portal.conversations.PostVersion});
 *       it is made from the version read (stale: 409) and tells no one again.
 * </ul>
 *
 * <p>Out of scope: replies to a single post (threads are flat), attachments, searching threads.
 */
package nl.leerkring.portal.conversations;
