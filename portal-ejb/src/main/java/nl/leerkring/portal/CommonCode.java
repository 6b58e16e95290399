package nl.leerkring.portal;

import nl.leerkring.tenants.Code;

/**
 * The refusals every component shares: a body, a field's text, the version an edit started from.
 */
public enum CommonCode implements Code {
  /** No JSON body was sent. */
  BODY_REQUIRED,
  /** A required field is blank. */
  REQUIRED,
  /** {0}: the most characters the field holds. */
  TOO_LONG,
  /** An edit of a saved row without the version it started from. */
  VERSION_REQUIRED,
  /** {0}: the version the edit started from, {1}: the stored one. */
  CHANGED_MEANWHILE,
  /** {0}: who saved it meanwhile, {1}: when; {2}: the version the edit started from, {3}: now. */
  CHANGED_MEANWHILE_BY,
  /** A request that needs a signed-in caller. */
  SIGN_IN_FIRST,
  /** {0}: the date; {1}, {2}: the first and last year kept. */
  DATE_OUT_OF_RANGE,
  /** {0}: the most entries the list holds. */
  TOO_MANY_ITEMS,
  /** A list with an empty entry. */
  EMPTY_ITEM,
  /** {0}: the length written, {1}: the most characters the column holds. */
  TOO_LONG_IN_TOTAL,
  /** {0}: the value sent; {1}: the values allowed. */
  NOT_ONE_OF,
  /** {0}, {1}: the least and the most a whole number may be. */
  NUMBER_OUT_OF_RANGE
}
