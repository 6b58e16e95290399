/**
 * The circle roll-up (F5): every member gemeente's commitment and cofinancing at a glance, per
 * calendar year and in total, and what happens to the others' shares if one gemeente withdraws
 * (DOMAIN.md, "The leerkring": "if one gemeente withdraws, the others' share rises").
 *
 * <h2>Input</h2>
 *
 * {@link nl.leerkring.portal.cofinancing.rollup.CircleRollup#of} takes one {@link
 * nl.leerkring.portal.cofinancing.rollup.MemberStatement} per gemeente (the ledger it submitted in
 * its accepted cofinancing statement), in the order the members are to be shown, and optionally one
 * calendar year. Two statements for the same gemeente are rejected with {@link
 * nl.leerkring.portal.PortalException#invalid}: the caller picks the statement that counts (the
 * latest accepted one), never this package.
 *
 * <h2>Years</h2>
 *
 * The years shown are every calendar year touched by any statement's programme period ({@link
 * nl.leerkring.portal.cofinancing.ProgrammeLedger#period()}), sorted; with a year given, only that
 * year. Figures count only in the years the programme periods touch: a year no programme period
 * touches is shown with zero figures for every member, even if some amount was entered for it, and
 * amounts that fall outside those years (part of a line or of an eligibility window beyond every
 * programme period) are left out of every figure, totals included. So a year asked for alone has
 * exactly the figures it has among all years.
 *
 * <h2>Figures per gemeente per calendar year y ({@link
 * nl.leerkring.portal.cofinancing.rollup.YearFigures})</h2>
 *
 * Every split into calendar years is {@link
 * nl.leerkring.portal.cofinancing.RoundingPolicy#splitByCalendarYear}: pro rata by days, both ends
 * inclusive, every year but the last rounded down to cents, the remainder to the last year. Each
 * amount is split on its own, then the parts of y are added up (so a year's planned amount can
 * differ by a few cents from a split of the programme total).
 *
 * <ul>
 *   <li><b>planned(y)</b>: Σ over the lines of the current budget version and each line's amounts
 *       of the planned amount split over the amount's period, the part of y.
 *   <li><b>actual(y)</b>: the same with the actual amount; an actual not entered (null) counts as
 *       zero.
 *   <li><b>subsidyAwarded(y)</b>: Σ over the grant sources ({@code kind.isGrant()}, so not the own
 *       budget) whose status is not RECLAIMED of the awarded amount split over the source's
 *       eligibility window. An APPLIED source counts: it is what the plan relies on.
 *   <li><b>subsidyReceived(y)</b>: the same, only for sources that are AWARDED or ESTABLISHED
 *       (APPLIED is not yet money).
 *   <li><b>required(y)</b> = planned(y) − subsidyAwarded(y), never below zero: the cofinancing the
 *       gemeente must bring.
 *   <li><b>pledgedInKind(y)</b> and <b>pledgedCash(y)</b>: Σ over the contributions in kind
 *       (respectively in cash) of {@link nl.leerkring.portal.cofinancing.Contribution#value()}
 *       split over the ledger's programme period.
 *   <li><b>realised(y)</b> = actual(y) − subsidyReceived(y), never below zero: own money actually
 *       spent.
 *   <li><b>gap(y)</b> = required(y) − (pledgedInKind(y) + pledgedCash(y)); negative when more is
 *       pledged than required.
 *   <li><b>total</b> (year null) = for every figure, the sum of the years shown. The clamping at
 *       zero is per year, so the total required is the sum of the yearly required amounts, not
 *       planned total − subsidy total; the years always add up to the total.
 * </ul>
 *
 * <h2>The circle</h2>
 *
 * {@link nl.leerkring.portal.cofinancing.rollup.CircleRollup#circle()} holds, per year and in
 * total, the sums over the members of every figure; its gemeente and name are null. Its yearly
 * figures add up to its total, and its total equals the sum of the members' totals.
 *
 * <h2>Withdrawals</h2>
 *
 * For each member w, in order, a {@link nl.leerkring.portal.cofinancing.rollup.Withdrawal} over the
 * years shown (the total; the one year when a year is given):
 *
 * <ul>
 *   <li><b>redistributed</b> = w's total required.
 *   <li>Each other member's part of it is {@link
 *       nl.leerkring.portal.cofinancing.RoundingPolicy#splitByWeights} with the others' required
 *       totals as weights, in the members' order; when every other member requires zero, {@link
 *       nl.leerkring.portal.cofinancing.RoundingPolicy#splitEvenly}. Every part but the last is
 *       rounded down to cents and the last remaining member gets the remainder (even when its
 *       weight is zero), so the parts add up exactly to redistributed.
 *   <li>requiredAfter = requiredBefore + the part.
 *   <li>shareBefore = requiredBefore ÷ the circle's total required (w included); shareAfter =
 *       requiredAfter ÷ the same circle total (w has left, its amount is carried by the others, so
 *       the total does not change). Both {@link
 *       nl.leerkring.portal.cofinancing.RoundingPolicy#share}: HALF_UP to four decimals, zero when
 *       the circle requires nothing.
 *   <li>With a single member its withdrawal has no changes: nobody is left to carry it.
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>Pure and immutable, like the ledger core: no database, no tenant, no state, no {@code
 *       double}; every fraction of a cent is decided by {@link
 *       nl.leerkring.portal.cofinancing.RoundingPolicy}.
 *   <li>The roll-up trusts its input: it does not run {@link
 *       nl.leerkring.portal.cofinancing.LedgerChecks} (a statement is only accepted after them) and
 *       shows the figures the statements give, disagreements included.
 * </ul>
 */
package nl.leerkring.portal.cofinancing.rollup;
