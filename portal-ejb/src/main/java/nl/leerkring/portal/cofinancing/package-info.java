/**
 * Cofinancing (F5): one component for a programme's ledger — funding sources, partner
 * contributions, budget versions and lines, allocations and stated totals — its checks, the circle
 * roll-up ({@code cofinancing.rollup}) and the XLSX/CSV exports ({@code cofinancing.export}). It
 * holds the money value types ({@link nl.leerkring.portal.cofinancing.Money}, {@link
 * nl.leerkring.portal.cofinancing.Hours}, {@link nl.leerkring.portal.cofinancing.Percentage},
 * {@link nl.leerkring.portal.cofinancing.Period}) and the one rounding policy; other components
 * (the koffer) use them from here.
 *
 * <h2>One model per concept</h2>
 *
 * <ul>
 *   <li>Domain: {@link nl.leerkring.portal.cofinancing.ProgrammeLedger} of {@link
 *       nl.leerkring.portal.cofinancing.FundingSource}, {@link
 *       nl.leerkring.portal.cofinancing.Contribution}, {@link
 *       nl.leerkring.portal.cofinancing.BudgetVersion}, {@link
 *       nl.leerkring.portal.cofinancing.BudgetLine}, {@link
 *       nl.leerkring.portal.cofinancing.YearAmount} and {@link
 *       nl.leerkring.portal.cofinancing.Allocation}.
 *   <li>A funding source is one class: {@code FundingSource} is the stored row (table {@code
 *       ledger_source}) and what the checks, the roll-up and the exports read; a statement's frozen
 *       copy is read back into unsaved instances. It holds {@code Money}, {@code Percentage} and
 *       its eligibility {@code Period} and {@code CofinancingRule}, and keeps its yearly amounts
 *       and allocations as JSON columns written from and read into the domain's {@code YearAmount}
 *       and {@code Allocation}. Its status moves only by {@code FundingSource.moveTo}.
 *   <li>Contributions, budget versions and lines are still stored as {@code ContributionEntry},
 *       {@code VersionEntry} and {@code LineEntry} (holding the same value types through
 *       auto-applied column converters) beside the immutable records the checks read.
 *   <li>Boundary: {@link nl.leerkring.portal.cofinancing.LedgerData} is the JSON shape of the REST
 *       API and of a statement's frozen copy (amounts as plain-decimal strings, parsed strictly
 *       field by field); {@link nl.leerkring.portal.cofinancing.LedgerView} adds the totals and
 *       checks.
 * </ul>
 *
 * <h2>The ledger core: checks</h2>
 *
 * Given a {@link nl.leerkring.portal.cofinancing.ProgrammeLedger} (funding sources with their
 * cofinancing rule, partner contributions in cash or in kind, budget versions whose current one
 * holds lines × periods with planned/actual/forecast amounts, allocations of sources to lines, and
 * totals as documents state them), {@link nl.leerkring.portal.cofinancing.LedgerChecks} returns
 * every {@link nl.leerkring.portal.cofinancing.Check}: {@code code}, {@code severity}, the typed
 * {@code args} of its explanation (names, amounts, dates; the web layer words the code with them in
 * Dutch or English, so the ledger page and the API speak the reader's language), {@code expected}
 * (what the ledger computes or the rule demands), {@code actual} (what was entered or stated) and
 * {@code difference} (never negative). ERROR checks are invalid input (nothing is saved: {@link
 * nl.leerkring.portal.cofinancing.LedgerChecks#requireValid}); WARNINGs are real-world
 * disagreements that are saved and shown, never silently resolved.
 *
 * <h2>Rounding policy (DOMAIN.md), implemented only in {@link
 * nl.leerkring.portal.cofinancing.RoundingPolicy}</h2>
 *
 * <ul>
 *   <li>Amounts are euros with exactly two decimals; input with more decimals is rejected, never
 *       rounded. Hours have two decimals, percentages four (0–100).
 *   <li>A grant share is rate × eligible total, rounded DOWN to whole cents: a funder never pays
 *       above its rate.
 *   <li>The own share is total − the grant shares, without rounding: the shares always add up.
 *   <li>Splitting an amount over periods (evenly or by weights): every part but the last is rounded
 *       DOWN (toward zero) to cents and the last part gets the remainder: the parts always add up
 *       to the amount.
 *   <li>For annual accountability a period that does not follow calendar years is split pro rata
 *       per calendar year by days (both ends inclusive, leap days counted), with the same rule:
 *       remainder to the last year. The same day-weighting decides the part of a period inside a
 *       source's eligibility window.
 *   <li>A shown percentage is part ÷ whole × 100 rounded HALF_UP to four decimals, straight from
 *       the exact quotient (never rounded twice); zero when the whole is zero.
 *   <li>A contribution in kind is worth hours × hourly rate rounded HALF_UP to cents (a valuation,
 *       not a payment; DOMAIN.md is silent on it, so this is our choice).
 * </ul>
 *
 * <h2>Decisions of the core</h2>
 *
 * <ul>
 *   <li>{@link nl.leerkring.portal.cofinancing.Money}, {@link
 *       nl.leerkring.portal.cofinancing.Hours} and {@link
 *       nl.leerkring.portal.cofinancing.Percentage} wrap {@link java.math.BigDecimal}; equality and
 *       ordering use {@code compareTo}, never {@code BigDecimal.equals}; no {@code double}
 *       anywhere. They print themselves Dutch ({@code € 1.234,56}) for people and plain ({@code
 *       1234.56}) for CSV and JSON, where amounts are strings. Parsing is strict: {@code parse}
 *       takes the plain form, {@code parseDutch} the Dutch one (a dot there is only ever a
 *       thousands separator, so {@code 1.5} is rejected rather than guessed).
 *   <li>Invalid values throw {@link nl.leerkring.portal.PortalException#invalid}, which the web
 *       layer maps to a 400/problem+json; the {@link nl.leerkring.portal.cofinancing.LedgerCode}
 *       and its arguments say what was wrong, and the reader of a write learns which field it was.
 *   <li>Stated totals are kept beside computed ones ({@link
 *       nl.leerkring.portal.cofinancing.StatedTotal}); the computed one is always the {@code
 *       expected}.
 *   <li>Only the current budget version counts: the one that starts last. Versions whose validity
 *       windows overlap are an error. An hourly rate without a valid-from date is an error too,
 *       reported as a check (so it can be shown beside the field) rather than thrown by the record.
 *   <li>The eligible total of a grant is the planned total of the current budget's lines, the part
 *       of each period inside the source's eligibility window, without lines contributed in kind
 *       when the source does not accept in-kind contributions.
 *   <li>"Forecast" on a line is, per period, the forecast if entered, else the actual, else the
 *       plan; a line whose forecast total exceeds its planned total is flagged whatever the
 *       programme total does.
 *   <li>A subsidy on already-budgeted costs: per line, the room for subsidies is the planned total
 *       less contributions already in the municipal budget; subsidies allocated beyond it are
 *       flagged (so a partly budgeted line may still take a subsidy for the rest).
 *   <li>{@link nl.leerkring.portal.cofinancing.DuivenExample} is main code, not a test fixture, so
 *       the demo data can load the same figures the tests pin down.
 * </ul>
 *
 * <h2>Storage, statements and the boundary</h2>
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
 * <h2>Decisions of the boundary</h2>
 *
 * <ul>
 *   <li>Amounts are strings with plain decimals in every JSON shape; parsing is strict and names
 *       the field ({@link nl.leerkring.portal.cofinancing.Fields}). Stored rows hold the ledger's
 *       value types ({@code Money}, {@code Hours}, {@code Percentage}, through auto-applied column
 *       converters),.
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
