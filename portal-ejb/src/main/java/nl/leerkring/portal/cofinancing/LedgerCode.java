package nl.leerkring.portal.cofinancing;

import nl.leerkring.tenants.Code;

/**
 * What the ledger's types refuse (amounts, hours, percentages, periods, the parts of a ledger and a
 * circle's roll-up); worded by the web layer (see {@link Code}). The findings of {@link
 * LedgerChecks} have their own codes, {@link CheckCode}.
 */
public enum LedgerCode implements Code {
  /** {0}: the text typed. */
  NOT_A_PLAIN_NUMBER,
  /** {0}: the text typed. */
  NOT_A_DUTCH_NUMBER,
  /** {0}: the text typed, {1}: the most decimals. */
  TOO_MANY_DECIMALS,
  /** {0}: the amount (a plain number). */
  AMOUNT_IN_WHOLE_CENTS,
  /** {0}: the amount. */
  AMOUNT_TOO_LARGE,
  /** {0}: the amount. */
  NEGATIVE,
  /** {0}: the number of hours. */
  HOURS_TOO_LARGE,
  /** {0}: the percentage. */
  PERCENTAGE_OUT_OF_RANGE,
  /** {0}: the end, {1}: the start. */
  ENDS_BEFORE_START,
  /** {0}: the number of the version; {1}: its end, {2}: its start. */
  VERSION_ENDS_BEFORE_START,
  /** {0}: the id of the contribution (for logs). */
  CASH_NEEDS_AMOUNT,
  /** {0}: the id of the contribution (for logs). */
  CASH_HAS_NO_HOURS,
  /** {0}: the id of the contribution (for logs). */
  IN_KIND_NEEDS_HOURS,
  /** {0}: the id of the contribution (for logs). */
  IN_KIND_HAS_NO_CASH,
  /** {0}: what the total is of. */
  STATED_TOTAL_NEEDS_SUBJECT,
  /** {0}: the source named. */
  NO_SUCH_SOURCE,
  /** {0}: the budget line named. */
  NO_SUCH_LINE,
  /** {0}: the id used twice. */
  DUPLICATE_ID,
  /** {0}: the number of parts. */
  SPLIT_INTO_NO_PARTS,
  /** {0}: the weight. */
  NEGATIVE_WEIGHT,
  ALL_WEIGHTS_ZERO,
  /** {0}: the gemeente. */
  STATEMENT_WITHOUT_LEDGER,
  STATEMENT_MISSING,
  /** {0}: the gemeente. */
  TWO_STATEMENTS_FOR_GEMEENTE,
  /** The words for a budget version without an end, as an argument of a finding. */
  OPEN_END
}
