/**
 * Exports of the cofinancing ledger for annual (SiSa-style) accountability: a programme's ledger
 * ({@link nl.leerkring.portal.cofinancing.export.LedgerExport}) and a circle's roll-up ({@link
 * nl.leerkring.portal.cofinancing.export.RollupExport}), each as XLSX (Apache POI) and as CSV
 * (Commons CSV), in the words of the ledger and roll-up pages.
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>XLSX is for people: a sheet "Overzicht", then one sheet per calendar year named by the
 *       year. Amounts are numeric cells with the number format {@code "€ "#,##0.00} (locale-neutral
 *       in the file; Excel and LibreOffice show {@code € 1.234,56} to a Dutch reader), percentages
 *       numbers (50 is 50 %) with {@code 0.0000\ \%}, dates date cells with {@code dd-mm-yyyy}.
 *       Headers are Dutch.
 *   <li>CSV is for a Dutch spreadsheet opened with a double click ({@link
 *       nl.leerkring.portal.exports.CsvTable}): UTF-8 with a byte order mark, {@code ;} separated,
 *       a header row in the page's words, Dutch labels instead of codes ({@code Eigen personeel}),
 *       amounts without grouping and with a decimal comma unless a point is asked for ({@link
 *       nl.leerkring.portal.exports.DecimalMark}), a column {@code Jaar} for the calendar year. One
 *       table per export: checks and withdrawal scenarios are only in the XLSX.
 *   <li>A surplus is never a negative shortfall: the roll-up has a "Tekort" and an "Overschot"
 *       column, both positive, so either can be summed; shares are shown with one decimal.
 *   <li>Splitting per calendar year is {@link
 *       nl.leerkring.portal.cofinancing.RoundingPolicy#splitByCalendarYear}'s: pro rata by days,
 *       rounded down to cents, the remainder to the last year, so the years always add up to the
 *       whole. No other rounding happens here.
 *   <li>Amounts stay {@link java.math.BigDecimal} until the very last step: POI takes a {@code
 *       double} for a numeric cell, which holds any two-decimal amount the ledger allows exactly
 *       enough to read back as the same cents.
 *   <li>Formula injection: text is a string cell marked as text in XLSX (never a formula, even when
 *       edited), and in CSV a text value starting with {@code = + - @}, a tab or a carriage return
 *       gets a leading single quote (OWASP, "CSV Injection"). Numbers are written as they are.
 *   <li>The exports are pure: they take the domain values and return bytes or a string; the REST
 *       resources set the media type ({@code
 *       application/vnd.openxmlformats-officedocument.spreadsheetml.sheet} or {@code text/csv;
 *       charset=UTF-8}), the file name and the permissions.
 * </ul>
 */
package nl.leerkring.portal.cofinancing.export;
