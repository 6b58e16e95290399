/**
 * What every CSV export of the portal shares: {@link nl.leerkring.portal.exports.CsvTable}, the
 * table a Dutch spreadsheet opens with a double click (UTF-8 with a byte order mark, {@code ;}
 * between cells, the words of the page in the header, amounts with a decimal comma or point as
 * {@link nl.leerkring.portal.exports.DecimalMark} says, days as {@code 06-12-2026}), and the one
 * rule that keeps a text cell from being run as a formula ({@link
 * nl.leerkring.portal.exports.CsvText}). The ledger, roll-up and search exports all write through
 * them, so a fix reaches every export at once.
 *
 * <p>Decisions: the byte order mark because Excel reads a CSV without one as Windows-1252 (and
 * garbles "ë" and "€"); {@code ;} because Dutch Windows uses it as the list separator where the
 * comma is the decimal mark; no thousands separators because not every spreadsheet reads {@code
 * 1.234,56} as a number; the decimal comma by default because the users are Dutch, the point on
 * request ({@code decimal=point}) for programs that expect it.
 *
 * <p>Out of scope: the columns of each file and the XLSX workbooks; those belong to each export.
 */
package nl.leerkring.portal.exports;
