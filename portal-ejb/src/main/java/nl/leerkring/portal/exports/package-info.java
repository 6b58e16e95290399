/**
 * What every CSV export of the portal shares: the one rule that keeps a text cell from being run as
 * a formula by a spreadsheet ({@link nl.leerkring.portal.exports.CsvText}). The ledger and roll-up
 * exports and the search export all write their text cells through it, so a fix to the rule reaches
 * every export at once.
 *
 * <p>Out of scope: the files themselves (columns, formats, XLSX); those belong to each export.
 */
package nl.leerkring.portal.exports;
