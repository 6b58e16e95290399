/**
 * A programme's cofinancing ledger as stored, cofinancing statements to the circle, and the circle
 * roll-up (F5), on top of the pure ledger core ({@code nl.leerkring.portal.ledger}).
 *
 * <h2>Responsibility</h2>
 *
 * <ul>
 *   <li>{@link nl.leerkring.portal.cofinancing.Ledgers} ({@code @TenantBound}): funding sources,
 *       contributions, budget versions and lines of a programme in the gemeente's workspace. Every
 *       write reads the whole ledger back ({@link nl.leerkring.portal.cofinancing.StoredLedger} →
 *       {@link nl.leerkring.portal.cofinancing.LedgerData} → {@link
 *       nl.leerkring.portal.cofinancing.LedgerAssembly} → {@code ProgrammeLedger}) and runs every
 *       check before the transaction commits: an ERROR check refuses the write (400, nothing
 *       saved), WARNINGs are saved and returned with the ledger.
 *   <li>{@link nl.leerkring.portal.cofinancing.Statements}: a statement is a frozen JSON copy of
 *       the ledger in a table outside the workspace (like a publication), readable by its gemeente
 *       and the circle's coordinators only; coordinators accept or return it; the roll-up reads the
 *       accepted ones and never a workspace.
 *   <li>{@link nl.leerkring.portal.cofinancing.LedgerCascade}: keeps a ledger consistent with its
 *       programme (a new period must hold every line; a deleted programme takes its ledger).
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>Amounts are strings with plain decimals in every JSON shape; parsing is strict and names
 *       the field ({@link nl.leerkring.portal.cofinancing.Fields}). Stored rows hold the ledger's
 *       value types ({@code Money}, {@code Hours}, {@code Percentage}, through auto-applied column
 *       converters), and a source's status moves only by {@code SourceEntry.moveTo}.
 *   <li>{@link nl.leerkring.portal.cofinancing.LedgerView#of} computes the totals and runs the
 *       checks for any ledger data, the programme's own or a statement's frozen copy; {@link
 *       nl.leerkring.portal.cofinancing.CalendarYears} the page's figures per calendar year.
 *   <li>Budget lines are known to contributions and allocations by a readable code that stays the
 *       same across budget versions, so a revision keeps what points at its lines.
 *   <li>Small lists entered with their owner (a source's yearly amounts and allocations, a line's
 *       amounts per period) are JSON columns: they are always read and written whole.
 *   <li>Only the current budget version can be edited; earlier ones are history.
 *   <li>Four eyes: nobody accepts a statement they submitted themselves, also not an account that
 *       is both a member of the gemeente and a coordinator of the circle ({@link
 *       nl.leerkring.portal.cofinancing.Statement}); returning one's own is allowed (F10).
 * </ul>
 */
package nl.leerkring.portal.cofinancing;
