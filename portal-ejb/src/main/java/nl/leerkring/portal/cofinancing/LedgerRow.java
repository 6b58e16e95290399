package nl.leerkring.portal.cofinancing;

/** A stored row of one programme's ledger. */
interface LedgerRow {

  /** The id of the programme whose ledger holds the row. */
  String programmeId();
}
