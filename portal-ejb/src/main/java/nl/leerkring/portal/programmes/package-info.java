/**
 * A gemeente's programmes (F5): Blijfwijk-style themes → goals → actions with owners, partners,
 * planned quarters and phases; partners in the kerngroep or further out; milestones with
 * indicators; progress notes; links to the gemeente's documents (F2) and method cards (F4).
 *
 * <h2>Responsibility</h2>
 *
 * {@link nl.leerkring.portal.programmes.Programmes} is the one boundary: every method takes the
 * {@link nl.leerkring.tenants.tenancy.Viewer}, is {@code @TenantBound}, validates the whole input
 * (a readable 400 naming the field) and answers with the programme as {@link
 * nl.leerkring.portal.programmes.ProgrammeData.Full} after the write, including the timeline per
 * {@link nl.leerkring.portal.programmes.Quarter} and what is late.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>Every part is its own tenant-owned row that names its programme by key, not by a mapped
 *       relation: the JSON is built by the boundary, so no lazy graph leaks, and the isolation
 *       harness covers each row type. Because EclipseLink cannot order inserts and deletes of rows
 *       it does not know are related, parents are flushed before children and children deleted
 *       before parents.
 *   <li>A theme with goals, a goal with actions, an action with milestones cannot be deleted (409):
 *       nothing disappears by accident ({@link nl.leerkring.portal.programmes.PartKind}: each part
 *       of the tree names the kind it hangs under). Deleting a whole programme takes everything in
 *       it, its ledger too (through {@link nl.leerkring.portal.programmes.ProgrammeChanged}, so
 *       this package does not depend on the ledger's).
 *   <li>"Late" is computed when read: an open action after the last day of its quarter, a milestone
 *       after its day without {@code doneOn}.
 *   <li>The programme keeps an optimistic version: a save over a newer one is a 409 and nothing is
 *       saved ({@link nl.leerkring.portal.EditedVersion}, the rule every form of the portal can
 *       share).
 *   <li>The boundaries of programmes, the ledger and statements take a programme as a {@link
 *       nl.leerkring.portal.programmes.ProgrammeId}, not a bare string; rows keep it as their
 *       {@code programme_id} column and the REST paths and pages as its value.
 *   <li>A gemeente shares an action with a circle it belongs to ({@link
 *       nl.leerkring.portal.programmes.ActionShares}, one {@link
 *       nl.leerkring.portal.programmes.ActionShare} row per action and circle, withdrawn rather
 *       than deleted) so its members may cite it in the circle's harvest. What the circle reads of
 *       it — title, status, the gemeente's name, never the rest of the programme — is {@link
 *       nl.leerkring.portal.programmes.SharedActions}: SQL conditioned on the share, because the
 *       reader is of another gemeente and the tenant filter would hide the row.
 * </ul>
 */
package nl.leerkring.portal.programmes;
