/**
 * A circle's learning agenda (leeragenda, issue F7 part 2): learning questions per phase (specify
 * 2024, realise 2025, reflect 2026) with an owner and a status explained, the harvest (oogst) of
 * insights, quotes and value-creation stories attached to them with their sources, each question's
 * learning history, and the phase syntheses (the denkkader, the borgingsplan). {@link
 * nl.leerkring.portal.learning.Learning} and {@link nl.leerkring.portal.learning.Syntheses} are the
 * boundaries; {@link nl.leerkring.portal.learning.LearningQuestion} (status moves, explanations,
 * meetings), {@link nl.leerkring.portal.learning.Synthesis} (versions, publishing) and {@link
 * nl.leerkring.portal.learning.LearningHistory} hold the rules.
 *
 * <p>Decisions:
 *
 * <ul>
 *   <li>Like meetings, the learning agenda is the circle's, not a gemeente's workspace: no {@code
 *       TenantOwned} rows and no {@code WorkspaceContributor}. Who may do what is the meetings'
 *       rule, {@code meetings.Participation}, made public rather than copied: coordinators and
 *       facilitators manage questions and write syntheses, every participant harvests, researchers
 *       granted on the circle read, anyone else is told "not found".
 *   <li>Sources of harvest are ids of what every reader of the circle reads ({@code
 *       Publications.publishedTo}: catalog items, method cards, shared uses); one the circle cannot
 *       read is a 400 naming {@code sources[i]}. They are resolved again on every read, so a
 *       withdrawn source disappears instead of leaking its title, and a reader only ever gets ids
 *       they may open: a card's koffer id, else the publication's id — never a workspace id, also
 *       not of a use its author cited by its own id.
 *   <li>Harvest recorded at a meeting links the question to that meeting (it was worked on there)
 *       and turns an open question into one being explored; the meeting must be of the circle, not
 *       cancelled, and have begun.
 *   <li>A question's status moves as {@link nl.leerkring.portal.learning.QuestionStatus} allows;
 *       answering, parking and reopening need an explanation, and every change is kept for its
 *       history. A parked question takes no harvest until it is taken up again.
 *   <li>A synthesis keeps every version; readers read the published version while the writers work
 *       on the next. It cites harvest of its own phase or an earlier one (a denkkader cannot build
 *       on the reflection phase). Only published versions are searchable.
 *   <li>A published synthesis is a row of the circle's catalog without becoming a publication:
 *       publications are a gemeente's, with four eyes between its submitter and a coordinator; a
 *       synthesis is the circle's own, written by its coordinators. {@link SynthesesInCatalog}
 *       answers publishing's {@code CircleCatalogEntries}, so the catalog lists, filters, orders
 *       and pages it with the publications while each keeps its own rules.
 *   <li>Harvest is edited or removed ({@link Harvests}) by its author while they take part, or by a
 *       planner. The history keeps that it happened, with the kind and the author, not a removed
 *       item's text: what is removed usually should not have been there. Harvest a synthesis cites
 *       is not removed (409), so a published text never loses its ground.
 *   <li>"Which method fits?" weighs harvest citing a card through koffer's {@code MethodHarvest}
 *       ({@link HarvestOfMethods}): only harvest of the asking person's circles, counted while its
 *       citation of the card is readable there.
 *   <li>Harvest may also cite a programme action its author's own gemeente shared with the circle
 *       ({@code programmes.SharedActions}); readers get its title and status, read live and for a
 *       whole list of harvest in one query per circle. A withdrawn share stays a citation that says
 *       "no longer shared", without the action's text.
 *   <li>Every version of a synthesis stays readable: its writers read all, other readers the
 *       published version and those before it ({@link Synthesis#versionsReadBy}).
 * </ul>
 */
package nl.leerkring.portal.learning;
