package nl.leerkring.portal.cofinancing;

import nl.leerkring.tenants.Code;

/** What the ledger and statement boundaries refuse; worded by the web layer (see {@link Code}). */
public enum CofinancingCode implements Code {
  /** {0}, {1}: the first and last year kept. */
  YEAR_REQUIRED,
  /** {0}: the line code named. */
  NO_SUCH_LINE,
  /** {0}: the current version's valid-from date. */
  VERSION_STARTS_TOO_EARLY,
  VERSION_FIRST,
  EARLIER_VERSION_KEPT,
  /** {0}: the code. */
  LINE_CODE_FORM,
  /** {0}: the code. */
  LINE_CODE_TAKEN,
  /** {0}: the old code. */
  LINE_CODE_IN_USE,
  /** {0}: the line's description. */
  LINE_IN_USE,
  /** {0}: the end, {1}: the start. */
  ENDS_BEFORE_START,
  /** {0}: the id (for logs). */
  ENTRY_NOT_FOUND,
  MEMBERS_ONLY,
  CASH_HAS_NO_HOURS,
  IN_KIND_HAS_NO_CASH,
  /** {0}: the {@code SourceStatus} it is in, {1}: the one asked for. */
  STATUS_STEP,
  STATEMENT_MEMBERS_ONLY,
  /** {0}: the circle. */
  NOT_A_MEMBER_OF_CIRCLE,
  NO_BUDGET_YET,
  REASON_REQUIRED,
  /** {0}: the year asked for. */
  YEAR_NOT_KEPT,
  /** {0}: the circle. */
  COORDINATORS_ONLY,
  /** {0}: the id (for logs). */
  STATEMENT_NOT_FOUND,
  DECIDERS_ONLY,
  /** {0}: the status it has (a STATUS_ code), {1}: who decided, {2}: 1 when that is known. */
  ALREADY_DECIDED,
  /** {0}: the id (for logs). */
  FOUR_EYES,
  /** A statement's status, as an argument of {@link #ALREADY_DECIDED}. */
  STATUS_SUBMITTED,
  STATUS_ACCEPTED,
  STATUS_RETURNED,
  STATUS_SUPERSEDED
}
