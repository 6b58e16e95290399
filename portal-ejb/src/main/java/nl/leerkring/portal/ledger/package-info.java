/**
 * The cofinancing ledger's domain core: money types, the one rounding policy, an immutable input
 * model of a programme's ledger and the checks that show where its numbers disagree (F5).
 *
 * <h2>Responsibility</h2>
 *
 * Given a {@link nl.leerkring.portal.ledger.ProgrammeLedger} (funding sources with their
 * cofinancing rule, partner contributions in cash or in kind, budget versions whose current one
 * holds lines × periods with planned/actual/forecast amounts, allocations of sources to lines, and
 * totals as documents state them), {@link nl.leerkring.portal.ledger.LedgerChecks} returns every
 * {@link nl.leerkring.portal.ledger.Check}: {@code code}, {@code severity}, the typed {@code args}
 * of its explanation (names, amounts, dates; the web layer words the code with them in Dutch or
 * English, so the ledger page and the API speak the reader's language), {@code expected} (what the
 * ledger computes or the rule demands), {@code actual} (what was entered or stated) and {@code
 * difference} (never negative). ERROR checks are invalid input (nothing is saved: {@link
 * nl.leerkring.portal.ledger.LedgerChecks#requireValid}); WARNINGs are real-world disagreements
 * that are saved and shown, never silently resolved.
 *
 * <h2>Rounding policy (DOMAIN.md), implemented only in {@link
 * nl.leerkring.portal.ledger.RoundingPolicy}</h2>
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
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>{@link nl.leerkring.portal.ledger.Money}, {@link nl.leerkring.portal.ledger.Hours} and
 *       {@link nl.leerkring.portal.ledger.Percentage} wrap {@link java.math.BigDecimal}; equality
 *       and ordering use {@code compareTo}, never {@code BigDecimal.equals}; no {@code double}
 *       anywhere. They print themselves Dutch ({@code € 1.234,56}) for people and plain ({@code
 *       1234.56}) for CSV and JSON, where amounts are strings. Parsing is strict: {@code parse}
 *       takes the plain form, {@code parseDutch} the Dutch one (a dot there is only ever a
 *       thousands separator, so {@code 1.5} is rejected rather than guessed).
 *   <li>Invalid values throw {@link nl.leerkring.portal.PortalException#invalid}, which the web
 *       layer maps to a 400/problem+json; the {@link nl.leerkring.portal.ledger.LedgerCode} and its
 *       arguments say what was wrong, and the reader of a write learns which field it was.
 *   <li>Stated totals are kept beside computed ones ({@link
 *       nl.leerkring.portal.ledger.StatedTotal}); the computed one is always the {@code expected}.
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
 *   <li>{@link nl.leerkring.portal.ledger.DuivenExample} is main code, not a test fixture, so the
 *       demo data can load the same figures the tests pin down.
 * </ul>
 *
 * <h2>Around it</h2>
 *
 * The circle roll-up ({@code ledger.rollup}) and the XLSX/CSV exports ({@code ledger.export}) are
 * pure too. Storage, REST, statements and every tenant or permission rule are in {@code
 * nl.leerkring.portal.cofinancing}, which reads its rows into a {@link
 * nl.leerkring.portal.ledger.ProgrammeLedger}. Nothing here reads a database, knows a tenant or
 * keeps state; every class is immutable and thread-safe.
 */
package nl.leerkring.portal.ledger;
